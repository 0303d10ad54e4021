// Loads one YAML file that holds a list of entries (calendar tasks, ledger templates) as a
// collection. Astro's file() loader only logs bad YAML and takes the top level as the list; this
// one fails the build, and `parse` names the file and the entry's id. Astro keeps a collection's
// entries sorted by id, so each entry is stored with its position in the file: the pages list
// them in the order the editor wrote them.
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import { z } from 'astro/zod';
import type { Loader } from 'astro/loaders';

/** The collection schema for entries of `schema` loaded by yamlListLoader. */
export const inFileOrder = <T extends z.ZodType>(schema: T) => z.strictObject({ position: z.number().int().nonnegative(), entry: schema });

/** A collection's entries back in the order of the file. */
export const byFileOrder = <T>(entries: { data: { position: number; entry: T } }[]): T[] =>
  [...entries].sort((a, b) => a.data.position - b.data.position).map((e) => e.data.entry);

export class YamlFileError extends Error {
  override name = 'YamlFileError';
}

export function yamlListLoader(file: string, parse: (data: unknown, file: string) => { id: string }[]): Loader {
  return {
    name: 'yaml-list-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const path = fileURLToPath(new URL(file, config.root));
      const sync = async () => {
        let data: unknown;
        try {
          data = parseYaml(await readFile(path, 'utf8'), { filename: file });
        } catch (error) {
          throw new YamlFileError(`${file}：YAML 格式错误：${(error as Error).message}`);
        }
        const entries = parse(data, file);
        store.clear();
        for (const [position, entry] of entries.entries()) {
          store.set({ id: entry.id, data: await parseData({ id: entry.id, data: { position, entry }, filePath: file }), filePath: file });
        }
        logger.info(`已从 ${file} 载入 ${entries.length} 项`);
      };
      await sync();
      watcher?.add(path);
      watcher?.on('change', async (changed) => {
        if (changed === path) await sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
