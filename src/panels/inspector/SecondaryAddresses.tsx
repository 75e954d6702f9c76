import { useId, useState } from 'react';
import type { SecondaryPrivateIp } from '../../model/types.ts';
import {
  addSecondaryIp,
  allocateElasticIp,
  editElasticIp,
  removeSecondaryIp,
  useStore,
} from '../../store/index.ts';
import { PlusIcon, TrashIcon } from '../ui/icons.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import { buttonClass, iconButtonClass, monoInputClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';

const NONE: readonly SecondaryPrivateIp[] = [];

/**
 * An interface's secondary private IPv4 addresses (an instance's primary interface, named by the
 * instance, or any other interface), each with the Elastic IP on it, if any: typed in (an empty
 * field takes it off) or allocated. AWS maps one Elastic IP to one private address.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/MultipleIP.html
 */
export default function SecondaryAddresses({ ownerId }: { readonly ownerId: string }) {
  const list = useStore(
    (s) =>
      (
        s.scenario.instances.find((i) => i.id === ownerId) ??
        s.scenario.networkInterfaces.find((e) => e.id === ownerId)
      )?.secondaryPrivateIps ?? NONE,
  );
  const [address, setAddress] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  return (
    <Section
      title="Secondary private addresses"
      actions={
        <span className="text-xs text-slate-600 dark:text-slate-300">
          {list.length === 0 ? 'none' : list.length}
        </span>
      }
    >
      <ul className="space-y-1.5" aria-label="Secondary private addresses">
        {list.map((ip, k) => (
          <SecondaryRow key={ip.address} ownerId={ownerId} ip={ip} index={k} />
        ))}
      </ul>
      <form
        className="flex gap-1"
        onSubmit={(e) => {
          e.preventDefault();
          const text = address.trim();
          const result = addSecondaryIp(ownerId, text === '' ? undefined : text);
          setRefusal(result);
          if (result === null) setAddress('');
        }}
      >
        <label htmlFor={id} className="sr-only">
          New secondary private address (empty: the next free one)
        </label>
        <input
          id={id}
          data-testid="inspector.secondary.new"
          className={monoInputClass}
          spellCheck={false}
          placeholder="next free address"
          value={address}
          aria-invalid={refusal !== null}
          onChange={(e) => setAddress(e.target.value)}
        />
        <button
          type="submit"
          className={`${buttonClass} shrink-0`}
          data-testid="inspector.secondary.add"
        >
          <PlusIcon /> Add address
        </button>
      </form>
      <Refusal text={refusal} testId="inspector.secondary.refusal" />
    </Section>
  );
}

function SecondaryRow({
  ownerId,
  ip,
  index,
}: {
  readonly ownerId: string;
  readonly ip: SecondaryPrivateIp;
  readonly index: number;
}) {
  const [refusal, setRefusal] = useState<string | null>(null);
  const testId = `inspector.secondary.${index}`;
  return (
    <li
      data-testid={testId}
      className="space-y-1 rounded border border-slate-200 px-2 py-1 dark:border-slate-700"
    >
      <div className="flex items-center gap-1">
        <span className="flex-1 font-mono text-[13px]" data-testid={`${testId}.address`}>
          {ip.address}
        </span>
        {ip.publicIp === undefined && (
          <button
            type="button"
            className={buttonClass}
            data-testid={`${testId}.allocate`}
            onClick={() => setRefusal(allocateElasticIp(ownerId, ip.address))}
          >
            Allocate Elastic IP
          </button>
        )}
        <button
          type="button"
          className={iconButtonClass}
          aria-label={`Remove ${ip.address}`}
          data-testid={`${testId}.remove`}
          onClick={() => setRefusal(removeSecondaryIp(ownerId, ip.address))}
        >
          <TrashIcon />
        </button>
      </div>
      <TextField
        label={`Elastic IP on ${ip.address}`}
        value={ip.publicIp ?? ''}
        mono
        placeholder="no Elastic IP"
        commit={(t) => editElasticIp(ownerId, ip.address, t)}
        testId={`${testId}.eip`}
        findingsOf={{ resourceId: ownerId, field: `secondaryPrivateIps[${index}].address` }}
      />
      <Refusal text={refusal} />
    </li>
  );
}
