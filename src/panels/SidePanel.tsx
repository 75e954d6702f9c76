import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from '../store/index.ts';
import { scopeShowing, scrollToHighlight, type RevealTarget } from './explain/reveal.ts';
import SimAnnouncer from './explain/SimAnnouncer.tsx';
import FlowsPanel from './flows/FlowsPanel.tsx';
import Inspector from './inspector/Inspector.tsx';
import NetworkAclsPanel from './nacl/NetworkAclsPanel.tsx';
import PrefixListsPanel from './prefix/PrefixListsPanel.tsx';
import RouteTablesPanel from './routes/RouteTablesPanel.tsx';
import { scopedVpcIds, type ScopeChoice } from './scope.ts';
import ScopePicker from './ScopePicker.tsx';
import SecurityGroupsPanel from './sg/SecurityGroupsPanel.tsx';
import { ChevronIcon } from './ui/icons.tsx';
import { iconButtonClass } from './ui/styles.ts';

/** Short labels so six tabs fit the panel; the full name is each tab's accessible name. */
const TABS = [
  { id: 'inspector', label: 'Inspector', name: 'Inspector' },
  { id: 'sg', label: 'Groups', name: 'Security groups' },
  { id: 'nacl', label: 'NACLs', name: 'Network ACLs' },
  { id: 'routes', label: 'Routes', name: 'Route tables' },
  { id: 'prefix', label: 'Prefix lists', name: 'Prefix lists' },
  { id: 'flows', label: 'Flows', name: 'Flows' },
] as const;

type Tab = (typeof TABS)[number]['id'];
type Editor = Exclude<Tab, 'inspector' | 'flows'>;
const NONE_OPEN = { sg: null, nacl: null, routes: null, prefix: null } as const;
/** Tabs whose lists are per VPC (the scope picker chooses which); prefix lists are regional. */
const SCOPED = new Set<Tab>(['sg', 'nacl', 'routes']);

function nextTab(current: Tab, key: string): Tab | null {
  const at = TABS.findIndex((t) => t.id === current);
  const to =
    key === 'ArrowRight'
      ? (at + 1) % TABS.length
      : key === 'ArrowLeft'
        ? (at + TABS.length - 1) % TABS.length
        : key === 'Home'
          ? 0
          : key === 'End'
            ? TABS.length - 1
            : null;
  return to === null ? null : (TABS[to]?.id ?? null);
}

/**
 * The right-hand panel: the inspector for the selection and the editors of security groups,
 * network ACLs and route tables of the selection's VPC (or of the VPC picked, or all).
 */
export default function SidePanel() {
  const [open, setOpen] = useState(true);
  const [tab, setTab] = useState<Tab>('inspector');
  const [scope, setScope] = useState<ScopeChoice>('selection');
  const [opened, setOpened] = useState<Readonly<Record<Editor, string | null>>>(NONE_OPEN);
  const editor = (which: Editor) => ({
    vpcIds,
    openId: opened[which],
    onOpen: (id: string | null) => setOpened((o) => ({ ...o, [which]: id })),
  });
  const vpcIds = useStore(useShallow((s) => scopedVpcIds(s.scenario, scope, s.selection)));
  // "Show in editor" from the explanation: that editor, that resource open, its VPC listed.
  const reveal = ({ tab: to, id }: RevealTarget) => {
    const { scenario, selection } = useStore.getState();
    setScope(scopeShowing(scenario, scope, selection, id));
    setOpened((o) => ({ ...o, [to]: id }));
    setTab(to);
    scrollToHighlight();
  };

  if (!open) {
    return (
      <aside
        aria-label="Side panel (collapsed)"
        className="flex w-10 shrink-0 flex-col items-center border-l border-slate-200 bg-white py-2 dark:border-slate-800 dark:bg-slate-900"
      >
        <button
          type="button"
          className={iconButtonClass}
          aria-label="Expand side panel"
          aria-expanded={false}
          data-testid="panel.toggle"
          onClick={() => setOpen(true)}
        >
          <ChevronIcon className="rotate-180" />
        </button>
        <SimAnnouncer />
      </aside>
    );
  }

  return (
    <aside
      aria-label="Side panel"
      data-testid="panel"
      className="flex w-[360px] shrink-0 flex-col border-l border-slate-200 bg-white text-slate-900 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-100"
    >
      <div className="flex items-center gap-1 border-b border-slate-200 px-2 pt-1.5 dark:border-slate-800">
        <div
          role="tablist"
          aria-label="Panels"
          className="flex min-w-0 flex-1"
          onKeyDown={(e) => {
            // The ARIA tabs pattern: arrows move between tabs, Home and End go to the ends.
            const next = nextTab(tab, e.key);
            if (next === null) return;
            e.preventDefault();
            setTab(next);
            document.getElementById(`panel-tab-${next}`)?.focus();
          }}
        >
          {TABS.map((t) => (
            <button
              key={t.id}
              type="button"
              role="tab"
              id={`panel-tab-${t.id}`}
              aria-selected={tab === t.id}
              tabIndex={tab === t.id ? 0 : -1}
              aria-controls={`panel-body-${t.id}`}
              data-testid={`panel.tab.${t.id}`}
              aria-label={t.name}
              title={t.name}
              onClick={() => setTab(t.id)}
              className={`-mb-px flex-auto border-b-2 px-1 pt-1 pb-1.5 text-xs leading-tight font-medium whitespace-nowrap focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 ${
                tab === t.id
                  ? 'border-sky-600 text-sky-800 dark:border-sky-400 dark:text-sky-300'
                  : 'border-transparent text-slate-600 hover:text-slate-900 dark:text-slate-400 dark:hover:text-slate-100'
              }`}
            >
              {t.label}
            </button>
          ))}
        </div>
        <button
          type="button"
          className={iconButtonClass}
          aria-label="Collapse side panel"
          aria-expanded={true}
          data-testid="panel.toggle"
          onClick={() => setOpen(false)}
        >
          <ChevronIcon />
        </button>
      </div>
      <SimAnnouncer />
      {SCOPED.has(tab) && <ScopePicker choice={scope} onChange={setScope} />}
      <div
        role="tabpanel"
        id={`panel-body-${tab}`}
        aria-labelledby={`panel-tab-${tab}`}
        className="min-h-0 flex-1 overflow-y-auto"
      >
        {tab === 'inspector' && <Inspector />}
        {tab === 'sg' && <SecurityGroupsPanel {...editor('sg')} />}
        {tab === 'nacl' && <NetworkAclsPanel {...editor('nacl')} />}
        {tab === 'routes' && <RouteTablesPanel {...editor('routes')} />}
        {tab === 'prefix' && (
          <PrefixListsPanel
            openId={opened.prefix}
            onOpen={(id) => setOpened((o) => ({ ...o, prefix: id }))}
          />
        )}
        {tab === 'flows' && <FlowsPanel onReveal={reveal} />}
      </div>
    </aside>
  );
}
