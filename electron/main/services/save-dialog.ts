import { promises as fs } from 'node:fs';
import path from 'node:path';
import { app, dialog, type BrowserWindow, type FileFilter } from 'electron';

/** The native save dialog, opened in Documents; the reviewer's choice of place is final. */
export async function saveThroughDialog(
  owner: BrowserWindow | null,
  suggestedName: string,
  data: Uint8Array,
  filters: readonly FileFilter[],
): Promise<{ saved: boolean; fileName?: string }> {
  const options = {
    defaultPath: path.join(app.getPath('documents'), suggestedName),
    filters: [...filters],
  };
  const choice = owner
    ? await dialog.showSaveDialog(owner, options)
    : await dialog.showSaveDialog(options);
  if (choice.canceled || choice.filePath === '') return { saved: false };
  await fs.writeFile(choice.filePath, data);
  return { saved: true, fileName: path.basename(choice.filePath) };
}
