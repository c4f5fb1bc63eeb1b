import { promises as fs } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * Main's own settings (for now the update mirror), in one JSON file under the user-data folder.
 * A missing or damaged file reads as the defaults: settings are a convenience, never a reason
 * for the program not to start.
 */
const settingsSchema = z.object({ updateFeedUrl: z.string().nullable().catch(null) });
export type MainSettings = z.infer<typeof settingsSchema>;
const defaults: MainSettings = { updateFeedUrl: null };

export function parseSettings(text: string | null): MainSettings {
  if (text === null) return defaults;
  try {
    const parsed = settingsSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : defaults;
  } catch {
    return defaults;
  }
}

export function createSettingsFile(folder: string) {
  const file = path.join(folder, 'settings.json');
  return {
    async read(): Promise<MainSettings> {
      try {
        return parseSettings(await fs.readFile(file, 'utf8'));
      } catch {
        // Missing (the first start) or unreadable: the defaults, as for a damaged file.
        return defaults;
      }
    },
    async write(settings: MainSettings): Promise<void> {
      await fs.mkdir(folder, { recursive: true });
      const temporary = `${file}.tmp`;
      await fs.writeFile(temporary, `${JSON.stringify(settings, null, 2)}\n`);
      await fs.rename(temporary, file);
    },
  };
}
