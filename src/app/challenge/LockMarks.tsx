import { memo, useEffect } from 'react';

/** A padlock drawn as a data URI, so the mark needs no file and no font. */
const LOCK_SVG =
  "data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%2378350f' stroke-width='2.4' stroke-linecap='round'%3E%3Crect x='5' y='11' width='14' height='10' rx='2' fill='%23fde68a'/%3E%3Cpath d='M8 11V7a4 4 0 0 1 8 0v4'/%3E%3C/svg%3E";

/** IDs are AWS-shaped (letters, digits, dashes): anything else is left out of the selector. */
const SAFE_ID = /^[0-9A-Za-z-]+$/;

/**
 * Shows a padlock on each locked resource: on its canvas node and on its card in the editors.
 * Written as a style sheet keyed on the test IDs the nodes and cards already carry, so the canvas
 * and panels need no change; the banner lists the same resources in words. The sheet is a
 * constructed one (`document.adoptedStyleSheets`): the Content-Security-Policy refuses a `<style>`
 * element written by script (no 'unsafe-inline'), and the CSS object model is not inline code.
 */
function LockMarks({ ids }: { readonly ids: readonly string[] }) {
  const css = lockCss(ids);
  useEffect(() => {
    if (css === '') return;
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [css]);
  return null;
}

function lockCss(ids: readonly string[]): string {
  const safe = ids.filter((id) => SAFE_ID.test(id));
  if (safe.length === 0) return '';
  const targets = safe.flatMap((id) => [
    `[data-testid="canvas.node.${id}"]::before`,
    `[data-testid="sg.group.${id}"] > button::after`,
    `[data-testid="nacl.acl.${id}"] > button::after`,
    `[data-testid="route.table.${id}"] > button::after`,
  ]);
  const css = `${targets.join(',\n')} {
  content: '';
  width: 18px;
  height: 18px;
  flex: none;
  background: url("${LOCK_SVG}") center / 16px no-repeat;
}
${safe.map((id) => `[data-testid="canvas.node.${id}"]::before`).join(',\n')} {
  position: absolute;
  top: -9px;
  left: -9px;
  z-index: 1;
  border-radius: 9999px;
  background-color: #fffbeb;
  box-shadow: 0 0 0 1px #d97706;
}`;
  return css;
}

export default memo(LockMarks);
