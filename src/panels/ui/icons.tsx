import type { ReactNode } from 'react';
import { Icon } from '../../ui/Icon.tsx';

/**
 * Small inline icons (no download at run time). Each is decorative (`aria-hidden`): the text or
 * the label beside it says the same thing, so status is never told by an icon or colour alone.
 */
interface IconProps {
  readonly className?: string;
}

const base = 'inline-block h-3.5 w-3.5 shrink-0';

/** The panels' 16×16 drawings on the one icon base (ui/Icon.tsx), sized by CSS. */
export function Svg({ className, children }: IconProps & { readonly children: ReactNode }) {
  return (
    <Icon grid={16} className={`${base} ${className ?? ''}`}>
      {children}
    </Icon>
  );
}

export function ErrorIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <circle cx="8" cy="8" r="6.5" />
      <path d="M8 4.5v4M8 11h.01" />
    </Svg>
  );
}

export function WarningIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M8 1.8 15 14H1z" />
      <path d="M8 6.5v3.2M8 12h.01" />
    </Svg>
  );
}

export function PlusIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M8 3v10M3 8h10" />
    </Svg>
  );
}

export function TrashIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M2.5 4.5h11M6 4.5V3h4v1.5M4 4.5l.7 9h6.6l.7-9" />
    </Svg>
  );
}

export function ArrowUpIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M8 13V3M4 7l4-4 4 4" />
    </Svg>
  );
}

export function ArrowDownIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M8 3v10M4 9l4 4 4-4" />
    </Svg>
  );
}

export function ChevronIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M6 3.5 10.5 8 6 12.5" />
    </Svg>
  );
}

export function LockIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <rect x="3" y="7" width="10" height="7" rx="1" />
      <path d="M5.5 7V5a2.5 2.5 0 0 1 5 0v2" />
    </Svg>
  );
}

export function CloseIcon({ className }: IconProps) {
  return (
    <Svg className={className}>
      <path d="M4 4l8 8M12 4l-8 8" />
    </Svg>
  );
}
