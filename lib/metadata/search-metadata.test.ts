import { describe, expect, it } from 'vitest';
import { messagesFor } from '../i18n/messages';
import { site } from '../site-config';
import { searchMetadata } from './search-metadata';

describe('searchMetadata', () => {
  it.each([
    ['en', `Find any article ${site.name} has published in English by a word in its headline, summary or text.`],
    ['be', `Знайдзіце любы артыкул ${site.name} на беларускай мове па слове з загалоўка, анонса або тэксту.`],
    ['ru', `Найдите любую статью ${site.name} на русском языке по слову из заголовка, анонса или текста.`],
  ])('describes the %s search page as a search page, in its language, not as the site', (language, description) => {
    const metadata = searchMetadata(language);
    expect(metadata.description).toBe(description);
    expect(metadata.openGraph?.description).toBe(description);
    expect(metadata.twitter?.description).toBe(description);
    expect(description).not.toBe(messagesFor(language).text('site.description', { site: site.name }));
  });
});
