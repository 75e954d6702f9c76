import type { ReactNode } from 'react';
import { useStore } from '../store/index.ts';
import CommandButton from './CommandButton.tsx';
import {
  DuplicateIcon,
  FitViewIcon,
  GridIcon,
  KeyboardIcon,
  MoonIcon,
  NewFileIcon,
  RedoIcon,
  SearchIcon,
  SunIcon,
  TrashIcon,
  UndoIcon,
  ZoomInIcon,
  ZoomOutIcon,
} from './icons.tsx';
import { FlagIcon, FolderIcon, GalleryIcon, GradeIcon } from './library/icons.tsx';
import ScenarioName from './ScenarioName.tsx';
import { ExportIcon, ImportIcon, LinkIcon } from './share/icons.tsx';
import TerraformBadge from './share/TerraformBadge.tsx';
import MatrixIcon from '../panels/matrix/MatrixIcon.tsx';

function Divider() {
  return <span aria-hidden="true" className="mx-1 h-5 w-px bg-slate-200 dark:bg-slate-700" />;
}

/**
 * A named group of the toolbar (Scenario · Edit · View · Simulate · Share): a group for assistive
 * technology, a run of buttons between dividers for the eye.
 */
function Group({
  name,
  tour,
  children,
}: {
  readonly name: string;
  readonly tour?: string;
  readonly children: ReactNode;
}) {
  return (
    <div role="group" aria-label={name} data-tour={tour} className="flex items-center gap-0.5">
      {children}
    </div>
  );
}

/**
 * The top bar: app name, scenario name and the registry's commands in groups, as icons with their
 * words under them from 1280 px wide (icons alone below, named for assistive technology always).
 */
export default function Toolbar() {
  const dark = useStore((s) => s.theme === 'dark');
  const snap = useStore((s) => s.snapToGrid);
  return (
    <header className="flex h-12 shrink-0 items-center gap-3 border-b border-slate-200 bg-white px-3 dark:border-slate-800 dark:bg-slate-900">
      <div className="flex shrink-0 items-center gap-2">
        <Logo />
        <h1 className="text-base font-semibold tracking-tight">VPC Flow Lab</h1>
      </div>
      <span aria-hidden="true" className="text-slate-300 dark:text-slate-600">
        /
      </span>
      <div className="flex min-w-0 flex-1 items-center">
        <ScenarioName />
        <TerraformBadge />
      </div>
      <div role="toolbar" aria-label="Commands" className="flex shrink-0 items-center gap-0.5">
        <Group name="Scenario">
          <CommandButton id="new-scenario" icon={NewFileIcon} short="New" />
          <CommandButton id="my-scenarios" icon={FolderIcon} short="Scenarios" />
          <CommandButton id="gallery" icon={GalleryIcon} short="Gallery" />
        </Group>
        <Divider />
        <Group name="Edit">
          <CommandButton id="undo" icon={UndoIcon} short="Undo" />
          <CommandButton id="redo" icon={RedoIcon} short="Redo" />
          <CommandButton id="delete" icon={TrashIcon} short="Delete" />
          <CommandButton id="duplicate" icon={DuplicateIcon} short="Duplicate" />
        </Group>
        <Divider />
        <Group name="View">
          <CommandButton id="zoom-out" icon={ZoomOutIcon} short="Zoom out" />
          <CommandButton id="zoom-in" icon={ZoomInIcon} short="Zoom in" />
          <CommandButton id="fit-view" icon={FitViewIcon} short="Fit" />
          <CommandButton id="toggle-snap" icon={GridIcon} pressed={snap} short="Snap" />
          <CommandButton id="find" icon={SearchIcon} short="Find" />
          <CommandButton
            id="toggle-theme"
            icon={dark ? SunIcon : MoonIcon}
            pressed={dark}
            short="Dark"
          />
        </Group>
        <Divider />
        <Group name="Simulate">
          <CommandButton id="matrix" icon={MatrixIcon} short="Matrix" />
          <CommandButton id="author-challenge" icon={FlagIcon} short="Author" />
          <CommandButton id="grade-submissions" icon={GradeIcon} short="Grade" />
        </Group>
        <Divider />
        <Group name="Share" tour="share">
          <CommandButton id="copy-link" icon={LinkIcon} short="Link" />
          <CommandButton id="import" icon={ImportIcon} short="Import" />
          <CommandButton id="export" icon={ExportIcon} short="Export" />
        </Group>
        <Divider />
        <CommandButton id="shortcuts" icon={KeyboardIcon} short="Shortcuts" />
      </div>
    </header>
  );
}

/** A VPC drawn as a dashed box around a node: the app's mark. */
function Logo() {
  return (
    <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
      <rect
        x="2"
        y="2"
        width="20"
        height="20"
        rx="4"
        fill="none"
        stroke="#7c3aed"
        strokeWidth="2"
        strokeDasharray="4 2"
      />
      <circle cx="8.5" cy="12" r="2.5" fill="#0ea5e9" />
      <circle cx="16" cy="12" r="2.5" fill="#16a34a" />
      <path d="M11 12h2.5" stroke="#64748b" strokeWidth="1.6" />
    </svg>
  );
}
