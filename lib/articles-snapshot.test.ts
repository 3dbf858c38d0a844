import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadArticles } from './content/load-articles';
import { selectPublished } from './content/publishing';
import { readSnapshot, writeSnapshot } from './articles-snapshot';

describe('articles snapshot', () => {
  it('gives back exactly the articles written, undefined fields included', () => {
    const articles = loadArticles(path.resolve('tests/fixtures/site'));
    const loaded = selectPublished(articles, { now: new Date('2026-01-01T00:00:00Z'), includeDrafts: false });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'snapshot-')), 'articles.v8');
    writeSnapshot(file, loaded);
    const read = readSnapshot(file);
    expect(read).toStrictEqual(loaded);
    expect(read?.published.some((article) => 'image' in article && article.image === undefined)).toBe(true);
  });

  it('is absent when the build named no snapshot or has not written it yet', () => {
    expect(readSnapshot(undefined)).toBeUndefined();
    expect(readSnapshot(path.join(tmpdir(), 'no-such-snapshot.v8'))).toBeUndefined();
  });
});
