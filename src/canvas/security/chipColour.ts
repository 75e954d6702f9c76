/**
 * A colour per security group or network ACL, stable across sessions and machines (a hash of its
 * ID, not its position in a list), so a group keeps its colour on every node, in every export and
 * after an edit elsewhere. Tailwind's 600 shades: each carries white text at 4.5:1 or more.
 */
const CHIP_COLOURS = [
  '#2563eb', // blue
  '#c026d3', // fuchsia
  '#0d9488', // teal
  '#b45309', // amber 700
  '#7c3aed', // violet
  '#be123c', // rose 700
  '#15803d', // green 700
  '#0369a1', // sky 700
  '#a21caf', // fuchsia 700
  '#4d7c0f', // lime 700
  '#c2410c', // orange 700
  '#4f46e5', // indigo
] as const;

export function chipColour(id: string): string {
  let hash = 2166136261;
  for (let k = 0; k < id.length; k++) {
    hash ^= id.charCodeAt(k);
    hash = Math.imul(hash, 16777619);
  }
  return CHIP_COLOURS[(hash >>> 0) % CHIP_COLOURS.length] ?? CHIP_COLOURS[0];
}
