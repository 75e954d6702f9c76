import type { ReactNode, SVGProps } from 'react';

export type IconProps = SVGProps<SVGSVGElement> & {
  /** Said to screen readers; without it the icon is decorative (the words beside it say it). */
  readonly title?: string;
  /** The drawing's grid: 24 (the shell's and the canvas's) or 16 (the panels'). */
  readonly grid?: 16 | 24;
};

/**
 * The one icon base of the app: a line drawing in the current text colour, drawn here (nothing is
 * downloaded at run time). Each icon set passes its size and stroke; the rest is shared.
 */
export function Icon({
  title,
  grid = 24,
  children,
  ...props
}: IconProps & { readonly children: ReactNode }) {
  return (
    <svg
      viewBox={`0 0 ${grid} ${grid}`}
      width={grid === 24 ? 18 : undefined}
      height={grid === 24 ? 18 : undefined}
      fill="none"
      stroke="currentColor"
      strokeWidth={grid === 24 ? 2 : 1.6}
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
      {...props}
    >
      {title ? <title>{title}</title> : null}
      {children}
    </svg>
  );
}

/** A padlock: locked controls carry it beside the reason in words. */
export function LockIcon(props: IconProps) {
  return (
    <Icon {...props}>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </Icon>
  );
}
