// @ts-check
import { sha256 } from './to-static-html.mjs';

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
