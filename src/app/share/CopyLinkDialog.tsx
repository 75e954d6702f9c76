import { useEffect, useMemo, useRef, useState } from 'react';
import { PLACEHOLDER_ACCOUNT, hasSensitive } from '../../share/placeholders.ts';
import { LONG_LINK_CHARS } from '../../share/url.ts';
import { openDialog, planLink, useStore, type LinkPlan } from '../../store/index.ts';
import { BUTTON, INPUT, PRIMARY } from '../library/styles.ts';
import Modal from '../../ui/Modal.tsx';
import { copyText } from './clipboard.ts';
import { exportScenarioFile } from './exportFile.ts';
import { WarningIcon } from './icons.tsx';

const close = () => openDialog(null);
const number = (n: number) => n.toLocaleString('en-US');

/**
 * Copy link: the whole scenario (network, saved flows, layout) in the link's fragment, copied to
 * the clipboard. A scenario with account numbers or public addresses says so first and offers
 * placeholders (on by default); a link too long for chat tools offers a file instead. A clean,
 * short link is copied as soon as the dialog opens.
 */
export default function CopyLinkDialog() {
  const open = useStore((s) => s.dialog === 'copy-link');
  if (!open) return null;
  return (
    <Modal title="Copy link" testId="share.link.dialog" onCancel={close} width="max-w-xl">
      <CopyLinkBody />
    </Modal>
  );
}

type Copied = 'not-yet' | 'copied' | 'refused';

function CopyLinkBody() {
  const [placeholders, setPlaceholders] = useState(true);
  const [copied, setCopied] = useState<Copied>('not-yet');
  const field = useRef<HTMLInputElement>(null);
  // The dialog is modal: the scenario cannot change while it is open, so one plan per choice.
  const plan = useMemo(() => planLink(window.location.href, placeholders), [placeholders]);
  const sensitive = hasSensitive(plan.findings);

  const copy = (p: LinkPlan) => void copyLink(p, field.current, setCopied);

  // Nothing to decide: copy at once (the click or key that opened the dialog allows it).
  const first = useRef(plan);
  useEffect(() => {
    const p = first.current;
    if (!hasSensitive(p.findings) && !p.long) void copyLink(p, field.current, setCopied);
  }, []);

  return (
    <div className="space-y-3 px-5 pt-3 pb-4 text-sm">
      {sensitive ? (
        <Findings
          plan={plan}
          placeholders={placeholders}
          onToggle={(on) => {
            setPlaceholders(on);
            setCopied('not-yet');
          }}
        />
      ) : (
        <p className="text-slate-700 dark:text-slate-300">
          Anyone with this link opens a copy of the scenario: the network, the saved flows and the
          layout. It is all in the link itself; nothing is sent to a server.
        </p>
      )}

      <div>
        <label htmlFor="share-link-url" className="mb-1 block font-medium">
          Link{' '}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            ({number(plan.length)} characters)
          </span>
        </label>
        <input
          id="share-link-url"
          ref={field}
          readOnly
          value={plan.url}
          data-testid="share.link.url"
          onFocus={(e) => e.currentTarget.select()}
          className={`${INPUT} font-mono text-xs`}
        />
      </div>

      {plan.long ? (
        <div
          data-testid="share.link.long"
          className="flex gap-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
        >
          <WarningIcon className="mt-0.5 shrink-0" />
          <div className="space-y-2">
            <p>
              This link is {number(plan.length)} characters long. Chat tools and some mail programs
              cut links over {number(LONG_LINK_CHARS)} characters: save the scenario as a file and
              send that instead.
            </p>
            <button
              type="button"
              data-testid="share.link.save-file"
              onClick={() => {
                exportScenarioFile();
                close();
              }}
              className={BUTTON}
            >
              Save a file instead
            </button>
          </div>
        </div>
      ) : null}

      <p role="status" data-testid="share.link.status" className="min-h-5">
        {copied === 'copied' ? (
          <span className="font-medium text-green-800 dark:text-green-300">
            ✓ Copied to the clipboard.
          </span>
        ) : copied === 'refused' ? (
          <span className="text-amber-900 dark:text-amber-200">
            This browser did not allow copying. The link is selected: press Ctrl+C (⌘C on a Mac) to
            copy it.
          </span>
        ) : null}
      </p>

      <div className="flex justify-end gap-2">
        <button type="button" onClick={close} className={BUTTON}>
          Close
        </button>
        <button
          type="button"
          data-testid="share.link.copy"
          data-autofocus
          onClick={() => copy(plan)}
          className={PRIMARY}
        >
          {copied === 'copied' ? 'Copy again' : 'Copy link'}
        </button>
      </div>
    </div>
  );
}

/** Copies the link; when the browser refuses, selects it for a copy by hand. */
async function copyLink(
  plan: LinkPlan,
  field: HTMLInputElement | null,
  report: (copied: Copied) => void,
): Promise<void> {
  const ok = await copyText(plan.url);
  report(ok ? 'copied' : 'refused');
  if (!ok) {
    field?.focus();
    field?.select();
  }
}

function Findings({
  plan,
  placeholders,
  onToggle,
}: {
  plan: LinkPlan;
  placeholders: boolean;
  onToggle: (on: boolean) => void;
}) {
  const { accounts, addresses } = plan.findings;
  const parts = [
    accounts.length > 0
      ? `${accounts.length} AWS account number${accounts.length === 1 ? '' : 's'}`
      : '',
    addresses.length > 0
      ? `${addresses.length} public address${addresses.length === 1 ? '' : 'es'}`
      : '',
  ].filter(Boolean);
  const examples = [...accounts, ...addresses].slice(0, 4);
  const more = accounts.length + addresses.length - examples.length;
  return (
    <div
      data-testid="share.link.findings"
      className="space-y-2 rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50"
    >
      <p className="flex gap-2">
        <WarningIcon className="mt-0.5 shrink-0" />
        <span>
          This scenario holds {parts.join(' and ')} (
          <span className="font-mono text-xs">{examples.join(', ')}</span>
          {more > 0 ? `, and ${more} more` : ''}). Anyone with the link can read them.
        </span>
      </p>
      <label className="flex items-start gap-2 pl-7">
        <input
          type="checkbox"
          data-testid="share.link.placeholders"
          checked={placeholders}
          onChange={(e) => onToggle(e.currentTarget.checked)}
          className="mt-0.5"
        />
        <span>
          Replace them with placeholders in the link
          {accounts.length > 0 ? `: the account number with ${PLACEHOLDER_ACCOUNT}` : ''}
          {addresses.length > 0
            ? `${accounts.length > 0 ? ', and' : ':'} addresses with documentation ones (203.0.113.x, 198.51.100.x, 2001:db8::), each always to the same one, so flows evaluate the same`
            : ''}
          . Your scenario here is not changed.
        </span>
      </label>
      {placeholders && plan.replaced.size > 0 ? (
        <details className="pl-7">
          <summary className="cursor-pointer">What is replaced ({plan.replaced.size})</summary>
          <ul
            className="mt-1 max-h-32 overflow-y-auto font-mono text-xs"
            data-testid="share.link.replaced"
          >
            {[...plan.replaced].map(([from, to]) => (
              <li key={from}>
                {from} → {to}
              </li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
