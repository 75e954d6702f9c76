/** What can be dragged onto the canvas. */
export default function Palette() {
  return null;
}
