// Loads every YAML file in a folder as one source document's requirements. Astro's file()
// loader reads a single file and only logs bad YAML; this one fails the build instead, naming
// the file and the entry id, and also catches an id repeated across files.
import { readdir, readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { load as parseYaml } from 'js-yaml';
import type { Loader } from 'astro/loaders';
import { RequirementDataError, assertUniqueIds, validateRequirementsFile } from '../lib/requirements/data';

export function requirementsLoader(folder: string): Loader {
  return {
    name: 'requirements-loader',
    load: async ({ config, store, parseData, watcher, logger }) => {
      const dirUrl = new URL(folder.replace(/\/?$/, '/'), config.root);
      const dir = fileURLToPath(dirUrl);
      const sync = async () => {
        const names = (await readdir(dir)).filter((n) => /\.ya?ml$/.test(n)).sort();
        if (names.length === 0) throw new RequirementDataError(`${folder} 中没有规定条目文件（*.yaml）。`);
        const files = [];
        for (const name of names) {
          const file = `${folder.replace(/\/$/, '')}/${name}`;
          let data: unknown;
          try {
            data = parseYaml(await readFile(dir + name, 'utf8'), { filename: file });
          } catch (error) {
            throw new RequirementDataError(`${file}：YAML 格式错误：${(error as Error).message}`);
          }
          files.push({ file, requirements: validateRequirementsFile(data, file) });
        }
        assertUniqueIds(files);
        store.clear();
        for (const { file, requirements } of files) {
          for (const entry of requirements) {
            const data = await parseData({ id: entry.id, data: entry, filePath: file });
            store.set({ id: entry.id, data, filePath: file });
          }
        }
        logger.info(`已载入 ${store.keys().length} 条规定条目`);
      };
      await sync();
      watcher?.add(dir);
      watcher?.on('change', async (changed) => {
        if (changed.startsWith(dir)) await sync().catch((e: Error) => logger.error(e.message));
      });
    },
  };
}
