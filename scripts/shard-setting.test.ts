import { describe, expect, it } from 'vitest';
import { parseShard, shardName, shardSetting } from './shard-setting.mjs';

describe('parseShard', () => {
  it('reads K/N', () => {
    expect(parseShard('3/8')).toEqual({ index: 3, count: 8 });
    expect(parseShard(' 1 / 1 ')).toEqual({ index: 1, count: 1 });
    expect(shardName(parseShard('16/16'))).toBe('16-of-16');
  });

  it.each(['0/8', '9/8', '3', '3/0', 'a/b', '3/8/1', '1/257', ''])(
    'refuses "%s", naming the setting and the form',
    (bad) => {
      expect(() => parseShard(bad)).toThrow(`SHARD: "${bad}" is not a shard; write it as K/N`);
      expect(() => parseShard(bad, '--shard')).toThrow('(e.g. --shard 3/8)');
    },
  );
});

describe('shardSetting', () => {
  it('takes --shard K/N, --shard=K/N, or SHARD, the argument first', () => {
    expect(shardSetting(['--shard', '2/4'], {})).toEqual({ index: 2, count: 4 });
    expect(shardSetting(['--shard=3/4'], { SHARD: '1/4' })).toEqual({ index: 3, count: 4 });
    expect(shardSetting([], { SHARD: '1/4' })).toEqual({ index: 1, count: 4 });
    expect(shardSetting([], { SHARD: ' ' })).toBeUndefined();
    expect(shardSetting([], {})).toBeUndefined();
  });

  it('refuses --shard without its value, naming it', () => {
    expect(() => shardSetting(['--shard'], {})).toThrow('--shard: "" is not a shard');
  });
});
