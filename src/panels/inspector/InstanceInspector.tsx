import { useId, useState } from 'react';
import {
  editInstance,
  selectInstance,
  selectSubnet,
  setInstancePublicIp,
  useStore,
} from '../../store/index.ts';
import { nameAndId } from '../selectors.ts';
import ReadOnly from '../ui/ReadOnly.tsx';
import Refusal from '../ui/Refusal.tsx';
import Section from '../ui/Section.tsx';
import { labelClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';
import InstanceGroups from './InstanceGroups.tsx';
import InstanceInterfaces from './InstanceInterfaces.tsx';
import SecondaryAddresses from './SecondaryAddresses.tsx';

export default function InstanceInspector({ id }: { readonly id: string }) {
  const instance = useStore((s) => selectInstance(s, id));
  const subnetId = instance?.subnetId ?? '';
  const subnet = useStore((s) => selectSubnet(s, subnetId));
  if (!instance) return <Missing id={id} />;
  return (
    <div data-testid="inspector.instance">
      <Header kind="EC2 instance" id={id} />
      <Section title="General">
        <TextField
          label="Name"
          value={instance.name}
          commit={(t) => editInstance(id, 'name', t)}
          testId="inspector.field.name"
        />
        <div className="grid grid-cols-2 gap-2">
          <ReadOnly
            label="Subnet"
            testId="inspector.field.subnet"
            title={nameAndId(subnet, subnetId)}
          >
            {nameAndId(subnet, subnetId)}
          </ReadOnly>
          <ReadOnly label="Availability zone" testId="inspector.field.availabilityZone">
            {subnet?.availabilityZone ?? '—'}
          </ReadOnly>
        </div>
      </Section>
      <Section title="Addresses">
        <TextField
          label="Private IPv4 address"
          value={instance.privateIp}
          mono
          commit={(t) => editInstance(id, 'privateIp', t)}
          testId="inspector.field.privateIp"
          findingsOf={{ resourceId: id, field: 'privateIp' }}
        />
        <PublicIp id={id} />
        <TextField
          label="IPv6 address"
          value={instance.ipv6Address ?? ''}
          mono
          placeholder="none"
          commit={(t) => editInstance(id, 'ipv6Address', t)}
          testId="inspector.field.ipv6Address"
          findingsOf={{ resourceId: id, field: 'ipv6Address' }}
        />
      </Section>
      <SecondaryAddresses ownerId={id} />
      <InstanceGroups instanceId={id} />
      <InstanceInterfaces instanceId={id} />
    </div>
  );
}

/** The public IPv4 switch: on allocates the next free address, off releases it. */
function PublicIp({ id }: { readonly id: string }) {
  const publicIp = useStore((s) => selectInstance(s, id)?.publicIp);
  const [refusal, setRefusal] = useState<string | null>(null);
  const switchId = useId();
  const on = publicIp !== undefined;
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <span id={switchId} className={labelClass}>
          Public IPv4 address
        </span>
        <button
          type="button"
          role="switch"
          aria-checked={on}
          aria-labelledby={switchId}
          data-testid="inspector.field.publicIp.toggle"
          onClick={() => setRefusal(setInstancePublicIp(id, !on))}
          className={`inline-flex h-6 items-center gap-1.5 rounded-full border px-1 text-xs font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 ${
            on
              ? 'border-sky-700 bg-sky-700 text-white dark:border-sky-500 dark:bg-sky-700'
              : 'border-slate-300 bg-slate-100 text-slate-700 dark:border-slate-600 dark:bg-slate-800 dark:text-slate-300'
          }`}
        >
          {on ? (
            <>
              <span className="pl-1.5">On</span>
              <span aria-hidden="true" className="h-4 w-4 rounded-full bg-white" />
            </>
          ) : (
            <>
              <span
                aria-hidden="true"
                className="h-4 w-4 rounded-full bg-white shadow dark:bg-slate-400"
              />
              <span className="pr-1.5">Off</span>
            </>
          )}
        </button>
      </div>
      {on && (
        <div className="mt-1">
          <TextField
            label="Public IPv4 address"
            compact
            value={publicIp}
            mono
            commit={(t) => editInstance(id, 'publicIp', t)}
            testId="inspector.field.publicIp"
            findingsOf={{ resourceId: id, field: 'publicIp' }}
          />
        </div>
      )}
      <Refusal text={refusal} />
    </div>
  );
}
