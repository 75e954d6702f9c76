import { describe, expect, it } from 'vitest';
import { CLEAN, draftReducer, shownText, type DraftEvent, type DraftState } from './draft.ts';

const run = (events: DraftEvent[], from: DraftState = CLEAN) => events.reduce(draftReducer, from);

describe('A field draft', () => {
  it('shows the model value while untouched', () => {
    expect(shownText(CLEAN, '10.0.1.0/24')).toBe('10.0.1.0/24');
  });

  it('shows what is typed, with the refusal, while the model keeps its value', () => {
    const state = run([
      { type: 'typed', text: '10.0.0.0/3', error: null },
      { type: 'typed', text: '10.0.0.0/33', error: '10.0.0.0/33 is not a valid IPv4 CIDR block.' },
    ]);
    expect(shownText(state, '10.0.0.0/3')).toBe('10.0.0.0/33');
    expect(state.error).toBe('10.0.0.0/33 is not a valid IPv4 CIDR block.');
  });

  it('clears the refusal once the text is accepted again', () => {
    const state = run([
      { type: 'typed', text: '10.0.0.0/33', error: 'bad' },
      { type: 'typed', text: '10.0.0.0/23', error: null },
    ]);
    expect(state).toEqual({ text: '10.0.0.0/23', error: null });
  });

  it('shows the model value again when left after an accepted change', () => {
    const state = run([{ type: 'typed', text: ' 10.0.2.0/24 ', error: null }, { type: 'blurred' }]);
    expect(shownText(state, '10.0.2.0/24')).toBe('10.0.2.0/24');
  });

  it('keeps a refused draft and its message when left, so nothing typed is lost', () => {
    const state = run([{ type: 'typed', text: '10.0.0.0/33', error: 'bad' }, { type: 'blurred' }]);
    expect(state).toEqual({ text: '10.0.0.0/33', error: 'bad' });
  });

  it('reverts to the model value on Escape', () => {
    const state = run([{ type: 'typed', text: 'x', error: 'bad' }, { type: 'reverted' }]);
    expect(state).toBe(CLEAN);
    expect(shownText(state, '10.0.1.0/24')).toBe('10.0.1.0/24');
  });

  it('follows the model (an undo, say) while there is no draft', () => {
    expect(shownText(CLEAN, 'before')).toBe('before');
    expect(shownText(CLEAN, 'after')).toBe('after');
  });
});
