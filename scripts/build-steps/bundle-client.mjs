// @ts-check
import { existsSync } from 'node:fs';
import path from 'node:path';
import { build } from 'vite';

/**
 * Bundles client/enhance.ts (the one progressive-enhancement entry), or another entry such as
 * client/search.ts (the search page's own script), into a small minified script.
 * Returns undefined when the site has no client features.
 * @param {string} root the project root
 * @param {string} [name] the entry's file name in client/, without `.ts`
 * @returns {Promise<string | undefined>} the script's code
 */
export async function bundleClient(root, name = 'enhance') {
  const entry = path.join(root, 'client', `${name}.ts`);
  if (!existsSync(entry)) return undefined;
  const result = await build({
    root,
    configFile: false,
    logLevel: 'warn',
    publicDir: false,
    build: {
      write: false,
      minify: true,
      target: 'es2020',
      lib: { entry, formats: ['iife'], name, fileName: () => `${name}.js` },
      rollupOptions: { output: { extend: true } },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => ('output' in r ? r.output : []));
  const chunk = outputs.find((item) => item.type === 'chunk');
  if (!chunk || chunk.type !== 'chunk') throw new Error(`bundling client/${name}.ts produced no script`);
  return chunk.code;
}
