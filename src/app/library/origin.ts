import type { KeptOrigin, KeptScenario } from '../../store/index.ts';

const ORIGIN: Record<KeptOrigin, string> = {
  autosave: 'your work',
  link: 'opened link',
  import: 'imported file',
  'built-in': 'built-in',
  copy: 'copy',
};

/**
 * Where a kept scenario came from, in My scenarios' words. Its place in a class says more than
 * where it came from: a challenge authored here is the author's, whatever it was built from.
 */
export function originText(item: Pick<KeptScenario, 'origin' | 'teaching'>): string {
  switch (item.teaching?.role) {
    case 'author':
      return 'challenge you authored';
    case 'student':
      return 'challenge to solve';
    case 'review':
      return `submission${item.teaching.student ? ` by ${item.teaching.student}` : ''}`;
    default:
      return ORIGIN[item.origin];
  }
}
