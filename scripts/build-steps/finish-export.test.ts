import { describe, expect, it } from 'vitest';
import { isRscPayload } from './finish-export.mjs';

describe('isRscPayload', () => {
  it.each(['index.txt', 'news/x/index.txt', '__next.news.x.txt', 'topics/nato/__next.__PAGE__.txt'])(
    'removes the framework payload %s',
    (file) => expect(isRscPayload(file)).toBe(true),
  );

  it.each(['robots.txt', 'security.txt', '.well-known/security.txt', 'news/index.txt.html', 'humans.txt'])(
    'keeps the site’s own file %s',
    (file) => expect(isRscPayload(file)).toBe(false),
  );
});
