import { isMacPlatform } from './keys.ts';

/** Whether Mod means Cmd here. Read once: the platform does not change while the page is open. */
export const MAC: boolean =
  typeof navigator !== 'undefined' && isMacPlatform(navigator.platform || navigator.userAgent);
