import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from './content-error';
import { readRegistry } from './registry';
import { readSiteFile } from './site-file';
import { writeTestRegistry } from '@/tests/helpers/registry';

function read(text: string | undefined) {
  const dir = mkdtempSync(path.join(tmpdir(), 'site-file-'));
  writeTestRegistry(dir);
  if (text !== undefined) writeFileSync(path.join(dir, 'site.yml'), text);
  const { registry } = readRegistry(dir, dir, ['be', 'en', 'ru']);
  const result = readSiteFile(dir, dir, registry);
  return { sections: result.site.sections, problems: result.problems.map(formatProblem), site: result.site };
}

describe('readSiteFile', () => {
  it('features the topics it lists, by id or any registered name, in its order, each once', () => {
    const { sections, problems } = read('sections:\n  - nato\n  - Беларусь\n  - NATO\n');
    expect({ sections, problems }).toEqual({ sections: ['nato', 'belarus'], problems: [] });
  });

  it('features nothing without the file', () => {
    const { sections, problems } = read(undefined);
    expect({ sections, problems }).toEqual({ sections: [], problems: [] });
  });

  it('refuses an unknown topic with the closest registered one, and an unknown setting', () => {
    expect(read('sections:\n  - Poladn\nsection: [x]\n').problems).toEqual([
      'site.yml: section (line 3): "section" is not valid; did you mean "sections"? unknown setting; the file sets only sections, ageWarningYears',
      'site.yml: sections.0 (line 2): "Poladn" is not valid; did you mean "Poland" (poland)? no topic in topics.yml is called that; write a registered name or id, or add the topic to topics.yml',
    ]);
  });

  it('warns on articles more than a year old unless told another age, or told not to warn', () => {
    expect(read(undefined).site.ageWarningYears).toBe(1);
    expect(read('ageWarningYears: 5\n').site.ageWarningYears).toBe(5);
    expect(read('ageWarningYears: false\n').site.ageWarningYears).toBe(false);
  });

  it('refuses an age that is not a whole number of years, naming the line', () => {
    expect(read('sections:\n  - nato\nageWarningYears: 1 year\n').problems).toEqual([
      'site.yml: ageWarningYears (line 3): "1 year" is not valid; write a whole number of years from 1, e.g. ageWarningYears: 1, or ageWarningYears: false for no warning',
    ]);
    expect(read('ageWarningYears: 0\n').problems).toHaveLength(1);
  });
});
