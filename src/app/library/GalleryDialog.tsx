import { useId } from 'react';
import {
  builtInChallenges,
  builtInScenarios,
  type BuiltInChallenge,
  type BuiltInScenario,
} from '../../scenarios/index.ts';
import { openLibraryDialog, useStore } from '../../store/index.ts';
import Modal from '../../ui/Modal.tsx';
import { FlagIcon } from './icons.tsx';
import { openBuiltIn } from './openBuiltIn.ts';
import Thumbnail from './Thumbnail.tsx';
import { BUTTON, PRIMARY } from './styles.ts';

const close = () => openLibraryDialog(null);

/**
 * The gallery of built-in scenarios and challenges. Opening one adds it to My scenarios as a new
 * kept scenario: the current work is never replaced.
 */
export default function GalleryDialog() {
  const open = useStore((s) => s.library.dialog === 'gallery');
  if (!open) return null;
  return (
    <Modal
      title="Gallery"
      testId="gallery.dialog"
      onCancel={close}
      width="max-w-5xl"
      description="Built-in scenarios to learn from, and challenges to fix. Each opens as a new scenario in My scenarios; what you have open now stays kept."
    >
      <div className="max-h-[66vh] overflow-y-auto px-5 pt-3 pb-2">
        <Section title="Scenarios" items={builtInScenarios} />
        <Section title="Challenges" items={builtInChallenges} />
      </div>
      <div className="flex justify-end px-5 pt-2 pb-4">
        <button type="button" onClick={close} className={BUTTON}>
          Close
        </button>
      </div>
    </Modal>
  );
}

function Section({
  title,
  items,
}: {
  readonly title: string;
  readonly items: readonly (BuiltInScenario | BuiltInChallenge)[];
}) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="mb-5">
      <h3
        id={headingId}
        className="mb-2 text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400"
      >
        {title}
      </h3>
      <ul className="grid grid-cols-1 gap-3 sm:grid-cols-2 lg:grid-cols-3">
        {items.map((item) => (
          <Card key={item.id} item={item} />
        ))}
      </ul>
    </section>
  );
}

function Card({ item }: { readonly item: BuiltInScenario | BuiltInChallenge }) {
  const titleId = useId();
  const level = 'level' in item ? item.level : null;
  return (
    <li
      aria-labelledby={titleId}
      data-testid={`gallery.card.${item.id}`}
      className="flex flex-col rounded-lg border border-slate-200 bg-white p-3 dark:border-slate-700 dark:bg-slate-900"
    >
      <Thumbnail scenario={item.scenario} layout={item.layout} />
      <div className="mt-2 flex items-start gap-2">
        <h4 id={titleId} className="min-w-0 flex-1 text-sm font-semibold">
          {item.title}
        </h4>
        {level !== null ? (
          <span className="inline-flex shrink-0 items-center gap-1 rounded-full bg-amber-100 px-2 py-0.5 text-xs font-medium text-amber-900 dark:bg-amber-900/50 dark:text-amber-100">
            <FlagIcon width={12} height={12} />
            Level {level}
          </span>
        ) : null}
      </div>
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{item.summary}</p>
      <p className="mt-2 text-xs text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-700 dark:text-slate-300">What it teaches: </span>
        {item.teaches}
      </p>
      <div className="mt-auto flex justify-end pt-3">
        <button
          type="button"
          data-testid={`gallery.open.${item.id}`}
          aria-describedby={titleId}
          onClick={() => openBuiltIn(item)}
          className={PRIMARY}
        >
          Open
        </button>
      </div>
    </li>
  );
}
