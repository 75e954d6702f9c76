import { readLinkFragment, readLinkParams, withoutFragment } from '../../share/url.ts';
import { openSharedLink } from '../../store/index.ts';

/**
 * Opens the link in the page's address (`#s=…`), if there is one, as a new scenario; then takes
 * it out of the address bar, so that a reload does not open it again and the address shown is
 * not mistaken for the scenario being edited. `replacing`: the kept scenario that opened only
 * because nothing was saved (a fresh built-in), which the link's scenario replaces.
 */
export function openLinkInAddress(replacing?: string): void {
  const text = readLinkFragment(window.location.hash);
  if (text === null) return;
  const params = readLinkParams(window.location.hash);
  window.history.replaceState(window.history.state, '', withoutFragment(window.location.href));
  openSharedLink(text, replacing, params);
}

/** A link pasted into the address bar of an open app opens too (the page does not reload). */
export function watchAddressForLinks(): () => void {
  const onChange = () => openLinkInAddress();
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}
