import { Note } from './Notes.tsx';

/** The model's refusal of the last action taken here, said beside the control (role=alert). */
export default function Refusal({
  text,
  testId,
}: {
  readonly text: string | null;
  readonly testId?: string;
}) {
  if (text === null) return null;
  return (
    <div data-testid={testId} className="mt-1">
      <Note severity="error" text={text} alert />
    </div>
  );
}
