/**
 * A size as people read it in a message about a limit: the exact count, which they can compare
 * with `ls -l`, and a rounded one in binary units (1 GB = 1,073,741,824 bytes).
 *
 * @example bytesInWords(1_073_741_824) // '1,073,741,824 bytes (1 GB)'
 */
export function bytesInWords(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let size = bytes;
  let unit = 0;
  while (size >= 1024 && unit < units.length - 1) {
    size /= 1024;
    unit++;
  }
  const exact = `${bytes.toLocaleString('en-US')} ${bytes === 1 ? 'byte' : 'bytes'}`;
  if (unit === 0) return exact;
  const rounded = size >= 10 ? Math.round(size) : Math.round(size * 10) / 10;
  return `${exact} (${rounded} ${units[unit]})`;
}
