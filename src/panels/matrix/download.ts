/** Saves text as a file through a Blob and a temporary link (the browser's download). */
export function downloadText(
  filename: string,
  text: string,
  type = 'text/csv;charset=utf-8',
): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked on the next task: the download has started by then.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** `reachability-tcp-5432.csv`, `reachability-3-services.csv`. */
export function csvFilename(labels: readonly string[]): string {
  const what =
    labels.length === 1
      ? (labels[0] ?? 'matrix').toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : `${labels.length}-services`;
  return `reachability-${what}.csv`;
}
