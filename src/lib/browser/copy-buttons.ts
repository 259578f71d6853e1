/** "Copy address" buttons (data-copy): shown only where the clipboard can be written, with the outcome said aloud. */
export function initCopyButtons(root: ParentNode): void {
  for (const button of root.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    if (!navigator.clipboard) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const status = button.parentElement?.querySelector('.copied');
      try {
        await navigator.clipboard.writeText(button.dataset.copy ?? '');
        if (status) status.textContent = 'Address copied.';
      } catch {
        if (status) status.textContent = 'Could not copy: select the address and copy it yourself.';
      }
    });
  }
}
