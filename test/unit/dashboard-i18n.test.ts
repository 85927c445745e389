import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { pageLanguage, WORDS } from '../../dashboard/src/i18n.js';

const html = readFileSync(new URL('../../dashboard/index.html', import.meta.url), 'utf8');
const CJK = /[\u3400-\u9fff]/;

describe("the dashboard's words", () => {
  it('has both languages for every word, and Chinese in every Chinese one', () => {
    expect(Object.keys(WORDS.zh).sort()).toEqual(Object.keys(WORDS.en).sort());
    for (const [key, word] of Object.entries(WORDS.zh)) {
      const text = typeof word === 'string' ? word : (word as (...a: unknown[]) => string)('x', 2);
      expect(text, key).toMatch(CJK);
    }
  });

  it('names only words it has in the page, whose English is what the page says before translation', () => {
    const named = [...html.matchAll(/data-i18n(-placeholder|-label)?="([^"]+)"/g)];
    expect(named.length).toBeGreaterThan(15);
    for (const [whole, kind, key] of named) {
      const english = (WORDS.en as Record<string, unknown>)[key!];
      expect(typeof english, whole).toBe('string');
      expect(typeof (WORDS.zh as Record<string, unknown>)[key!], whole).toBe('string');
      // the element's own English text (or attribute) is the English word
      const element = html.slice(html.lastIndexOf('<', html.indexOf(whole)));
      if (kind === undefined) expect(element, whole).toMatch(new RegExp(`>${escape(english)}<`));
      if (kind === '-placeholder') expect(element).toContain(`placeholder="${english}"`);
      if (kind === '-label') expect(element).toContain(`aria-label="${english}"`);
    }
  });

  it("speaks the browser's first preferred language of the two, or ?lang=", () => {
    expect(pageLanguage('', ['zh-CN', 'en'])).toBe('zh');
    expect(pageLanguage('', ['zh-Hans'])).toBe('zh');
    expect(pageLanguage('', ['fr', 'en-GB', 'zh'])).toBe('en');
    expect(pageLanguage('', ['fr', 'zh-TW'])).toBe('zh');
    expect(pageLanguage('', ['fr'])).toBe('en');
    expect(pageLanguage('?lang=zh', ['en-US'])).toBe('zh');
    expect(pageLanguage('?delegation=CIIE-5%2FQH&lang=en', ['zh-CN'])).toBe('en');
  });
});

function escape(text: unknown): string {
  return String(text).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
