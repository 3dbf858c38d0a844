import { getEditionLanguages } from '../articles';
import { featuredSections } from '../lists/front-page';
import { editionPath } from '../urls';
import type { Chrome } from './views';

/**
 * The frame of every page of one edition, as this build shows it: the editions the masthead offers and
 * the edition's featured sections. Made once per edition per table.
 */
export function toChrome(language: string): Chrome {
  return {
    language,
    editions: getEditionLanguages().map((edition) => ({ language: edition, href: editionPath(edition) })),
    sections: featuredSections(language, 0).map(({ id, name, path }) => ({ id, name, path })),
  };
}
