import { useState } from 'react';
import { updateDraft, useStore } from '../../store/index.ts';
import SelectField from '../ui/SelectField.tsx';
import TextField from '../ui/TextField.tsx';
import { CLIENT_PRESETS, clientOf, CUSTOM, parseNumber } from './presets.ts';

/**
 * The client's source port: one number, from a preset per kind of client (each shows the
 * client's range and picks a port in it) or typed in. The response travels back to this port,
 * so a network ACL on the way back must allow it.
 */
export default function ClientPortField() {
  const sourcePort = useStore((s) => s.sim.draft?.sourcePort);
  const [customPick, setCustomPick] = useState(false);
  const preset = customPick ? CUSTOM : clientOf(sourcePort);
  return (
    <div className="space-y-1">
      <SelectField
        label="Client's source port (the response returns to it)"
        value={preset}
        testId="flows.editor.client"
        onChange={(id) => {
          const chosen = CLIENT_PRESETS.find((p) => p.id === id);
          setCustomPick(id === CUSTOM);
          if (chosen) updateDraft({ sourcePort: chosen.port });
        }}
      >
        {CLIENT_PRESETS.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
        <option value={CUSTOM}>Custom port…</option>
      </SelectField>
      {preset === CUSTOM && (
        <TextField
          label="Source port"
          compact
          mono
          inputMode="numeric"
          placeholder="0–65535"
          value={sourcePort === undefined ? '' : String(sourcePort)}
          testId="flows.editor.sourcePort"
          commit={(t) => {
            const parsed = parseNumber(t, 0, 65535, 'source port');
            if (parsed.ok) updateDraft({ sourcePort: parsed.value });
            return parsed.ok ? null : parsed.error;
          }}
        />
      )}
    </div>
  );
}
