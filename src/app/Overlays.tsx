/** Dialogs, confirmations and messages shown over the app. */
export default function Overlays() {
  return null;
}
