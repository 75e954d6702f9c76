import { editInternetHost, useStore } from '../../store/index.ts';
import { selectInternetHost } from '../selectors.ts';
import Section from '../ui/Section.tsx';
import TextField from '../ui/TextField.tsx';
import Header, { Missing } from './Header.tsx';

/** A host on the internet, outside every VPC: flows name it by its address. */
export default function InternetHostInspector({ id }: { readonly id: string }) {
  const host = useStore((s) => selectInternetHost(s, id));
  if (!host) return <Missing id={id} />;
  return (
    <div data-testid="inspector.internetHost">
      <Header kind="Internet host" id={id} />
      <Section title="General">
        <TextField
          label="Name"
          value={host.name}
          commit={(t) => editInternetHost(id, 'name', t)}
          testId="inspector.field.name"
        />
        <TextField
          label="Address (IPv4 or IPv6, outside every VPC)"
          value={host.address}
          mono
          commit={(t) => editInternetHost(id, 'address', t)}
          testId="inspector.field.address"
          findingsOf={{ resourceId: id, field: 'address' }}
        />
      </Section>
    </div>
  );
}
