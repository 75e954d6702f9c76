import { useState } from 'react';
import type { FlowSpec } from '../../model/types.ts';
import { updateDraft, useStore } from '../../store/index.ts';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import { CUSTOM, parseNumber, SERVICE_PRESETS, serviceOf, usesIcmp, usesPorts } from './presets.ts';

type Choice = 'tcp' | 'udp' | 'icmp' | 'icmpv6' | 'number';

function choiceOf(protocol: FlowSpec['protocol']): Choice {
  if (typeof protocol === 'string') return protocol;
  const named: Readonly<Record<number, Choice>> = { 6: 'tcp', 17: 'udp', 1: 'icmp', 58: 'icmpv6' };
  return named[protocol] ?? 'number';
}

/** GRE: a protocol number to start from when "Number…" is picked. */
const OTHER_PROTOCOL = 47;

/** The draft's service: a preset (SSH, HTTPS, PostgreSQL, DNS, ping…) or a custom protocol and port. */
export default function ServiceFields() {
  const protocol = useStore((s) => s.sim.draft?.protocol ?? 'tcp');
  const port = useStore((s) => s.sim.draft?.port);
  const icmpType = useStore((s) => s.sim.draft?.icmpType);
  const icmpCode = useStore((s) => s.sim.draft?.icmpCode);
  // "Custom" picked while the values still match a preset stays shown as custom while typing.
  const [customPick, setCustomPick] = useState(false);
  const preset = customPick ? CUSTOM : serviceOf({ protocol, port, icmpType, icmpCode });
  const choice = choiceOf(protocol);
  const whole = (
    text: string,
    low: number,
    high: number,
    what: string,
    set: (n: number) => void,
  ) => {
    const parsed = parseNumber(text, low, high, what);
    if (parsed.ok) set(parsed.value);
    return parsed.ok ? null : parsed.error;
  };

  return (
    <div className="space-y-1">
      <SelectField
        label="Service"
        value={preset}
        testId="flows.editor.service"
        onChange={(id) => {
          const chosen = SERVICE_PRESETS.find((p) => p.id === id);
          setCustomPick(id === CUSTOM);
          if (chosen) {
            const { protocol: p, port: n, icmpType: t, icmpCode: c } = chosen;
            updateDraft({ protocol: p, port: n, icmpType: t, icmpCode: c });
          }
        }}
      >
        {SERVICE_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value={CUSTOM}>Custom protocol and port…</option>
      </SelectField>
      {preset === CUSTOM && (
        <div className="grid grid-cols-[6.5rem_minmax(0,1fr)_minmax(0,1fr)] items-start gap-1">
          <SelectField
            label="Protocol"
            compact
            value={choice}
            testId="flows.editor.protocol"
            onChange={(v) => {
              const next = v as Choice;
              if (next === 'number') updateDraft({ protocol: OTHER_PROTOCOL });
              else if (usesPorts(next)) updateDraft({ protocol: next, port: port ?? 80 });
              else
                updateDraft({ protocol: next, icmpType: icmpType ?? 8, icmpCode: icmpCode ?? 0 });
            }}
          >
            <option value="tcp">TCP</option>
            <option value="udp">UDP</option>
            <option value="icmp">ICMP</option>
            <option value="icmpv6">ICMPv6</option>
            <option value="number">Number…</option>
          </SelectField>
          {usesPorts(protocol) && (
            <TextField
              label="Destination port"
              compact
              mono
              inputMode="numeric"
              placeholder="port"
              value={port === undefined ? '' : String(port)}
              testId="flows.editor.port"
              commit={(t) => whole(t, 1, 65535, 'port', (n) => updateDraft({ port: n }))}
            />
          )}
          {usesIcmp(protocol) && (
            <>
              <TextField
                label="ICMP type"
                compact
                mono
                inputMode="numeric"
                placeholder="type"
                value={String(icmpType ?? '')}
                testId="flows.editor.icmpType"
                commit={(t) => whole(t, 0, 255, 'ICMP type', (n) => updateDraft({ icmpType: n }))}
              />
              <TextField
                label="ICMP code"
                compact
                mono
                inputMode="numeric"
                placeholder="code"
                value={String(icmpCode ?? '')}
                testId="flows.editor.icmpCode"
                commit={(t) => whole(t, 0, 255, 'ICMP code', (n) => updateDraft({ icmpCode: n }))}
              />
            </>
          )}
          {choice === 'number' && (
            <TextField
              label="Protocol number"
              compact
              mono
              inputMode="numeric"
              value={String(protocol)}
              testId="flows.editor.protocolNumber"
              commit={(t) =>
                whole(t, 0, 255, 'protocol number', (n) => updateDraft({ protocol: n }))
              }
            />
          )}
        </div>
      )}
    </div>
  );
}
