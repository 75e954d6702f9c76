/**
 * Puts text on the system clipboard. False when the browser refuses (no permission, an insecure
 * page, no clipboard API): the caller then selects the text for the user to copy by hand.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
