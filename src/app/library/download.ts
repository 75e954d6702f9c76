/** Saves `text` as a file named `fileName` (a link with `download`, clicked; nothing leaves the page). */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled; the download keeps its own reference.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
