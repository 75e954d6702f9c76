import { memo, type DragEvent } from 'react';
import { addToSelection, useStore, type StoreState } from '../store/index.ts';
import { PALETTE_GROUPS, PALETTE_ITEMS, PALETTE_MIME, type PaletteItem } from './paletteItems.ts';
import { reveal } from './viewport.ts';
import { SUBNET_LOOK } from './awsLooks.ts';
import KindTile from './nodes/KindTile.tsx';

let wordsFor: { selection: unknown; scenario: unknown; words: string } | null = null;

/** What the buttons add to: the selected resource, in words (worked out once per change). */
function selectionWords(s: StoreState): string {
  if (wordsFor?.selection === s.selection && wordsFor.scenario === s.scenario)
    return wordsFor.words;
  const id = s.selection.at(-1);
  const named =
    id === undefined
      ? undefined
      : [
          ...s.scenario.vpcs.map((v) => ['VPC', v] as const),
          ...s.scenario.subnets.map((v) => ['subnet', v] as const),
          ...s.scenario.instances.map((v) => ['instance', v] as const),
          ...s.scenario.natGateways.map((v) => ['NAT gateway', v] as const),
          ...s.scenario.internetGateways.map((v) => ['internet gateway', v] as const),
          ...s.scenario.networkInterfaces.map((v) => ['network interface', v] as const),
          ...s.scenario.transitGateways.map((v) => ['transit gateway', v] as const),
        ].find(([, r]) => r.id === id);
  const words =
    id === undefined
      ? 'Nothing selected'
      : named
        ? `Selected: ${named[0]} ${named[1].name}`
        : 'Nothing on the canvas selected';
  wordsFor = { selection: s.selection, scenario: s.scenario, words };
  return words;
}

function onDragStart(event: DragEvent<HTMLButtonElement>, item: PaletteItem) {
  event.dataTransfer.setData(PALETTE_MIME, item.kind);
  event.dataTransfer.effectAllowed = 'copy';
}

const Item = memo(function Item({ item }: { readonly item: PaletteItem }) {
  return (
    <li>
      <button
        type="button"
        draggable
        data-testid={`palette.${item.kind}`}
        aria-label={item.action}
        title={`Drag onto the canvas (${item.hint.toLowerCase()}), or press to ${item.action.toLowerCase()}`}
        onDragStart={(e) => onDragStart(e, item)}
        onClick={() => {
          const id = addToSelection(item.kind);
          if (id !== null) reveal(id);
        }}
        className="group flex w-full cursor-grab items-center gap-2.5 rounded-md border border-slate-200 bg-white px-2 py-1.5 text-left shadow-sm hover:border-blue-400 hover:bg-blue-50 focus-visible:outline-2 focus-visible:outline-offset-1 focus-visible:outline-blue-600 active:cursor-grabbing dark:border-slate-700 dark:bg-slate-900 dark:hover:border-blue-500 dark:hover:bg-slate-800"
      >
        <KindTile
          kind={item.look}
          round={item.round}
          // A new subnet is private until a route to an internet gateway makes it public.
          colour={item.look === 'subnet' ? SUBNET_LOOK.private.colour : undefined}
        />
        <span className="min-w-0">
          <span className="block text-sm font-medium text-slate-900 dark:text-slate-100">
            {item.label}
          </span>
          <span className="block text-[11px] leading-tight text-slate-500 dark:text-slate-400">
            {item.hint}
          </span>
        </span>
      </button>
    </li>
  );
});

/**
 * What can be drawn: drag an item onto the canvas (it lands where it is dropped, in the container
 * under it), or press it to add it to the selection without a mouse.
 */
export default function Palette() {
  const target = useStore(selectionWords);
  return (
    <aside
      aria-label="Palette"
      data-testid="palette"
      className="flex w-52 shrink-0 flex-col gap-2 overflow-y-auto border-r border-slate-200 bg-slate-50 p-2 dark:border-slate-800 dark:bg-slate-950"
    >
      <h2 className="px-1 text-xs font-semibold tracking-wide text-slate-500 uppercase dark:text-slate-400">
        Add to the network
      </h2>
      {PALETTE_GROUPS.map((group) => (
        <section key={group} aria-label={group} className="flex flex-col gap-1">
          <h3 className="px-1 text-[11px] font-medium text-slate-500 dark:text-slate-400">
            {group}
          </h3>
          <ul className="flex flex-col gap-1">
            {PALETTE_ITEMS.filter((item) => item.group === group).map((item) => (
              <Item key={item.kind} item={item} />
            ))}
          </ul>
        </section>
      ))}
      <p
        className="px-1 text-[11px] leading-snug text-slate-500 dark:text-slate-400"
        data-testid="palette.target"
        aria-live="polite"
      >
        Drag onto the canvas, or press to add to the selection. {target}.
      </p>
    </aside>
  );
}
