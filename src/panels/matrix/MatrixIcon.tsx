import type { SVGProps } from 'react';

/** A 3 × 3 grid with a check and a cross: the matrix's toolbar icon. */
export default function MatrixIcon(props: SVGProps<SVGSVGElement>) {
  return (
    <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" focusable="false" {...props}>
      <rect
        x="2.5"
        y="2.5"
        width="15"
        height="15"
        rx="2"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.5"
      />
      <path
        d="M7.5 2.5v15M12.5 2.5v15M2.5 7.5h15M2.5 12.5h15"
        stroke="currentColor"
        strokeWidth="1"
        opacity="0.6"
      />
      <path
        d="M3.8 10.2l1.2 1.2 2-2.4"
        stroke="#15803d"
        strokeWidth="1.4"
        fill="none"
        strokeLinecap="round"
      />
      <path
        d="M13.8 3.8l2.4 2.4M16.2 3.8l-2.4 2.4"
        stroke="#b91c1c"
        strokeWidth="1.4"
        strokeLinecap="round"
      />
    </svg>
  );
}
