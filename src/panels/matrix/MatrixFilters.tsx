import { useId } from 'react';
import { setMatrixFilter, useStore } from '../../store/index.ts';
import { inputClass, labelClass, selectClass } from '../ui/styles.ts';
import type { Group } from './endpoints.ts';

const SHOW = [
  { value: 'all', label: 'All' },
  { value: 'blocked', label: 'Only blocked ✗' },
  { value: 'allowed', label: 'Only allowed ✓' },
] as const;

/** Narrow a large matrix: sources and destinations by text, both by VPC, cells by verdict. */
export default function MatrixFilters({ vpcs }: { readonly vpcs: readonly Group[] }) {
  const filter = useStore((s) => s.matrix.filter);
  const id = useId();
  return (
    <div className="flex flex-wrap items-end gap-x-3 gap-y-2">
      <div className="w-48">
        <label htmlFor={`${id}-src`} className={`${labelClass} mb-0.5 block`}>
          Sources (rows)
        </label>
        <input
          id={`${id}-src`}
          type="search"
          data-testid="matrix.filter.sources"
          className={inputClass}
          placeholder="Name, IP, subnet…"
          value={filter.sources}
          onChange={(e) => setMatrixFilter({ sources: e.target.value })}
        />
      </div>
      <div className="w-48">
        <label htmlFor={`${id}-dst`} className={`${labelClass} mb-0.5 block`}>
          Destinations (columns)
        </label>
        <input
          id={`${id}-dst`}
          type="search"
          data-testid="matrix.filter.destinations"
          className={inputClass}
          placeholder="Name, IP, subnet…"
          value={filter.destinations}
          onChange={(e) => setMatrixFilter({ destinations: e.target.value })}
        />
      </div>
      <div className="w-44">
        <label htmlFor={`${id}-vpc`} className={`${labelClass} mb-0.5 block`}>
          VPC
        </label>
        <select
          id={`${id}-vpc`}
          data-testid="matrix.filter.vpc"
          className={selectClass}
          value={filter.vpcId}
          onChange={(e) => setMatrixFilter({ vpcId: e.target.value })}
        >
          <option value="">All VPCs</option>
          {vpcs.map((v) => (
            <option key={v.id} value={v.id}>
              {v.name} {v.cidr}
            </option>
          ))}
        </select>
      </div>
      <div
        role="radiogroup"
        aria-label="Show cells"
        className="flex rounded border border-slate-300 dark:border-slate-600"
      >
        {SHOW.map((o) => (
          <label
            key={o.value}
            className="flex h-7 cursor-pointer items-center px-2 text-xs font-medium text-slate-700 first:rounded-l last:rounded-r has-checked:bg-sky-700 has-checked:text-white has-focus-visible:ring-2 has-focus-visible:ring-sky-500/60 dark:text-slate-200 dark:has-checked:bg-sky-700"
          >
            <input
              type="radio"
              name={`${id}-show`}
              value={o.value}
              data-testid={`matrix.filter.${o.value}`}
              className="sr-only"
              checked={filter.show === o.value}
              onChange={() => setMatrixFilter({ show: o.value })}
            />
            {o.label}
          </label>
        ))}
      </div>
    </div>
  );
}
