import { useId, useState } from 'react';
import {
  editElasticIp,
  selectNetworkInterface,
  setInterfacePublicIp,
  useStore,
} from '../../store/index.ts';
import Refusal from '../ui/Refusal.tsx';
import { buttonClass, labelClass } from '../ui/styles.ts';
import TextField from '../ui/TextField.tsx';

/**
 * The public IPv4 address of an interface's primary private address: an Elastic IP, typed in or
 * the next free one allocated; released with the button.
 * https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html
 */
export default function InterfacePublicIp({ id }: { readonly id: string }) {
  const eni = useStore((s) => selectNetworkInterface(s, id));
  const [refusal, setRefusal] = useState<string | null>(null);
  const labelId = useId();
  if (!eni) return null;
  const privateIp = eni.privateIp;
  return (
    <div>
      <div className="flex items-center justify-between gap-2">
        <span id={labelId} className={labelClass}>
          Public IPv4 address (Elastic IP)
        </span>
        <button
          type="button"
          className={buttonClass}
          aria-describedby={labelId}
          data-testid="inspector.field.publicIp.toggle"
          onClick={() => setRefusal(setInterfacePublicIp(id, eni.publicIp === undefined))}
        >
          {eni.publicIp === undefined ? 'Allocate' : 'Release'}
        </button>
      </div>
      {privateIp !== undefined && (
        <div className="mt-1">
          <TextField
            label="Elastic IP on the primary address"
            compact
            value={eni.publicIp ?? ''}
            mono
            placeholder="none"
            commit={(t) => editElasticIp(id, privateIp, t)}
            testId="inspector.field.publicIp"
            findingsOf={{ resourceId: id, field: 'publicIp' }}
          />
        </div>
      )}
      <Refusal text={refusal} />
    </div>
  );
}
