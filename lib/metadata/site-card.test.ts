import { describe, expect, it } from 'vitest';
import { siteCardDrawing, siteCardFile } from './site-card';

describe('siteCardFile', () => {
  it('is named by the language and a hash of what the card shows and of the code and fonts that draw it', () => {
    expect(siteCardFile('be', 'drawn-one-way')).not.toBe(siteCardFile('be', 'drawn-another'));
    expect(siteCardFile('be')).toBe(siteCardFile('be', siteCardDrawing()));
    expect(siteCardFile('be')).toMatch(/^be\.[0-9a-f]{12}\.png$/);
  });
});
