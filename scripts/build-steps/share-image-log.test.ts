import { describe, expect, it } from 'vitest';
import { parseShareImageLog } from './share-image-log.mjs';

describe('parseShareImageLog', () => {
  it('splits the lines of several workers into rendered and reused files, sorted', () => {
    const log = 'reused b.2.png\nrendered c.3.png\nreused a.1.png\n';
    expect(parseShareImageLog(log)).toEqual({ rendered: ['c.3.png'], reused: ['a.1.png', 'b.2.png'] });
  });

  it('reads an empty log (a build with no share image) as nothing done', () => {
    expect(parseShareImageLog('')).toEqual({ rendered: [], reused: [] });
  });
});
