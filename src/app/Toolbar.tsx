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

/** The top bar: app name, scenario name and the registry's commands as icon buttons. */
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
        <CommandButton id="undo" icon={UndoIcon} />
        <CommandButton id="redo" icon={RedoIcon} />
        <Divider />
        <CommandButton id="delete" icon={TrashIcon} />
        <CommandButton id="duplicate" icon={DuplicateIcon} />
        <Divider />
        <CommandButton id="zoom-out" icon={ZoomOutIcon} />
        <CommandButton id="zoom-in" icon={ZoomInIcon} />
        <CommandButton id="fit-view" icon={FitViewIcon} />
        <CommandButton id="toggle-snap" icon={GridIcon} pressed={snap} />
        <Divider />
        <CommandButton id="find" icon={SearchIcon} />
        <CommandButton id="matrix" icon={MatrixIcon} />
        <CommandButton id="new-scenario" icon={NewFileIcon} />
        <CommandButton id="my-scenarios" icon={FolderIcon} />
        <CommandButton id="gallery" icon={GalleryIcon} />
        <CommandButton id="author-challenge" icon={FlagIcon} />
        <CommandButton id="grade-submissions" icon={GradeIcon} />
        <Divider />
        <CommandButton id="copy-link" icon={LinkIcon} />
        <CommandButton id="import" icon={ImportIcon} />
        <CommandButton id="export" icon={ExportIcon} />
        <Divider />
        <CommandButton id="toggle-theme" icon={dark ? SunIcon : MoonIcon} pressed={dark} />
        <CommandButton id="shortcuts" icon={KeyboardIcon} />
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
