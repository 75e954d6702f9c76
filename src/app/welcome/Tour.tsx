import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { trapTab } from '../../ui/focusTrap.ts';
import { BUTTON, PRIMARY } from '../library/styles.ts';
import { TOUR_STEPS } from './tourSteps.ts';
import { endTour, goToTourStep, useWelcome } from './welcomeState.ts';

interface Box {
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly height: number;
}

const CARD_WIDTH = 320;
const GAP = 12;

/** Where the card goes: beside the target, on the side with more room, inside the window. */
function cardPlace(box: Box | null, cardHeight: number): { top: number; left: number } {
  const vw = window.innerWidth;
  const vh = window.innerHeight;
  if (!box) return { top: Math.max(GAP, (vh - cardHeight) / 2), left: (vw - CARD_WIDTH) / 2 };
  const right = vw - (box.left + box.width);
  let left =
    right >= CARD_WIDTH + 2 * GAP
      ? box.left + box.width + GAP
      : box.left >= CARD_WIDTH + 2 * GAP
        ? box.left - CARD_WIDTH - GAP
        : box.left + (box.width - CARD_WIDTH) / 2;
  left = Math.min(Math.max(GAP, left), vw - CARD_WIDTH - GAP);
  // A target as wide as the window (the toolbar): the card goes under it.
  let top = box.width > vw - CARD_WIDTH - 3 * GAP ? box.top + box.height + GAP : box.top;
  top = Math.min(Math.max(GAP, top), vh - cardHeight - GAP);
  return { top, left };
}

/**
 * The guided tour: a card beside the element each step points at, which is ringed while the rest
 * of the app dims. Keyboard first: focus sits on Next; Enter or → moves on, ← goes back, Escape
 * ends it; Tab stays inside the card. The app under it is the real one, in its real state.
 */
export default function Tour() {
  const { tour } = useWelcome();
  if (tour === null) return null;
  return <TourCard step={tour} />;
}

function TourCard({ step }: { readonly step: number }) {
  const current = TOUR_STEPS[step];
  const [box, setBox] = useState<Box | null>(null);
  const [cardHeight, setCardHeight] = useState(200);
  const card = useRef<HTMLDivElement>(null);
  const next = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const last = step === TOUR_STEPS.length - 1;

  useEffect(() => {
    current?.before?.();
    const measure = () => {
      const el = current ? document.querySelector<HTMLElement>(current.target) : null;
      const r = el?.getBoundingClientRect();
      setBox(
        r && r.width > 0 ? { top: r.top, left: r.left, width: r.width, height: r.height } : null,
      );
    };
    // The step's `before` may open a tab or a flow: measure once React has drawn it.
    const frame = requestAnimationFrame(() => requestAnimationFrame(measure));
    window.addEventListener('resize', measure);
    return () => {
      cancelAnimationFrame(frame);
      window.removeEventListener('resize', measure);
    };
  }, [current]);

  useLayoutEffect(() => {
    if (card.current) setCardHeight(card.current.offsetHeight);
  }, [step, box]);

  useEffect(() => {
    const before = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    return () => {
      if (before?.isConnected && before !== document.body) before.focus();
    };
  }, []);
  useEffect(() => next.current?.focus(), [step]);

  if (!current) return null;
  const go = (to: number) => (to >= TOUR_STEPS.length ? endTour() : goToTourStep(Math.max(0, to)));
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key === 'Escape') {
      e.preventDefault();
      e.stopPropagation();
      endTour();
    } else if (e.key === 'ArrowRight') {
      e.preventDefault();
      go(step + 1);
    } else if (e.key === 'ArrowLeft') {
      e.preventDefault();
      go(step - 1);
    } else if (e.key === 'Tab') trapTab(e, card.current);
    // Keys inside the tour are the tour's: the app's shortcuts wait until it ends.
    e.stopPropagation();
  };
  const place = cardPlace(box, cardHeight);
  return (
    <div className="fixed inset-0 z-50" data-testid="tour" data-step={current.id}>
      {box ? (
        <div
          aria-hidden="true"
          data-testid="tour.ring"
          className="pointer-events-none fixed rounded-lg outline-4 outline-sky-500"
          style={{
            top: box.top - 4,
            left: box.left - 4,
            width: box.width + 8,
            height: box.height + 8,
            boxShadow: '0 0 0 9999px rgb(15 23 42 / 0.5)',
          }}
        />
      ) : (
        <div aria-hidden="true" className="fixed inset-0 bg-slate-900/45" />
      )}
      <div
        ref={card}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        data-testid="tour.card"
        onKeyDown={onKeyDown}
        className="fixed rounded-lg border border-slate-200 bg-white p-4 text-slate-900 shadow-xl dark:border-slate-700 dark:bg-slate-900 dark:text-slate-100"
        style={{ top: place.top, left: place.left, width: CARD_WIDTH }}
      >
        <p className="text-xs font-medium text-slate-600 dark:text-slate-400">
          Step {step + 1} of {TOUR_STEPS.length}
        </p>
        <h2 id={titleId} className="mt-0.5 text-base font-semibold" data-testid="tour.title">
          {current.title}
        </h2>
        <p id={bodyId} className="mt-1 text-sm leading-snug" aria-live="polite">
          {current.body}
        </p>
        <div className="mt-3 flex items-center justify-between gap-2">
          <button type="button" className={BUTTON} onClick={endTour} data-testid="tour.end">
            End tour
          </button>
          <span className="flex gap-2">
            <button
              type="button"
              className={BUTTON}
              disabled={step === 0}
              onClick={() => go(step - 1)}
              data-testid="tour.back"
            >
              Back
            </button>
            <button
              ref={next}
              type="button"
              className={PRIMARY}
              onClick={() => go(step + 1)}
              data-testid="tour.next"
            >
              {last ? 'Done' : 'Next'}
            </button>
          </span>
        </div>
      </div>
    </div>
  );
}
