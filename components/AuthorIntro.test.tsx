import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ImageRendition } from '@/lib/articles';
import { site } from '@/lib/site-config';
import type { AuthorProfile } from '@/lib/site/views';
import { AuthorIntro } from './AuthorIntro';

const file = (width: number, format: string) => ({
  path: `/images/zmitser-${width}.abc.${format}`,
  width,
  height: Math.round((width * 4) / 3),
  bytes: 1000,
});
const rendition: ImageRendition = {
  src: 'images/zmitser.jpg',
  width: 900,
  height: 1200,
  sources: {
    avif: [file(360, 'avif'), file(720, 'avif')],
    jpeg: [file(360, 'jpg'), file(720, 'jpg')],
  },
  crops: {},
  thumbs: undefined,
};
const profile: AuthorProfile = {
  name: 'Zmitser Mitskevich',
  url: `${site.url}/authors/zmitser-mitskevich/`,
  role: 'Correspondent',
  bio: 'Reports on defence from Warsaw.',
  photo: { src: 'images/zmitser.jpg', focus: 'top', rendition },
  links: [
    { kind: 'website', label: 'Website', url: 'https://zmitser.example.org/' },
    { kind: 'mastodon', label: 'Mastodon', url: 'https://mastodon.example.org/@zmitser' },
  ],
  sameAs: ['https://zmitser.example.org/', 'https://mastodon.example.org/@zmitser'],
};
const html = renderToStaticMarkup(<AuthorIntro profile={profile} />);

describe('AuthorIntro', () => {
  it('shows the author’s photo, named by their name, cut square around its focus and drawn small', () => {
    expect(html).toMatch(/<picture class="author-photo" data-focus="top">/);
    expect(html).toContain('sizes="8rem"');
    expect(html).toMatch(/<img src="\/images\/zmitser-720\.abc\.jpg"[^>]* alt="Zmitser Mitskevich" loading="lazy"/);
  });

  it('shows their role, biography and each of their other profiles as a rel="me" link', () => {
    expect(html).toContain(
      '<p class="author-role">Correspondent</p><p class="author-bio">Reports on defence from Warsaw.</p>',
    );
    expect(html).toContain(
      '<ul class="author-links"><li><a rel="me" href="https://zmitser.example.org/">Website</a></li><li><a rel="me" href="https://mastodon.example.org/@zmitser">Mastodon</a></li></ul>',
    );
  });

  it('says it as a ProfilePage whose Person has their role, biography, photo and other profiles', () => {
    const json = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(html)?.[1] ?? '{}';
    expect(JSON.parse(json)).toEqual({
      '@context': 'https://schema.org',
      '@type': 'ProfilePage',
      url: profile.url,
      mainEntity: {
        '@type': 'Person',
        name: 'Zmitser Mitskevich',
        url: profile.url,
        jobTitle: 'Correspondent',
        description: 'Reports on defence from Warsaw.',
        image: `${site.url}/images/zmitser-360.abc.jpg`,
        sameAs: profile.sameAs,
      },
    });
  });

  it('shows nothing but the structured data for an author authors.yml says nothing more about', () => {
    const bare = renderToStaticMarkup(
      <AuthorIntro profile={{ name: 'A B', url: profile.url, links: [], sameAs: [] }} />,
    );
    expect(bare).not.toContain('author-intro');
    expect(bare).toContain('"@type":"Person","name":"A B"');
  });
});
