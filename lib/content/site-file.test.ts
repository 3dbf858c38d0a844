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
  const result = readSiteFile(dir, dir, registry, ['about', 'contact', 'corrections-policy', 'editorial-standards']);
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
      'site.yml: section (line 3): "section" is not valid; did you mean "sections"? unknown setting; the file sets only sections, timeZone, ageWarningYears, contact, policies',
      'site.yml: sections.0 (line 2): "Poladn" is not valid; did you mean "Poland" (poland)? no topic in topics.yml is called that; write a registered name or id, or add the topic to topics.yml',
    ]);
  });

  it('keeps UTC unless told the newsroom’s time zone, by its IANA name', () => {
    expect(read(undefined).site.timeZone).toBe('UTC');
    expect(read('timeZone: Europe/Minsk\n')).toMatchObject({ site: { timeZone: 'Europe/Minsk' }, problems: [] });
  });

  it('refuses a time zone that does not exist, with the closest one', () => {
    expect(read('timeZone: Europe/Minks\n')).toMatchObject({
      site: { timeZone: 'UTC' },
      problems: [
        'site.yml: timeZone (line 1): "Europe/Minks" is not valid; did you mean "Europe/Minsk"? write the newsroom’s time zone as its IANA name, e.g. Europe/Minsk; dates are shown as they are there',
      ],
    });
    expect(read('sections: []\ntimeZone: 3\n').problems).toEqual([
      'site.yml: timeZone (line 2): 3 is not valid; write the newsroom’s time zone as its IANA name, e.g. Europe/Minsk; dates are shown as they are there',
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

  it('reads the newsroom’s address and the pages stating its policies, by page id', () => {
    const { site, problems } = read(
      'contact: newsroom@example.org\npolicies:\n  correctionsPolicy: corrections-policy\n  ethicsPolicy: editorial-standards\n  masthead: about\n',
    );
    expect(problems).toEqual([]);
    expect(site.contact).toBe('newsroom@example.org');
    expect(site.policies).toEqual({
      correctionsPolicy: 'corrections-policy',
      ethicsPolicy: 'editorial-standards',
      masthead: 'about',
    });
    expect(read(undefined).site).toMatchObject({ contact: undefined, policies: {} });
  });

  it.each([
    [
      'an address that is not one',
      'contact: https://example.org/contact\n',
      'site.yml: contact (line 1): "https://example.org/contact" is not valid; write the newsroom’s e-mail address, e.g. contact: newsroom@example.org',
    ],
    [
      'a policy whose page does not exist',
      'policies:\n  correctionsPolicy: corrections\n',
      'site.yml: policies.correctionsPolicy (line 2): "corrections" is not valid; pages/ has no page corrections; write pages/corrections.<language>.md, or name one of about, contact, corrections-policy, editorial-standards',
    ],
    [
      'a policy schema.org does not name',
      'policies:\n  correctionPolicy: corrections-policy\n',
      'site.yml: policies.correctionPolicy (line 2): "correctionPolicy" is not valid; did you mean "correctionsPolicy"? schema.org names no such policy; use one of actionableFeedbackPolicy, correctionsPolicy, diversityPolicy, diversityStaffingReport, ethicsPolicy, masthead, missionCoveragePrioritiesPolicy, noBylinesPolicy, ownershipFundingInfo, publishingPrinciples, unnamedSourcesPolicy, verificationFactCheckingPolicy',
    ],
    [
      'policies not written as a list of names',
      'policies:\n  - about\n',
      'site.yml: policies (line 1): ["about"] is not valid; write one "<policy>: <page id>" line per policy under it, e.g. correctionsPolicy: corrections-policy',
    ],
  ])('refuses %s, naming the line and the fix', (_, text, message) => {
    expect(read(text).problems).toEqual([message]);
  });
});
