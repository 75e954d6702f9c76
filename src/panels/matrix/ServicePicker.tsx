import { useId, useState, type ReactNode } from 'react';
import type { Service } from '../../engine/index.ts';
import { setMatrixServices, useStore } from '../../store/index.ts';
import { buttonClass, inputClass, labelClass, selectClass } from '../ui/styles.ts';
import {
  parseCustomService,
  SERVICE_PRESETS,
  sameService,
  serviceTitle,
  toggleService,
  type CustomProtocol,
} from './services.ts';

const chipClass =
  'inline-flex h-7 items-center gap-1 rounded-full border px-2.5 text-xs font-medium ' +
  'focus:outline-none focus-visible:ring-2 focus-visible:ring-sky-500/60 ' +
  'border-slate-300 bg-white text-slate-700 hover:bg-slate-100 ' +
  'aria-pressed:border-sky-600 aria-pressed:bg-sky-50 aria-pressed:text-sky-900 ' +
  'dark:border-slate-600 dark:bg-slate-800 dark:text-slate-200 dark:hover:bg-slate-700 ' +
  'dark:aria-pressed:border-sky-400 dark:aria-pressed:bg-sky-950 dark:aria-pressed:text-sky-100';

const isPreset = (s: Service) => SERVICE_PRESETS.some((p) => sameService(p.service, s));

/**
 * The services to compute: preset toggles, plus custom protocol/port entries; `trailing` (the
 * Compute bar) follows on the same line when there is room.
 */
export default function ServicePicker({ trailing }: { readonly trailing?: ReactNode }) {
  const services = useStore((s) => s.matrix.services);
  const custom = services.filter((s) => !isPreset(s));
  return (
    <fieldset className="min-w-0">
      <legend className={`${labelClass} mb-1`}>Services to test (pick one or several)</legend>
      <div className="flex flex-wrap items-center gap-1.5">
        {SERVICE_PRESETS.map((p) => {
          const on = services.some((s) => sameService(s, p.service));
          return (
            <button
              key={p.id}
              type="button"
              aria-pressed={on}
              data-testid={`matrix.service.${p.id}`}
              className={chipClass}
              onClick={() => setMatrixServices(toggleService(services, p.service))}
            >
              <span aria-hidden="true" className="w-3 text-center">
                {on ? '✓' : '+'}
              </span>
              {serviceTitle(p.service)}
            </button>
          );
        })}
        {custom.map((s) => (
          <button
            key={serviceTitle(s)}
            type="button"
            aria-pressed="true"
            aria-label={`Remove ${serviceTitle(s)}`}
            className={chipClass}
            onClick={() => setMatrixServices(toggleService(services, s))}
          >
            {serviceTitle(s)}
            <span aria-hidden="true">×</span>
          </button>
        ))}
        <CustomService services={services} />
        {trailing}
      </div>
    </fieldset>
  );
}

function CustomService({ services }: { readonly services: readonly Service[] }) {
  const [protocol, setProtocol] = useState<CustomProtocol>('tcp');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const id = useId();
  const add = () => {
    const parsed = parseCustomService(protocol, value);
    if (!parsed.ok) {
      setError(parsed.error);
      return;
    }
    setError(null);
    setValue('');
    if (!services.some((s) => sameService(s, parsed.service)))
      setMatrixServices([...services, parsed.service]);
  };
  return (
    <span className="inline-flex items-center gap-1">
      <label htmlFor={`${id}-protocol`} className="sr-only">
        Custom protocol
      </label>
      <select
        id={`${id}-protocol`}
        data-testid="matrix.custom.protocol"
        className={`${selectClass} w-28`}
        value={protocol}
        onChange={(e) => {
          setProtocol(e.target.value as CustomProtocol);
          setError(null);
        }}
      >
        <option value="tcp">TCP port</option>
        <option value="udp">UDP port</option>
        <option value="icmp">ICMP echo</option>
        <option value="number">Protocol no.</option>
      </select>
      {protocol !== 'icmp' && (
        <>
          <label htmlFor={`${id}-value`} className="sr-only">
            {protocol === 'number' ? 'Protocol number' : 'Port'}
          </label>
          <input
            id={`${id}-value`}
            data-testid="matrix.custom.value"
            className={`${inputClass} w-20 font-mono`}
            inputMode="numeric"
            placeholder={protocol === 'number' ? '47' : '8080'}
            value={value}
            aria-invalid={error !== null}
            aria-describedby={error ? `${id}-error` : undefined}
            onChange={(e) => setValue(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === 'Enter') {
                e.preventDefault();
                add();
              }
            }}
          />
        </>
      )}
      <button type="button" className={buttonClass} data-testid="matrix.custom.add" onClick={add}>
        Add
      </button>
      {error && (
        <span id={`${id}-error`} role="alert" className="text-xs text-red-700 dark:text-red-300">
          {error}
        </span>
      )}
    </span>
  );
}
