import type { InterfaceKind } from '../model/types.ts';
import type { IconName } from './iconShapes.ts';

/**
 * How each kind of interface looks, in AWS's category colours: databases blue, compute orange and
 * amber, networking purple and indigo. The class names are for the node (Tailwind sees them
 * here, as literals), the colour names for the image export, which draws the same
 * (export/palette.ts): `[light, dark]`.
 */
export interface InterfaceLook {
  readonly icon: IconName;
  /** The node's border (`border-l-4` in this colour). */
  readonly border: string;
  /** The icon tile. */
  readonly tile: string;
  readonly exported: {
    readonly accent: readonly [string, string];
    readonly icon: readonly [string, string];
  };
}

const ENI: InterfaceLook = {
  icon: 'networkInterface',
  border: 'border-slate-500 dark:border-slate-400',
  tile: 'bg-slate-600 text-white dark:bg-slate-400 dark:text-slate-950',
  exported: { accent: ['slate-600', 'slate-400'], icon: ['white', 'slate-950'] },
};

export const INTERFACE_LOOKS: Readonly<Record<InterfaceKind, InterfaceLook>> = {
  // An instance's second interface: the instance's orange.
  instance: {
    icon: 'networkInterface',
    border: 'border-orange-500 dark:border-orange-400',
    tile: 'bg-orange-500 text-white dark:bg-orange-400 dark:text-orange-950',
    exported: { accent: ['orange-500', 'orange-400'], icon: ['white', 'orange-950'] },
  },
  rds: {
    icon: 'rds',
    border: 'border-blue-600 dark:border-blue-400',
    tile: 'bg-blue-600 text-white dark:bg-blue-400 dark:text-blue-950',
    exported: { accent: ['blue-600', 'blue-400'], icon: ['white', 'blue-950'] },
  },
  'load-balancer': {
    icon: 'loadBalancer',
    border: 'border-purple-600 dark:border-purple-400',
    tile: 'bg-purple-600 text-white dark:bg-purple-400 dark:text-purple-950',
    exported: { accent: ['purple-600', 'purple-400'], icon: ['white', 'purple-950'] },
  },
  lambda: {
    icon: 'lambda',
    border: 'border-amber-600 dark:border-amber-400',
    tile: 'bg-amber-600 text-white dark:bg-amber-400 dark:text-amber-950',
    exported: { accent: ['amber-600', 'amber-400'], icon: ['white', 'amber-950'] },
  },
  'interface-endpoint': {
    icon: 'interfaceEndpoint',
    border: 'border-indigo-600 dark:border-indigo-400',
    tile: 'bg-indigo-600 text-white dark:bg-indigo-400 dark:text-indigo-950',
    exported: { accent: ['indigo-600', 'indigo-400'], icon: ['white', 'indigo-950'] },
  },
  'nat-gateway': ENI,
  'transit-gateway-attachment': ENI,
  other: ENI,
};
