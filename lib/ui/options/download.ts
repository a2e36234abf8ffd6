/** Offer a text as a file download, from memory: no network, no `downloads` permission. */

/**
 * The object URL is revoked a while after the click, not at once: Firefox may still be reading
 * it when click() returns (FileSaver.js waits 40 s for the same reason).
 */
export function downloadText(text: string, filename: string, doc: Document = document): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = filename;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 40_000);
}

/** `footnote-corrections-2024-08-05.json` */
export function exportFileName(kind: string, now = new Date()): string {
  return `footnote-${kind}-${now.toISOString().slice(0, 10)}.json`;
}
