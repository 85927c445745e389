import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { languageOf, t, useLanguage, ZH } from '../../cli/src/i18n.js';
import { messagesOf, placeholdersOf } from '../helpers/messages.js';

const root = fileURLToPath(new URL('../../cli/src', import.meta.url));

describe("the CLI's Chinese", () => {
  afterEach(() => useLanguage('en'));

  it('translates every t`…` the CLI prints, with all its values', () => {
    const { said } = messagesOf(root, 't');
    expect(said.length).toBeGreaterThan(40);
    const keys = new Set(said.map((s) => s.key));
    expect([...keys].filter((key) => !Object.hasOwn(ZH, key))).toEqual([]);
    expect(Object.keys(ZH).filter((key) => !keys.has(key))).toEqual([]);
    const wrong = Object.entries(ZH).filter(
      ([key, text]) => placeholdersOf(key).join() !== placeholdersOf(text).join(),
    );
    expect(wrong).toEqual([]);
  });

  it('takes --lang first, then LC_ALL, LC_MESSAGES and LANG', () => {
    expect(languageOf(undefined, {})).toBe('en');
    expect(languageOf(undefined, { LANG: 'zh_CN.UTF-8' })).toBe('zh');
    expect(languageOf(undefined, { LANG: 'zh_CN.UTF-8', LC_ALL: 'C' })).toBe('en');
    expect(languageOf(undefined, { LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_TW' })).toBe('zh');
    expect(languageOf('en', { LC_ALL: 'zh_CN.UTF-8' })).toBe('en');
    expect(languageOf('zh', {})).toBe('zh');
    expect(languageOf('fr', {})).toBeUndefined();
  });

  it('puts the values where the translation says', () => {
    useLanguage('zh');
    expect(t`wrote ${3} rows to ${'a.csv'}`).toBe('已写入 3 行到 a.csv');
    useLanguage('en');
    expect(t`wrote ${3} rows to ${'a.csv'}`).toBe('wrote 3 rows to a.csv');
  });
});
