import { parseScenarioFile, toScenarioFile } from '../../model/envelope.ts';
import type { ScenarioFile } from '../../model/types.ts';
import { decodeScenarioLink, describeLinkProblem, encodeScenarioLink } from '../../share/codec.ts';
import {
  findSensitive,
  withPlaceholders,
  type SensitiveFindings,
} from '../../share/placeholders.ts';
import { LONG_LINK_CHARS, shareUrl } from '../../share/url.ts';
import { gradingKeyOf } from '../../model/gradingKey.ts';
import { gradingKeys } from '../gradingKeys.ts';
import { openScenario, type Opened } from '../open.ts';
import type { Teaching } from '../slices/teaching.ts';
import { useStore } from '../store.ts';
import { teachingFromParams } from './teachingLinks.ts';
import { openDialog, showMessage } from './ui.ts';

/**
 * Sharing: the scenario as a link or a file, and scenarios that come in from a link or an import.
 * What comes in opens as a NEW scenario of My scenarios (library.ts `addKept` + `openKept`): the
 * one that was open is saved first and stays kept, so opening a link never destroys work.
 */

/** What the canvas holds now, as a scenario file (network, saved flows, layout). */
export function currentScenarioFile(): ScenarioFile {
  const { scenario, layout } = useStore.getState();
  return toScenarioFile(scenario, layout);
}

/**
 * Copy link: opens the dialog that makes the link of the open scenario, says what it carries
 * (account numbers, public addresses, a length chat tools cut) and copies it.
 */
export function copyLink(): void {
  openDialog('copy-link');
}

/** Where a scenario came from, as My scenarios says it. */
export type Arrival = 'link' | 'import';

/**
 * Opens `file` as a new kept scenario and makes it the current one (through the one place that
 * opens: open.ts). `replacing`: the ID of a kept scenario that only opened because nothing was
 * saved (the fresh built-in at start), which the newcomer replaces rather than sits beside.
 */
export function openAsNewScenario(
  file: ScenarioFile,
  arrival: Arrival,
  replacing?: string,
  teaching?: Teaching | null,
): Opened | null {
  return openScenario({
    kind: 'file',
    file,
    origin: arrival,
    ...(replacing !== undefined ? { replacing } : {}),
    ...(teaching !== undefined ? { teaching } : {}),
  });
}

/**
 * Opens a link's text (what follows `#s=`), with the hash's other parameters (a challenge link's
 * role and identity: teachingLinks.ts). A link that cannot be read changes nothing: the app
 * stays as it opened, and the message says what is wrong. Returns whether it opened.
 */
export function openSharedLink(
  text: string,
  replacing?: string,
  params: Readonly<Record<string, string>> = {},
): boolean {
  const decoded = decodeScenarioLink(text);
  if (!decoded.ok) {
    showMessage(
      'error',
      `${describeLinkProblem(decoded.errors)} Nothing was opened from it; your scenarios are as they were.`,
    );
    return false;
  }
  const file = decoded.value;
  const { teaching, problem } = teachingFromParams(params, file.scenario.name);
  if (problem) showMessage('error', problem);
  if (teaching?.role === 'author' && teaching.challengeId !== null) {
    // Another instructor's challenge: its key is kept here, unless this browser has its own.
    const keys = gradingKeys();
    if (keys.get(teaching.challengeId) === null) {
      keys.put(gradingKeyOf(file.scenario, teaching.challengeId, teaching.title, Date.now()));
    }
  }
  const review = teaching?.role === 'review';
  const name = review
    ? `${teaching.title} — submission by ${teaching.student}`
    : file.scenario.name;
  const opened = openScenario({
    kind: 'file',
    file,
    origin: 'link',
    name,
    ...(replacing !== undefined ? { replacing } : {}),
    ...(teaching !== undefined ? { teaching } : {}),
  });
  if (opened === null) return false;
  showMessage(
    'info',
    review
      ? `Opened the submission of ${teaching.student} for “${teaching.title}”: it is graded against your own key.`
      : `Opened “${name}” from the link. It is kept in My scenarios, beside your other scenarios.`,
  );
  return true;
}

/** A link of the current scenario, and what the sender should know before passing it on. */
export interface LinkPlan {
  readonly url: string;
  /** The link's characters (the whole address). */
  readonly length: number;
  /** Past what chat tools keep: a file is the better way to send it. */
  readonly long: boolean;
  /** Account numbers and public addresses the link would carry. */
  readonly findings: SensitiveFindings;
  /** Whether the link carries placeholders instead of those. */
  readonly placeholders: boolean;
  /** Each original value and its placeholder, when `placeholders`. */
  readonly replaced: ReadonlyMap<string, string>;
}

/**
 * Builds the link of the current scenario on `pageUrl` (the app's address), with the findings
 * replaced by placeholders when asked. The scenario itself is never changed.
 */
export function planLink(pageUrl: string, placeholders: boolean): LinkPlan {
  const file = currentScenarioFile();
  const findings = findSensitive(file);
  let shared = file;
  let replaced: ReadonlyMap<string, string> = new Map();
  if (placeholders) {
    const swapped = withPlaceholders(file);
    // Through the one parser again: the link must hold a scenario the decoder accepts.
    const checked = parseScenarioFile(swapped.file);
    if (checked.ok) {
      shared = checked.value;
      replaced = swapped.replaced;
    }
  }
  const url = shareUrl(pageUrl, encodeScenarioLink(shared));
  return {
    url,
    length: url.length,
    long: url.length > LONG_LINK_CHARS,
    findings,
    placeholders: replaced.size > 0,
    replaced,
  };
}
