/** The side panel: inspector and editors for the selection. */
export default function SidePanel() {
  return null;
}
