import { deflateSync, Inflate, strToU8 } from 'fflate';
import { parseScenarioFile } from '../model/envelope.ts';
import type { ParseIssue, Result } from '../model/issues.ts';
import type { ScenarioFile } from '../model/types.ts';
import { compactScenarioFile } from './compact.ts';
import { fromBase64Url, toBase64Url } from './base64url.ts';
import { LINK_DICTIONARY_V1 } from './dictionary.ts';

/**
 * The share-link codec: a scenario file as a short text for a URL fragment.
 *
 *   `v1.` + base64url( DEFLATE( UTF-8( JSON of the compacted scenario file ) ) )
 *
 * DEFLATE is raw (fflate's `deflateSync`, no zlib header) with the preset dictionary of
 * dictionary.ts; "compacted" means the fields equal to their schema default are left out and the
 * layout is rounded (compact.ts). Decoding runs the text back through the one parser,
 * `parseScenarioFile`, so a link can hold nothing a file could not: never `as ScenarioFile`.
 */

// WIRE FORMAT: these values must never change meaning. A link made today must open in every later
// version; a new encoding gets a new tag (`v2.`) and the decoder keeps reading `v1.`.
export const LINK_VERSION = 1;
export const LINK_PREFIX = 'v1.';
const DICTIONARY = strToU8(LINK_DICTIONARY_V1);

/** More than any scenario needs (a 1,000-instance scenario is about 1 MB): refuses zip bombs. */
export const MAX_INFLATED_BYTES = 5 * 1024 * 1024;
/** Past this, the text is refused before any work (5 MB of DEFLATE is far beyond the bound). */
export const MAX_LINK_CHARS = 8 * 1024 * 1024;
/** Inflated a piece at a time, so that a bomb is stopped after at most ~1 MB past the bound. */
const CHUNK = 1024;

/** The link text of a scenario file (without `#s=`). */
export function encodeScenarioLink(file: ScenarioFile): string {
  const json = JSON.stringify(compactScenarioFile(file));
  const packed = deflateSync(strToU8(json), { level: 9, dictionary: DICTIONARY });
  return LINK_PREFIX + toBase64Url(packed);
}

/**
 * Reads a link text back into a scenario file. Every failure is a sentence a person can act on
 * (what is wrong, and what to do), with the JSON path when the scenario itself is at fault. Never
 * throws, whatever the text.
 */
export function decodeScenarioLink(text: string): Result<ScenarioFile, ParseIssue[]> {
  const link = text.trim();
  if (link === '') return fail('The link holds no scenario: there is nothing after "#s=".');
  if (link.length > MAX_LINK_CHARS) {
    return fail(
      `The link is refused: at ${link.length.toLocaleString('en-US')} characters it is larger than any scenario.`,
    );
  }
  const version = /^v(\d{1,6})\./.exec(link);
  if (!version) {
    return fail(
      `This is not a VPC Flow Lab scenario link: it should start with "${LINK_PREFIX}", and it starts with ${quoteStart(link)}.`,
    );
  }
  const v = Number(version[1]);
  if (v > LINK_VERSION) {
    return fail(
      `This link was made by a newer VPC Flow Lab (v${v}); this version reads v${LINK_VERSION} links. Open it in an up-to-date VPC Flow Lab.`,
    );
  }
  if (v !== LINK_VERSION) {
    return fail(
      `This link has an unknown version tag ("v${version[1]}."); VPC Flow Lab links start with "${LINK_PREFIX}".`,
    );
  }

  const bytes = fromBase64Url(link.slice(LINK_PREFIX.length));
  if (!bytes.ok) return fail(`The link is damaged: ${bytes.errors}`);

  const inflated = inflateBounded(bytes.value);
  if (!inflated.ok) return fail(inflated.errors);

  let json: string;
  try {
    json = new TextDecoder('utf-8', { fatal: true }).decode(inflated.value);
  } catch {
    return fail(
      'The link is damaged: what it unpacks to is not text. It may have been changed after it was copied.',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    return fail(`The link is damaged: what it unpacks to is not valid JSON (${why}).`);
  }
  const parsed = parseScenarioFile(data);
  if (parsed.ok) return parsed;
  return { ok: false, errors: parsed.errors };
}

/** DEFLATE-inflates with the v1 dictionary, stopping as soon as the output passes the bound. */
function inflateBounded(bytes: Uint8Array): Result<Uint8Array, string> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  const tooBig = new Error('too big');
  const stream = new Inflate({ dictionary: DICTIONARY }, (chunk) => {
    total += chunk.length;
    if (total > MAX_INFLATED_BYTES) throw tooBig;
    chunks.push(chunk);
  });
  try {
    if (bytes.length === 0) stream.push(bytes, true);
    for (let i = 0; i < bytes.length; i += CHUNK) {
      stream.push(bytes.subarray(i, i + CHUNK), i + CHUNK >= bytes.length);
    }
  } catch (e) {
    if (e === tooBig) {
      return {
        ok: false,
        errors: `The link is refused: it unpacks to more than ${MAX_INFLATED_BYTES / 1024 / 1024} MB, more than any scenario needs.`,
      };
    }
    const why = e instanceof Error ? e.message : String(e);
    return {
      ok: false,
      errors: /EOF/i.test(why)
        ? 'The link is damaged: it was cut short. Copy the whole link again (chat tools sometimes cut long links).'
        : `The link is damaged: its compressed data is corrupt (${why}). It may have been changed after it was copied.`,
    };
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return { ok: true, value: out };
}

function quoteStart(text: string): string {
  const start = text.slice(0, 12);
  return JSON.stringify(text.length > 12 ? `${start}…` : start);
}

function fail(message: string): Result<ScenarioFile, ParseIssue[]> {
  return { ok: false, errors: [{ path: '', message }] };
}

/**
 * One sentence for a message: the codec's own sentence, or the schema's first problem with its
 * path (and how many more there are).
 */
export function describeLinkProblem(errors: readonly ParseIssue[]): string {
  const first = errors[0];
  if (!first) return 'The link could not be read.';
  if (first.path === '') return first.message;
  const more =
    errors.length > 1
      ? ` (and ${errors.length - 1} more problem${errors.length > 2 ? 's' : ''})`
      : '';
  return `The link's scenario does not pass the checks: ${first.path}: ${first.message}${more}.`;
}
