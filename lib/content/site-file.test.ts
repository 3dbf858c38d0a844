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
  return { sections: result.site.sections, timeZone: result.site.timeZone, problems: result.problems.map(formatProblem) };
}

describe('readSiteFile', () => {
  it('features the topics it lists, by id or any registered name, in its order, each once', () => {
    expect(read('sections:\n  - nato\n  - Беларусь\n  - NATO\n')).toEqual({
      sections: ['nato', 'belarus'],
      timeZone: 'UTC',
      problems: [],
    });
  });

  it('features nothing without the file', () => {
    expect(read(undefined)).toEqual({ sections: [], timeZone: 'UTC', problems: [] });
  });

  it('refuses an unknown topic with the closest registered one, and an unknown setting', () => {
    expect(read('sections:\n  - Poladn\nsection: [x]\n').problems).toEqual([
      'site.yml: section: "section" is not valid; unknown setting; the file sets only "sections:" and "timeZone:"',
      'site.yml: sections.0: "Poladn" is not valid; did you mean "Poland" (poland)? no topic in topics.yml is called that; write a registered name or id, or add the topic to topics.yml',
    ]);
  });

  it('reads the newsroom’s time zone, by its IANA name', () => {
    expect(read('timeZone: Europe/Minsk\n')).toEqual({ sections: [], timeZone: 'Europe/Minsk', problems: [] });
  });

  it('refuses a time zone that does not exist, with the closest one', () => {
    expect(read('timeZone: Europe/Minks\n')).toEqual({
      sections: [],
      timeZone: 'UTC',
      problems: [
        'site.yml: timeZone: "Europe/Minks" is not valid; did you mean "Europe/Minsk"? write the newsroom’s time zone as its IANA name, e.g. Europe/Minsk; dates are shown as they are there',
      ],
    });
    expect(read('timeZone: 3\n').problems).toEqual([
      'site.yml: timeZone: 3 is not valid; write the newsroom’s time zone as its IANA name, e.g. Europe/Minsk; dates are shown as they are there',
    ]);
  });
});
