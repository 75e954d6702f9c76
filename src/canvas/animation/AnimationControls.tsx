import { Icon as Base } from '../../ui/Icon.tsx';
import { Panel } from '@xyflow/react';
import { memo, useMemo, type ReactNode } from 'react';
import {
  advance,
  pause,
  play,
  setSpeed,
  setStep,
  setStepMode,
  SPEEDS,
  stepBack,
  stepForward,
  useStore,
  type Speed,
} from '../../store/index.ts';
import { hopHeadline, hopSentence, MARK_WORD, markOf, namesOf } from './hopText.ts';
import VerdictIcon from './VerdictIcon.tsx';
import { stopStep } from './waypoints.ts';

const BUTTON =
  'inline-flex h-7 items-center gap-1 rounded-md border border-slate-300 bg-white px-2 text-xs font-medium text-slate-800 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 aria-disabled:cursor-not-allowed aria-disabled:opacity-40 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-100 dark:hover:bg-slate-700';

/** The playback tools of the shown flow, floating over the canvas. */
function AnimationControls() {
  const trace = useStore((s) => s.sim.active.trace);
  const step = useStore((s) => s.sim.active.step);
  const playing = useStore((s) => s.sim.active.playing);
  const speed = useStore((s) => s.sim.active.speed);
  const stepMode = useStore((s) => s.sim.active.stepMode);
  const problem = useStore((s) => {
    const { flowId } = s.sim.active;
    const outcome = flowId === null ? undefined : s.sim.outcomes[flowId];
    if (outcome && !outcome.ok) return `This flow cannot be evaluated: ${outcome.error}`;
    return s.sim.workerError === null
      ? 'Evaluating the flow…'
      : `Engine error: ${s.sim.workerError}`;
  });
  const scenario = useStore((s) => s.scenario);
  const names = useMemo(() => namesOf(scenario), [scenario]);

  const total = trace?.hops.length ?? 0;
  const stop = trace ? stopStep(trace) : -1;
  const hop = step >= 0 ? trace?.hops[step] : undefined;
  const afterStop = hop !== undefined && step > stop;

  const onPlay = () => {
    // From a block (or the end), play starts the flow again rather than walk the blocked path.
    if (step >= stop) setStep(-1);
    play();
    // The first hop at once: a press shows a move, not a wait for the clock's first tick.
    advance();
  };

  const counter = !trace
    ? problem
    : step < 0
      ? `At the source · ${total} hops`
      : `Hop ${step + 1} of ${total}${afterStop ? ' · blocked path, not travelled' : ''}`;
  const spoken = hop && !playing ? hopSentence(hop, names) : '';

  return (
    <Panel
      position="top-center"
      className="!m-2 w-max max-w-[calc(100%-1rem)]"
      data-testid="anim.controls"
    >
      <div
        role="group"
        aria-label="Packet animation"
        className="flex flex-col gap-1.5 rounded-lg border border-slate-300 bg-white/95 px-2.5 py-2 text-slate-900 shadow-md dark:border-slate-600 dark:bg-slate-900/95 dark:text-slate-100"
      >
        <div className="flex min-w-0 items-center gap-2 text-xs">
          <span
            className="shrink-0 font-semibold tabular-nums"
            data-testid="anim.counter"
            data-step={step}
          >
            {counter}
          </span>
          {hop && (
            <span
              className="flex min-w-0 items-center gap-1"
              data-testid="anim.hop-label"
              data-verdict={markOf(hop)}
              title={hop.reason}
            >
              <VerdictIcon mark={markOf(hop)} size={16} />
              <span className="truncate">
                <span
                  className={`font-semibold ${
                    hop.verdict === 'deny' ? 'text-red-700 dark:text-red-300' : ''
                  }`}
                >
                  {MARK_WORD[markOf(hop)]}
                </span>
                {' · '}
                {hopHeadline(hop, names)}
              </span>
            </span>
          )}
        </div>
        <div className="flex flex-wrap items-center gap-1">
          <Button
            id="restart"
            label="To the start"
            onClick={() => setStep(-1)}
            disabled={!trace || step < 0}
          >
            <Icon d="M3 2v10M12 2 5 7l7 5z" />
          </Button>
          <Button id="step-back" label="Step back" onClick={stepBack} disabled={!trace || step < 0}>
            <Icon d="M9 2 4 7l5 5" />
            Back
          </Button>
          <Button
            id="play"
            label="Play"
            onClick={onPlay}
            disabled={!trace || total === 0 || playing}
          >
            <Icon d="M3 2v10l9-5z" />
            Play
          </Button>
          <Button id="pause" label="Pause" onClick={pause} disabled={!playing}>
            <Icon d="M4 2v10M10 2v10" />
            Pause
          </Button>
          <Button
            id="step-forward"
            label="Step forward"
            onClick={stepForward}
            disabled={!trace || step >= stop}
            title={
              trace && step >= stop && trace.hops[stop]?.verdict === 'deny'
                ? 'The packet stops at the first block; the hops after it (the blocked path) are listed in the explanation'
                : undefined
            }
          >
            Next
            <Icon d="m5 2 5 5-5 5" />
          </Button>
          <label className="ml-1.5 flex items-center gap-1 text-xs text-slate-700 dark:text-slate-300">
            Speed
            <select
              data-testid="anim.speed"
              className="h-7 rounded-md border border-slate-300 bg-white px-1 text-xs dark:border-slate-600 dark:bg-slate-800"
              value={speed}
              onChange={(e) => setSpeed(Number(e.target.value) as Speed)}
            >
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {s}×
                </option>
              ))}
            </select>
          </label>
          <label
            className="ml-1.5 flex items-center gap-1 text-xs text-slate-700 dark:text-slate-300"
            title="Play moves the packet one hop at a time"
          >
            <input
              type="checkbox"
              data-testid="anim.step-mode"
              checked={stepMode}
              onChange={(e) => setStepMode(e.target.checked)}
            />
            Step mode
          </label>
        </div>
        <p className="sr-only" aria-live="polite" data-testid="anim.announce">
          {spoken}
        </p>
      </div>
    </Panel>
  );
}

function Button(props: {
  id: string;
  label: string;
  onClick: () => void;
  disabled: boolean;
  /** A longer tip than the label, e.g. why the button does nothing now. */
  title?: string;
  children: ReactNode;
}) {
  return (
    <button
      type="button"
      className={BUTTON}
      data-testid={`anim.${props.id}`}
      aria-label={props.label}
      title={props.title ?? props.label}
      // aria-disabled rather than disabled: a button that stops applying keeps the focus.
      aria-disabled={props.disabled}
      onClick={props.disabled ? undefined : props.onClick}
    >
      {props.children}
    </button>
  );
}

/** A 14-unit drawing of the controls, on the one icon base (ui/Icon.tsx). */
function Icon({ d }: { d: string }) {
  return (
    <Base viewBox="0 0 14 14" width={12} height={12} strokeWidth={1.8}>
      <path d={d} />
    </Base>
  );
}

export default memo(AnimationControls);
