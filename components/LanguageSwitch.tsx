import { messagesFor } from '@/lib/i18n/messages';

type Props = {
  /** What the list is, in the page's language: "Editions", "This article in other languages". */
  label: string;
  links: readonly Readonly<{ language: string; href: string }>[];
  /** The page's own language: named, marked as the current page, not linked. */
  current: string;
};

/**
 * Each language named in itself ("Беларуская", "Русский", "English"), with `lang` so a screen reader
 * says it right and `hreflang` so the reader knows where the link leads. Nothing when there is one.
 */
export function LanguageSwitch({ label, links, current }: Props) {
  if (links.length < 2) return null;
  return (
    <nav className="language-switch" aria-label={label} data-print="hide">
      <ul>
        {links.map(({ language, href }) => {
          const name = messagesFor(language).text('language.name');
          return (
            <li key={language}>
              {language === current ? (
                <a href={href} lang={language} hrefLang={language} aria-current="page">
                  {name}
                </a>
              ) : (
                <a href={href} lang={language} hrefLang={language}>
                  {name}
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
