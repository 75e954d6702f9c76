import { createElement } from 'react';
import type { IconPart } from './iconShapes.ts';

/** SVG's attribute names (`stroke-dasharray`) as React's (`strokeDasharray`). */
const reactName = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase());

/** The elements of an icon drawn from its shape data (iconShapes.ts). */
export default function IconParts({ parts }: { readonly parts: readonly IconPart[] }) {
  return parts.map((part, k) =>
    createElement(
      part.tag,
      {
        key: k,
        ...Object.fromEntries(Object.entries(part.attrs).map(([n, v]) => [reactName(n), v])),
      },
      part.text,
    ),
  );
}
