import { useState } from 'react';
import { presetOf, SG_PRESETS } from '../../model/edit.ts';
import type { Refusal } from '../../store/index.ts';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import {
  matchKind,
  parseWhole,
  PROTOCOL_CHOICES,
  protocolChoice,
  withPreset,
  withProtocol,
  type Match,
} from './match.ts';

const CUSTOM = 'custom';

/**
 * Type (the console's presets), protocol, and ports or ICMP type/code of one rule: shared by
 * security-group rules and network ACL entries. Each change builds the next rule and hands it to
 * `onChange`, which returns the model's refusal, if any; `field` names a text field being typed in.
 */
export default function MatchFields<T extends Match>({
  rule,
  onChange,
  testId,
  label,
}: {
  readonly rule: T;
  readonly onChange: (next: T, field?: string) => Refusal;
  /** Prefix of the controls' test ids, e.g. `sg.rule.ingress.0`. */
  readonly testId: string;
  /** Words that name the rule in the controls' labels, e.g. `inbound rule 1`. */
  readonly label: string;
}) {
  // "Custom TCP" picked for a rule that still matches a named preset (HTTPS's 443, say) stays
  // shown as custom while the person types the ports.
  const [customPick, setCustomPick] = useState<string | null>(null);
  const derived = presetOf(rule);
  const preset =
    customPick !== null && SG_PRESETS.some((p) => p.id === derived && !p.id.startsWith('custom'))
      ? customPick
      : derived;
  const kind = matchKind(rule.protocol);
  const ports = rule.portRange ?? { from: 0, to: 65535 };
  const icmp = rule.icmpTypeCode ?? { type: -1, code: -1 };
  const whole = (text: string, make: (n: number) => T, field: string): Refusal => {
    const parsed = parseWhole(text);
    return parsed.ok ? onChange(make(parsed.value), field) : parsed.error;
  };

  return (
    <div className="grid grid-cols-[minmax(0,1fr)_3.6rem_6.9rem] items-start gap-1">
      <SelectField
        label={`Type of ${label}`}
        compact
        value={preset}
        testId={`${testId}.preset`}
        onChange={(id) => {
          const chosen = SG_PRESETS.find((p) => p.id === id);
          setCustomPick(id.startsWith('custom') ? id : null);
          if (chosen) onChange(withPreset(rule, chosen));
          else if (id === CUSTOM) onChange(withProtocol(rule, 'number'));
        }}
      >
        {SG_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value={CUSTOM}>Custom protocol</option>
      </SelectField>
      <SelectField
        label={`Protocol of ${label}`}
        compact
        value={protocolChoice(rule.protocol)}
        testId={`${testId}.protocol`}
        onChange={(v) => {
          const choice = PROTOCOL_CHOICES.find((c) => c.value === v);
          setCustomPick(null);
          if (choice) onChange(withProtocol(rule, choice.value));
        }}
      >
        {PROTOCOL_CHOICES.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </SelectField>
      {kind === 'ports' && (
        <div className="flex items-start gap-0.5">
          <TextField
            label={`First port of ${label}`}
            compact
            mono
            inputMode="numeric"
            value={String(ports.from)}
            testId={`${testId}.portFrom`}
            commit={(t) =>
              whole(t, (n) => ({ ...rule, portRange: { ...ports, from: n } }), 'portFrom')
            }
          />
          <span aria-hidden="true" className="pt-1 text-xs text-slate-500">
            –
          </span>
          <TextField
            label={`Last port of ${label}`}
            compact
            mono
            inputMode="numeric"
            value={String(ports.to)}
            testId={`${testId}.portTo`}
            commit={(t) => whole(t, (n) => ({ ...rule, portRange: { ...ports, to: n } }), 'portTo')}
          />
        </div>
      )}
      {kind === 'icmp' && (
        <div className="flex items-start gap-0.5">
          <TextField
            label={`ICMP type of ${label} (-1 for all)`}
            compact
            mono
            placeholder="type"
            value={String(icmp.type)}
            testId={`${testId}.icmpType`}
            commit={(t) =>
              whole(t, (n) => ({ ...rule, icmpTypeCode: { ...icmp, type: n } }), 'icmpType')
            }
          />
          <span aria-hidden="true" className="pt-1 text-xs text-slate-500">
            /
          </span>
          <TextField
            label={`ICMP code of ${label} (-1 for all)`}
            compact
            mono
            placeholder="code"
            value={String(icmp.code)}
            testId={`${testId}.icmpCode`}
            commit={(t) =>
              whole(t, (n) => ({ ...rule, icmpTypeCode: { ...icmp, code: n } }), 'icmpCode')
            }
          />
        </div>
      )}
      {kind === 'none' && protocolChoice(rule.protocol) === 'number' && (
        <TextField
          label={`Protocol number of ${label}`}
          compact
          mono
          inputMode="numeric"
          value={String(rule.protocol)}
          testId={`${testId}.protocolNumber`}
          commit={(t) => whole(t, (n) => ({ ...rule, protocol: n }), 'protocolNumber')}
        />
      )}
      {kind === 'none' && protocolChoice(rule.protocol) !== 'number' && (
        <span className="pt-1 text-xs text-slate-500 dark:text-slate-400">all ports</span>
      )}
    </div>
  );
}
