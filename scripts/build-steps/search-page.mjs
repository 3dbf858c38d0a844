// @ts-check
import { sha256 } from './to-static-html.mjs';

/**
 * Whether a page of the export is a search page, `/search/` or an edition's `/be/search/`: the only
 * pages that load Pagefind, each with a policy of its own.
 * @param {string} urlPath e.g. /be/search/index.html
 */
export function isSearchPage(urlPath) {
  return /^\/(?:[a-z]{2,3}(?:-[A-Za-z0-9]+)*\/)?search\/index\.html$/.test(urlPath);
}

/**
 * Inlines the search page's script (client/search.ts, bundled) at the end of its body, as the
 * enhancement script is inlined elsewhere, and returns the page with the script's hash for its policy.
 * Throws when the page has no `</body>` or the script would end its own element early.
 * @param {string} html the finished search page
 * @param {string} script
 * @returns {{ html: string, scriptHash: string }}
 */
export function withSearchScript(html, script) {
  const end = html.lastIndexOf('</body>');
  if (end < 0) throw new Error('the search page has no </body>');
  if (/<\/script/i.test(script)) throw new Error('the search script contains "</script", which would end it early');
  return { html: `${html.slice(0, end)}<script>${script}</script>${html.slice(end)}`, scriptHash: sha256(script) };
}
