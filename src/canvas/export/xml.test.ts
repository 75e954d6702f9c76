import { describe, expect, it } from 'vitest';
import { el, escapeXml, group, num } from './xml.ts';

describe('escapeXml', () => {
  it('escapes the five characters XML gives meaning to', () => {
    expect(escapeXml(`<img src=x onerror="alert('1')"> & ]]>`)).toBe(
      '&lt;img src=x onerror=&quot;alert(&apos;1&apos;)&quot;&gt; &amp; ]]&gt;',
    );
  });

  it('drops what XML 1.0 cannot hold, keeps tabs, new lines and astral characters', () => {
    expect(escapeXml('a\u0000b\u0007c\u001fd\ufffee')).toBe('abcde');
    expect(escapeXml('x\ty\nz')).toBe('x\ty\nz');
    expect(escapeXml('db 🗄️ ☁')).toBe('db 🗄️ ☁');
    // A lone surrogate is not a character: it goes; a pair stays.
    expect(escapeXml('a\ud800b\udc00c')).toBe('abc');
  });
});

describe('el', () => {
  it('writes attributes escaped, numbers rounded, and leaves out empty ones', () => {
    expect(
      el('rect', { x: 1.23456, y: -0, id: 'a"b', fill: null, stroke: undefined, dash: false }),
    ).toBe('<rect x="1.23" y="0" id="a&quot;b"/>');
    expect(el('g', {}, '<rect/>')).toBe('<g><rect/></g>');
  });

  it('leaves out a group with nothing in it', () => {
    expect(group({ id: 'flow' })).toBe('');
    expect(group({ id: 'flow' }, '', '<path/>')).toBe('<g id="flow"><path/></g>');
  });

  it('formats numbers with at most two decimals', () => {
    expect(num(10)).toBe('10');
    expect(num(0.005)).toBe('0.01');
    expect(num(-12.3456)).toBe('-12.35');
  });
});
