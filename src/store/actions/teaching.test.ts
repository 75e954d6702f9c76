import { beforeEach, describe, expect, it } from 'vitest';
import type { Trace } from '../../engine/types.ts';
import { toScenarioFile } from '../../model/envelope.ts';
import type { FlowSpec, SavedFlow, Scenario } from '../../model/types.ts';
import { decodeScenarioLink, encodeScenarioLink } from '../../share/codec.ts';
import { readLinkFragment, readLinkParams } from '../../share/url.ts';
import {
  THREE_TIER_IDS as ID,
  threeTierLayout,
  threeTierScenario,
} from '../../scenarios/threeTier.ts';
import type { FlowOutcome } from '../../worker/client.ts';
import { commitScenario, undo } from '../door.ts';
import { gradingKeys, resetGradingKeysForTests } from '../gradingKeys.ts';
import { loadScenario } from '../open.ts';
import { GRADE_PREFIX } from '../slices/sim.ts';
import { useStore } from '../store.ts';
import { selectLockReason } from '../teaching.ts';
import { authorChallenge, selectChallengeStatus } from './challenge.ts';
import {
  gradebookCsv,
  gradeSubmissions,
  gradingKeysFileText,
  importGradingKeys,
  selectGrade,
} from './grading.ts';
import { openSharedLink } from './share.ts';
import { planChallengeLinks, planSubmission } from './teachingLinks.ts';

const PAGE = 'https://lab.test/app/';
const HTTPS_IN = 'flow-0a1b2c3d4e5f60001'; // internet → web-1 HTTPS: allowed
const WEB_TO_DB = 'flow-0a1b2c3d4e5f60004'; // web-1 → db-1 PostgreSQL: blocked
const initial = useStore.getState();

const trace = (verdict: 'allowed' | 'blocked'): Trace => ({
  verdict,
  blockedBy: null,
  hops: [],
  warnings: [],
  fixes: [],
});

/**
 * A stand-in for the engine worker (store tests may not run the engine): HTTPS from the
 * internet is allowed, anything else blocked, and a flow to an instance that is gone fails.
 */
const client = () => ({
  evaluateFlows: async (scenario: Scenario, flows: readonly FlowSpec[]) =>
    flows.map((f): FlowOutcome => {
      const to = 'instanceId' in f.destination ? f.destination.instanceId : null;
      if (to !== null && !scenario.instances.some((i) => i.id === to)) {
        return { ok: false, error: `The destination ${to} is not an instance of this scenario.` };
      }
      return { ok: true, trace: trace(f.port === 443 ? 'allowed' : 'blocked') };
    }),
});

const hashOf = (url: string) => url.slice(url.indexOf('#'));
const open = (url: string) =>
  openSharedLink(readLinkFragment(hashOf(url)) ?? '', undefined, readLinkParams(hashOf(url)));
const outcomesFor = (flows: readonly SavedFlow[], prefix = '') =>
  Object.fromEntries(
    flows.map((f) => [
      `${prefix}${f.id}`,
      { ok: true, trace: trace(f.port === 443 ? 'allowed' : 'blocked') },
    ]),
  ) as Record<string, FlowOutcome>;

/**
 * The instructor authors a challenge that starts unsolved: HTTPS from the internet must be
 * blocked (it is allowed now), web → db must stay blocked; the db group is locked.
 */
function author(): { student: string; instructor: string; id: string } {
  loadScenario(threeTierScenario, threeTierLayout);
  expect(
    authorChallenge({
      title: 'Close HTTPS',
      task: 'Close HTTPS to the web tier; keep the database closed.',
      goalIds: [HTTPS_IN, WEB_TO_DB],
      expected: { [HTTPS_IN]: 'blocked', [WEB_TO_DB]: 'blocked' },
      locked: [ID.sgDb],
    }),
  ).toBeNull();
  const links = planChallengeLinks(PAGE);
  if ('error' in links) throw new Error(links.error);
  return { ...links, id: useStore.getState().teaching?.challengeId ?? '' };
}

beforeEach(() => {
  useStore.setState(initial, true);
  resetGradingKeysForTests();
});

describe('teaching roles', () => {
  it('give an authored challenge a stable ID, its own title and the instructor’s key', () => {
    const { student, instructor, id } = author();
    expect(id).toMatch(/^ch-[0-9a-z]+$/);
    expect(readLinkParams(hashOf(student))).toEqual({
      role: 'student',
      ch: id,
      title: 'Close HTTPS',
    });
    expect(readLinkParams(hashOf(instructor))).toMatchObject({ role: 'author', ch: id });
    expect(
      gradingKeys()
        .get(id)
        ?.goals.map((g) => [g.id, g.expected]),
    ).toEqual([
      [HTTPS_IN, 'blocked'],
      [WEB_TO_DB, 'blocked'],
    ]);
  });

  it('open a student link in student mode: goals and locks cannot change, and nothing to undo', () => {
    const { student } = author();
    expect(open(student)).toBe(true);
    expect(useStore.getState().teaching).toMatchObject({ role: 'student' });
    const before = useStore.getState().scenario;
    // "Edit challenge": switching a goal from blocked to allowed is refused before it is written.
    expect(
      authorChallenge({
        task: 'x',
        goalIds: [HTTPS_IN, WEB_TO_DB],
        expected: { [HTTPS_IN]: 'allowed' },
        locked: [],
      }),
    ).toMatch(/instructor’s/);
    // Even an edit that goes round the dialog.
    const cheat = {
      ...before,
      flows: before.flows.map((f) =>
        f.id === HTTPS_IN ? { ...f, expected: 'allowed' as const } : f,
      ),
    };
    expect(commitScenario({ ok: true, value: { scenario: cheat } }).ok).toBe(false);
    expect(useStore.getState().scenario).toBe(before);
    undo();
    expect(useStore.getState().scenario).toBe(before);
    // The locked group says why, for its controls to show.
    expect(selectLockReason(useStore.getState(), ID.sgDb)).toMatch(/locked by the challenge/);
    expect(selectLockReason(useStore.getState(), ID.sgWeb)).toBeNull();
  });

  it('hand in a submission that the instructor grades against their own key, not the link’s goals', async () => {
    const { student, id } = author();
    // The student tampers with the link: the goal "HTTPS blocked" now says "allowed".
    const file = decodeScenarioLink(readLinkFragment(hashOf(student)) ?? '');
    if (!file.ok) throw new Error('the link does not decode');
    const tampered = {
      ...file.value,
      scenario: {
        ...file.value.scenario,
        flows: file.value.scenario.flows.map((f) =>
          f.id === HTTPS_IN ? { ...f, expected: 'allowed' as const } : f,
        ),
      },
    };
    const tamperedLink = `${PAGE}#s=${encodeScenarioLink(tampered)}&role=student&ch=${id}&title=x`;
    useStore.setState({ teaching: null });
    expect(open(tamperedLink)).toBe(true);
    // Locally the tampered goals say "solved" …
    useStore.setState((s) => ({ sim: { ...s.sim, outcomes: outcomesFor(s.scenario.flows) } }));
    expect(selectChallengeStatus(useStore.getState()).solved).toBe(true);
    expect(planSubmission(PAGE, '  ')).toEqual({ error: expect.stringMatching(/your name/) });
    const submission = planSubmission(PAGE, 'Ada');
    if (typeof submission !== 'string') throw new Error(submission.error);
    expect(readLinkParams(hashOf(submission))).toMatchObject({
      role: 'submission',
      ch: id,
      by: 'Ada',
    });

    // … but the instructor's grade is the key's: HTTPS is allowed, and must be blocked.
    expect(open(submission)).toBe(true);
    expect(useStore.getState().teaching).toMatchObject({ role: 'review', student: 'Ada' });
    const key = useStore.getState().gradingKey;
    expect(key?.id).toBe(id);
    useStore.setState((s) => ({
      sim: {
        ...s.sim,
        outcomes: outcomesFor(key?.goals ?? [], GRADE_PREFIX),
      },
    }));
    expect(selectGrade(useStore.getState())).toMatchObject({ met: 1, total: 2, passed: false });

    const [row] = await gradeSubmissions(submission, { client });
    expect(row).toMatchObject({ student: 'Ada', challengeId: id, error: null });
    expect(row?.grade?.goals.map((g) => [g.flowId, g.state, g.verdict])).toEqual([
      [HTTPS_IN, 'unmet', 'allowed'],
      [WEB_TO_DB, 'met', 'blocked'],
    ]);
    expect(row?.grade?.passed).toBe(false);
  });

  it('grade several submissions into a CSV gradebook, its cells safe from formula injection', async () => {
    const { id } = author();
    const s = useStore.getState();
    const link = (by: string, scenario: Scenario) =>
      `${PAGE}#s=${encodeScenarioLink(toScenarioFile(scenario, s.layout))}&role=submission&ch=${id}&title=T&by=${encodeURIComponent(by)}`;
    // A student who deleted db-1 (the app's delete takes the flows naming it too): the key's goal
    // still names it, and is graded unmet.
    const noDb = {
      ...s.scenario,
      instances: s.scenario.instances.filter((i) => i.id !== ID.db1),
      flows: s.scenario.flows.filter(
        (f) =>
          !('instanceId' in f.source && f.source.instanceId === ID.db1) &&
          !('instanceId' in f.destination && f.destination.instanceId === ID.db1),
      ),
    };
    const text = [
      link('Ada', s.scenario),
      '',
      link('=HYPERLINK("http://evil.test","click")', noDb),
      'not a link',
      `${PAGE}#s=${encodeScenarioLink(toScenarioFile(s.scenario))}&role=submission&ch=ch-unknown1&by=Bo`,
    ].join('\n');
    const rows = await gradeSubmissions(text, { client });
    expect(rows.map((r) => r.line)).toEqual([1, 3, 4, 5]);
    expect(rows[0]?.grade).toMatchObject({ met: 1, total: 2, passed: false });
    expect(rows[1]?.grade?.goals[1]).toMatchObject({
      state: 'unmet',
      error: expect.stringMatching(/not an instance/),
    });
    expect(rows[2]?.error).toMatch(/no VPC Flow Lab link/);
    expect(rows[3]?.error).toMatch(/No grading key for/);

    const csv = gradebookCsv(rows).split('\r\n');
    expect(csv[0]).toBe(
      'Student,Challenge,Challenge ID,Goals met,Goals,Result,Goal 1: internet → web-1 HTTPS,Goal 2: web-1 → db-1 PostgreSQL (skips the app tier)',
    );
    expect(csv[1]).toMatch(
      /^Ada,T,ch-[0-9a-z]+,1,2,not passed,"not met \(allowed; must be blocked\)","met \(blocked; must be blocked\)"$/,
    );
    // OWASP: a cell starting with = is prefixed with ', then quoted (cells with ; are quoted too,
    // for spreadsheets of locales that split on it).
    expect(csv[2]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.test"",""click""\)",T,/);
  });

  it('export the keys as a file and import them in another browser', async () => {
    const { id } = author();
    const file = gradingKeysFileText();
    resetGradingKeysForTests();
    expect(gradingKeys().get(id)).toBeNull();
    expect(importGradingKeys('{"format":"nope"}')).toEqual({
      ok: false,
      error: expect.stringMatching(/^This is not a grading-key file: format:/),
    });
    expect(importGradingKeys(file)).toEqual({ ok: true, count: 1 });
    expect(gradingKeys().get(id)?.title).toBe('Close HTTPS');
  });
});
