import { describe, expect, it } from 'vitest';
import { makeArticle } from '@/tests/helpers/make-article';
import { correctionsIn } from './corrections';

const older = makeArticle({ id: 'old001', slug: 'old-story', headline: 'Old story', published: '2018-10-20' });
const corrected = {
  ...older,
  corrections: [
    { date: '2018-10-21', text: 'The meeting was on Tuesday.' },
    { date: '2018-10-25', text: 'The minister’s name is Ravkov.' },
    { date: '2018-10-25', text: 'The drill ended on Friday.' },
  ],
};
const newer = {
  ...makeArticle({ id: 'new001', slug: 'new-story', headline: 'New story', published: '2018-10-24' }),
  corrections: [{ date: '2018-10-25', text: 'A photo caption named the wrong city.' }],
};
const belarusian = {
  ...makeArticle({ id: 'be0001', slug: 'be-story', language: 'be', published: '2018-10-24' }),
  corrections: [{ date: '2018-10-26', text: 'Выпраўлена дата.' }],
};

describe('correctionsIn', () => {
  it('lists every correction in an edition, newest first, newer articles first on one day, each with its article', () => {
    expect(correctionsIn([belarusian, newer, corrected], 'en')).toEqual([
      {
        id: 'new001#correction-2018-10-25',
        articleId: 'new001',
        headline: 'New story',
        href: '/news/new-story/#corrections',
        date: '2018-10-25',
        text: 'A photo caption named the wrong city.',
      },
      {
        id: 'old001#correction-2018-10-25-2',
        articleId: 'old001',
        headline: 'Old story',
        href: '/news/old-story/#corrections',
        date: '2018-10-25',
        text: 'The drill ended on Friday.',
      },
      {
        id: 'old001#correction-2018-10-25',
        articleId: 'old001',
        headline: 'Old story',
        href: '/news/old-story/#corrections',
        date: '2018-10-25',
        text: 'The minister’s name is Ravkov.',
      },
      {
        id: 'old001#correction-2018-10-21',
        articleId: 'old001',
        headline: 'Old story',
        href: '/news/old-story/#corrections',
        date: '2018-10-21',
        text: 'The meeting was on Tuesday.',
      },
    ]);
  });

  it('lists only the edition’s own articles', () => {
    expect(correctionsIn([belarusian, newer, corrected], 'be').map(({ id }) => id)).toEqual([
      'be0001#correction-2018-10-26',
    ]);
    expect(correctionsIn([older], 'en')).toEqual([]);
  });
});
