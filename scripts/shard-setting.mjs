// @ts-check
// Which shard a build is (`npm run build -- --shard 3/8`, or SHARD=3/8): read by scripts/build.mjs,
// which names the shard's folder after it, and by the check, which plans its pages (lib/build/shards.ts).

/** @typedef {Readonly<{ index: number, count: number }>} Shard one slice of the page table: the `index`th (from 1) of `count` */

/** The most shards a build may be split into. */
export const MAX_SHARDS = 256;

/**
 * The shard `written` names (`3/8`: the third of eight); throws a message that names the setting and
 * the fix when it names none.
 * @param {string} written @param {string} [setting] where it was written: SHARD or --shard
 * @returns {Shard}
 */
export function parseShard(written, setting = 'SHARD') {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(written);
  const index = Number(match?.[1]);
  const count = Number(match?.[2]);
  if (!match || count < 1 || count > MAX_SHARDS || index < 1 || index > count)
    throw new Error(
      `${setting}: "${written}" is not a shard; write it as K/N, the K-th of N shards, with 1 ≤ K ≤ N ≤ ${MAX_SHARDS} (e.g. ${setting === 'SHARD' ? 'SHARD=3/8' : '--shard 3/8'})`,
    );
  return { index, count };
}

/**
 * The shard a build was asked for: `--shard K/N` (or `--shard=K/N`) among `argv`, else SHARD in `env`;
 * undefined for a build of the whole site.
 * @param {readonly string[]} argv @param {Readonly<Record<string, string | undefined>>} env
 * @returns {Shard | undefined}
 */
export function shardSetting(argv, env) {
  const at = argv.findIndex((arg) => arg === '--shard' || arg.startsWith('--shard='));
  if (at !== -1) {
    const arg = /** @type {string} */ (argv[at]);
    return parseShard(arg.startsWith('--shard=') ? arg.slice('--shard='.length) : (argv[at + 1] ?? ''), '--shard');
  }
  return env.SHARD?.trim() ? parseShard(env.SHARD) : undefined;
}

/** @param {Shard} shard @returns {string} `3-of-8`: how a shard names its folder (`shards/3-of-8/`) */
export const shardName = ({ index, count }) => `${index}-of-${count}`;

/** @param {Shard} shard @returns {string} `3/8`, as it is written */
export const shardLabel = ({ index, count }) => `${index}/${count}`;
