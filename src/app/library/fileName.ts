/** A file name from a scenario name: letters, digits and dashes, with `.json`. */
export function fileNameFor(name: string, suffix = ''): string {
  const stem =
    name
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'scenario';
  return `${stem}${suffix}.json`;
}
