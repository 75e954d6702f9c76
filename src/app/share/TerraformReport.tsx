import { useState } from 'react';
import { useStore } from '../../store/index.ts';
import { BUTTON } from '../library/styles.ts';
import { switchOpenPlanView } from './importRun.ts';
import {
  canSwitchPlanView,
  otherView,
  PLAN_VIEW_WORDS,
  type TerraformDone,
} from './terraformRun.ts';

const LIST =
  'max-h-40 list-disc space-y-0.5 overflow-y-auto rounded-md border py-1.5 pr-3 pl-7 font-mono text-xs break-words';
const AMBER =
  'border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50';
const PLAIN = 'border-slate-200 bg-slate-50 dark:border-slate-700 dark:bg-slate-800';

/**
 * What a Terraform import read, assumed and skipped (the importer's own lines, each naming the
 * resource by its address), and for a plan which network opened ("as it is now" or "after
 * apply") with the switch to the other one.
 */
export default function TerraformReport({ done }: { done: TerraformDone }) {
  const canSwitch = useStore((s) => canSwitchPlanView(s.library.currentId));
  const [switching, setSwitching] = useState(false);
  const what =
    done.kind === 'state'
      ? 'a Terraform state'
      : `a Terraform plan, ${PLAN_VIEW_WORDS[done.view]} (${done.view === 'now' ? 'prior_state' : 'planned_values'})`;
  return (
    <div className="space-y-3" data-testid="share.import.terraform">
      <p className="text-slate-700 dark:text-slate-300">
        Read as {what}; format {done.formatVersion}
        {done.terraformVersion ? `, Terraform ${done.terraformVersion}` : ''}.
      </p>
      {done.kind === 'plan' ? (
        <div className="flex flex-wrap items-center gap-2">
          <button
            type="button"
            className={BUTTON}
            data-testid="share.import.terraform.switch"
            disabled={!canSwitch || switching}
            onClick={() => {
              setSwitching(true);
              void switchOpenPlanView().finally(() => setSwitching(false));
            }}
          >
            Open {PLAN_VIEW_WORDS[otherView(done.view)]} instead
          </button>
          <span className="text-xs text-slate-600 dark:text-slate-400">
            The saved flows come along, matched by Terraform address.
          </span>
        </div>
      ) : null}
      {done.notes.length > 0 ? (
        <ul className="list-disc pl-5" data-testid="share.import.terraform.notes">
          {done.notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      {done.keptEdited ? (
        <p data-testid="share.import.terraform.kept">
          The view you had edited stays in My scenarios; this one opened beside it.
        </p>
      ) : null}
      {done.dropped && done.dropped.length > 0 ? (
        <p
          data-testid="share.import.terraform.dropped"
          className="text-amber-900 dark:text-amber-200"
        >
          Flows left out (an endpoint is not in this view): {done.dropped.join(', ')}.
        </p>
      ) : null}
      <Section
        id="assumed"
        title={`Assumed until apply (${done.assumed.length})`}
        lines={done.assumed}
        tone={AMBER}
        open
      />
      <Section
        id="read"
        title={`Read (${done.read.length} resources)`}
        lines={done.read}
        tone={PLAIN}
      />
      <Section
        id="skipped"
        title={`Skipped: not part of the network (${done.skipped.length})`}
        lines={done.skipped}
        tone={PLAIN}
      />
    </div>
  );
}

function Section({
  id,
  title,
  lines,
  tone,
  open = false,
}: {
  id: string;
  title: string;
  lines: readonly string[];
  tone: string;
  open?: boolean;
}) {
  if (lines.length === 0) return null;
  return (
    <details open={open} data-testid={`share.import.terraform.${id}`}>
      <summary className="cursor-pointer font-semibold">{title}</summary>
      <ul className={`${LIST} ${tone} mt-1`}>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </details>
  );
}
