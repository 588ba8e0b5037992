/**
 * Copies text (and HTML where the browser allows) inside the click handler that
 * asked for it: the user's gesture is what lets a page or extension write the
 * clipboard. The fallback is the `copy` event, which works where the async
 * Clipboard API is missing or refused.
 */
export async function copyToClipboard(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem === 'function' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/plain': new Blob([text], { type: 'text/plain' }),
          'text/html': new Blob([html], { type: 'text/html' }),
        }),
      ]);
      return true;
    }
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Refused (no focus, policy): try the copy event below.
  }
  return copyWithEvent(text, html);
}

function copyWithEvent(text: string, html?: string): boolean {
  let wrote = false;
  const onCopy = (event: ClipboardEvent) => {
    event.clipboardData?.setData('text/plain', text);
    if (html) event.clipboardData?.setData('text/html', html);
    event.preventDefault();
    event.stopImmediatePropagation();
    wrote = true;
  };
  document.addEventListener('copy', onCopy, { capture: true, once: true });
  try {
    document.execCommand('copy');
  } catch {
    // execCommand is gone in some browsers; `wrote` stays false.
  }
  document.removeEventListener('copy', onCopy, { capture: true });
  return wrote;
}
