import { Svg } from '../ui/icons.tsx';

/*
 * Icons of the flow tester and the explanation, 16×16 line drawings like panels/ui/icons.tsx.
 * Decorative (`aria-hidden`): the button or label beside each says the same in words.
 */

type P = { readonly className?: string };

export const PencilIcon = ({ className }: P) => (
  <Svg className={className}>
    <path d="M10.5 2.5l3 3L6 13H3v-3z" />
  </Svg>
);

export const TargetIcon = ({ className }: P) => (
  <Svg className={className}>
    <circle cx="8" cy="8" r="5" />
    <path d="M8 1v3M8 12v3M1 8h3M12 8h3" />
  </Svg>
);

export const CopyIcon = ({ className }: P) => (
  <Svg className={className}>
    <rect x="5" y="5" width="8.5" height="8.5" rx="1" />
    <path d="M10.5 5V3.5a1 1 0 0 0-1-1h-6a1 1 0 0 0-1 1v6a1 1 0 0 0 1 1H5" />
  </Svg>
);

export const WrenchIcon = ({ className }: P) => (
  <Svg className={className}>
    <path d="M10 2.5a3.5 3.5 0 0 0-3.3 4.6L2.5 11.3l2.2 2.2 4.2-4.2A3.5 3.5 0 0 0 13.5 6l-2 2-2-.5-.5-2 2-2a3.5 3.5 0 0 0-1-1z" />
  </Svg>
);
