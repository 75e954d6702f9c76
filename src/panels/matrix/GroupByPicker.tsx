import { useId } from 'react';
import { setMatrixGroupBy, useStore } from '../../store/index.ts';
import { labelClass, selectClass } from '../ui/styles.ts';

/** How the grid gathers endpoints: one by one, or by VPC, subnet, security group or a tag. */
export default function GroupByPicker({ tags }: { readonly tags: readonly string[] }) {
  const groupBy = useStore((s) => s.matrix.groupBy);
  const id = useId();
  return (
    <div className="w-48">
      <label htmlFor={id} className={`${labelClass} mb-0.5 block`}>
        Group by
      </label>
      <select
        id={id}
        data-testid="matrix.group-by"
        className={selectClass}
        value={groupBy}
        onChange={(e) => setMatrixGroupBy(e.target.value)}
      >
        <option value="none">Nothing (every endpoint)</option>
        <option value="vpc">VPC</option>
        <option value="subnet">Subnet</option>
        <option value="security-group">Security group</option>
        {tags.map((t) => (
          <option key={t} value={`tag:${t}`}>
            Tag: {t}
          </option>
        ))}
      </select>
    </div>
  );
}
