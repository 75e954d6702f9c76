import type { Mark } from './hopText.ts';

/**
 * A hop's verdict told by shape and colour, never colour alone: a check in a green circle, a
 * cross in a red octagon, a dash in a grey square, a question mark in an amber diamond.
 */
export default function VerdictIcon({ mark, size = 20 }: { mark: Mark; size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 20 20" aria-hidden focusable="false">
      {mark === 'allow' && (
        <>
          <circle cx="10" cy="10" r="9" fill="#16a34a" stroke="#fff" strokeWidth="1.5" />
          <path
            d="M5.5 10.5 L8.7 13.5 L14.5 6.8"
            fill="none"
            stroke="#fff"
            strokeWidth="2.2"
            strokeLinecap="round"
            strokeLinejoin="round"
          />
        </>
      )}
      {mark === 'deny' && (
        <>
          <path
            d="M6.3 1 H13.7 L19 6.3 V13.7 L13.7 19 H6.3 L1 13.7 V6.3 Z"
            fill="#dc2626"
            stroke="#fff"
            strokeWidth="1.5"
          />
          <path
            d="M6.5 6.5 L13.5 13.5 M13.5 6.5 L6.5 13.5"
            stroke="#fff"
            strokeWidth="2.4"
            strokeLinecap="round"
          />
        </>
      )}
      {mark === 'skip' && (
        <>
          <rect
            x="1.5"
            y="1.5"
            width="17"
            height="17"
            rx="3"
            fill="#64748b"
            stroke="#fff"
            strokeWidth="1.5"
          />
          <path d="M5.5 10 H14.5" stroke="#fff" strokeWidth="2.4" strokeLinecap="round" />
        </>
      )}
      {mark === 'unknown' && (
        <>
          <path d="M10 1 L19 10 L10 19 L1 10 Z" fill="#d97706" stroke="#fff" strokeWidth="1.5" />
          <text x="10" y="14" textAnchor="middle" fontSize="11" fontWeight="700" fill="#fff">
            ?
          </text>
        </>
      )}
    </svg>
  );
}
