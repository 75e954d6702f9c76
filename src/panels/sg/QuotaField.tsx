import { setGroupQuota, useStore } from '../../store/index.ts';
import { parseWhole } from '../rules/match.ts';
import TextField from '../ui/TextField.tsx';

/** The scenario's security-groups-per-interface quota (AWS: 5 by default, up to 16). */
export default function QuotaField() {
  const quota = useStore((s) => s.scenario.quotas.securityGroupsPerInterface);
  return (
    <div className="px-3 py-3">
      <TextField
        label="Security groups per instance (quota)"
        hint="AWS allows 5 per network interface by default; an account may raise it to 16."
        value={String(quota)}
        mono
        inputMode="numeric"
        testId="sg.quota"
        commit={(t) => {
          const parsed = parseWhole(t);
          return parsed.ok ? setGroupQuota(parsed.value) : parsed.error;
        }}
      />
    </div>
  );
}
