/** `reachability-tcp-5432.csv`, `reachability-3-services.csv`. */
export function csvFilename(labels: readonly string[]): string {
  const what =
    labels.length === 1
      ? (labels[0] ?? 'matrix').toLowerCase().replace(/[^a-z0-9]+/g, '-')
      : `${labels.length}-services`;
  return `reachability-${what}.csv`;
}
