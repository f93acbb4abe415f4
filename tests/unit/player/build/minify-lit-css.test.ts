import { describe, expect, it } from 'vitest';
import { minifyCss, minifyLitCss } from '../../../../player/vite-plugins/minify-lit-css.js';

function transform(code: string, id = '/player/src/components/x.ts'): string | null {
  const plugin = minifyLitCss();
  const hook = plugin.transform as (code: string, id: string) => string | null;
  return hook.call({}, code, id);
}

describe('minifyCss', () => {
  it('drops comments and collapses white space around braces, semicolons and commas', () => {
    const css = `
      /* the host */
      :host {
        display: flex;
        font-family: "Be Vietnam Pro", system-ui;
      }
    `;
    expect(minifyCss(css)).toBe(':host{display: flex;font-family: "Be Vietnam Pro",system-ui}');
  });

  it('keeps the spaces that carry meaning: descendant combinators and calc operators', () => {
    const css = `:host([strip]) .name {\n  padding: calc(64 * var(--u)) calc(80 * var(--u) - 2px);\n}`;
    expect(minifyCss(css)).toBe(
      ':host([strip]) .name{padding: calc(64 * var(--u)) calc(80 * var(--u) - 2px)}',
    );
  });
});

describe('the minify-lit-css plugin', () => {
  it("minifies css`` templates in the player's TypeScript", () => {
    const code = 'const styles = css`\n  :host {\n    display: block;\n  }\n`;';
    expect(transform(code)).toBe('const styles = css`:host{display: block}`;');
  });

  it('leaves a template with an interpolation, and other files, as they are', () => {
    // The source text of a template that interpolates, as the plugin sees it.
    const interpolated = `css\`\n  :host { color: \${red}; }\n\``;
    expect(transform(interpolated)).toBe(interpolated);
    expect(transform('css`\n  a { b: c; }\n`', '/player/src/global.css')).toBeNull();
  });
});
