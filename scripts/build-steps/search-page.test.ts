import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withSearchScript } from './search-page.mjs';

describe('withSearchScript', () => {
  const page = '<!doctype html><html lang="en"><head></head><body><main><p>&lt;/body&gt;</p></main></body></html>';

  it('inlines the script last in the body and returns its hash for the policy', () => {
    const { html, scriptHash } = withSearchScript(page, 'run()');
    expect(html).toBe(
      '<!doctype html><html lang="en"><head></head><body><main><p>&lt;/body&gt;</p></main><script>run()</script></body></html>',
    );
    expect(scriptHash).toBe(`'sha256-${createHash('sha256').update('run()').digest('base64')}'`);
  });

  it('refuses a page without a body and a script that would close its own element', () => {
    expect(() => withSearchScript('<p>x</p>', 'run()')).toThrow('the search page has no </body>');
    expect(() => withSearchScript(page, 'x("</script>")')).toThrow('contains "</script"');
  });
});
