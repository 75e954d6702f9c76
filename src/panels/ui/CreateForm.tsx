import { useId, useState } from 'react';
import { PlusIcon } from './icons.tsx';
import Refusal from './Refusal.tsx';
import { inputClass, primaryButtonClass } from './styles.ts';

/** A name and a Create button; the model's refusal (a taken name, say) shows below. */
export default function CreateForm({
  what,
  testId,
  placeholder,
  onCreate,
}: {
  readonly what: string;
  readonly testId: string;
  readonly placeholder: string;
  /** Returns the model's refusal, or null when created. */
  readonly onCreate: (name: string) => string | null;
}) {
  const [name, setName] = useState('');
  const [refusal, setRefusal] = useState<string | null>(null);
  const id = useId();
  return (
    <form
      className="px-2 py-2"
      onSubmit={(e) => {
        e.preventDefault();
        const result = onCreate(name);
        setRefusal(result);
        if (result === null) setName('');
      }}
    >
      <label htmlFor={id} className="sr-only">
        Name of a new {what}
      </label>
      <div className="flex gap-1">
        <input
          id={id}
          data-testid={`${testId}.name`}
          className={inputClass}
          placeholder={placeholder}
          value={name}
          onChange={(e) => setName(e.target.value)}
        />
        <button type="submit" className={`${primaryButtonClass} shrink-0`} data-testid={testId}>
          <PlusIcon /> Create {what}
        </button>
      </div>
      <Refusal text={refusal} testId={`${testId}.refusal`} />
    </form>
  );
}
