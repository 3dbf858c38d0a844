// @ts-check
// Where a build may put the finished site (OUT_DIR): the build empties that folder first, so it must
// be a folder of its own, never the project, a folder that holds it, or a folder the project needs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { BUILD_INPUTS } from './build-record.mjs';

/** The project's own folders besides the build's inputs: its tests, packages, history and caches. */
const PROJECT_FOLDERS = [...BUILD_INPUTS, 'content', 'tests', 'node_modules', '.git', '.cache', '.site-build'];

/** Names that mark a folder as someone's source tree, wherever it is. */
const SOURCE_NAMES = [
  'package.json',
  '.git',
  'app',
  'client',
  'components',
  'content',
  'lib',
  'node_modules',
  'scripts',
  'src',
];

/** @param {string} parent @param {string} child @returns {boolean} child is parent or below it */
const within = (parent, child) => {
  const relative = path.relative(parent, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
};

/**
 * Why OUT_DIR `written` cannot be the output folder of a build of the project at `root`, or '' when it
 * can: the project folder itself, a folder that holds it, a folder of the project or the articles
 * folder (`contentDir`, resolved), or any folder that holds source folders or files.
 * @param {string} root the project folder @param {string} written OUT_DIR as set @param {string} contentDir CONTENT_DIR, resolved
 * @returns {string}
 */
export function outDirProblem(root, written, contentDir) {
  const target = path.resolve(root, written);
  const why = (/** @type {string} */ reason) =>
    `OUT_DIR: "${written}" ${reason}; the build empties its output folder first, so name a folder of its own, e.g. OUT_DIR=out-site`;
  if (target === path.resolve(root)) return why('is the project folder itself');
  if (within(target, root)) return why('holds the project folder');
  if (within(contentDir, target)) return why('is inside the articles folder (CONTENT_DIR)');
  const folder = PROJECT_FOLDERS.find((name) => within(path.join(root, name), target));
  if (folder) return why(`is inside ${folder}/, part of the project`);
  if (existsSync(target) && statSync(target).isDirectory()) {
    const names = readdirSync(target);
    const sources = SOURCE_NAMES.filter((name) => names.includes(name));
    if (sources.length > 0) {
      const shown = sources.map((name) => (statSync(path.join(target, name)).isDirectory() ? `${name}/` : name));
      return why(`holds source folders and files (${shown.join(', ')})`);
    }
  }
  return '';
}
