/**
 * Saves text as a file through a blob URL and an `<a download>`: no `downloads`
 * permission needed. The URL is revoked later, not at once: revoking during the click
 * can cancel the download in some browsers.
 */
export function downloadFile(filename: string, content: string, type: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "2026-11-25", for file names that sort by date. */
export function fileDate(now: number): string {
  return new Date(now).toISOString().slice(0, 10);
}
