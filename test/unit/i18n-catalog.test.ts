import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { notFound } from '../../server/src/graphql/errors.js';
import { languageOf, msg, socketLanguageOf, translate } from '../../server/src/i18n/message.js';
import { zh } from '../../server/src/i18n/zh.js';
import { PurchaserStatus } from '../../server/src/modules/purchaser/purchaser.enums.js';
import { stepRefused } from '../../server/src/modules/purchaser/purchaser.rules.js';
import { messagesOf, placeholdersOf } from '../helpers/messages.js';

const root = fileURLToPath(new URL('../../server/src', import.meta.url));
const { said, untagged } = messagesOf(root);

describe('the Chinese catalog', () => {
  it('finds the messages of the source (the scan itself works)', () => {
    expect(said.length).toBeGreaterThan(300);
    expect(said.map((s) => s.key)).toContain('{0} not found');
    expect(said.map((s) => s.key)).toContain('Purchaser');
  });

  it('translates every message, noun and phrase the server says', () => {
    const missing = [...new Set(said.filter((s) => !Object.hasOwn(zh, s.key)).map((s) => s.key))];
    expect(missing, 'add these to server/src/i18n/zh.ts').toEqual([]);
  });

  it('puts every value of a message in its translation', () => {
    const wrong = Object.entries(zh).filter(
      ([key, text]) => placeholdersOf(key).join() !== placeholdersOf(text).join(),
    );
    expect(wrong).toEqual([]);
  });

  it('has no message handed to an error as a plain string', () => {
    expect(
      untagged.map((u) => `${u.at}: ${u.key}`),
      'write these as msg`…`',
    ).toEqual([]);
  });

  it('holds no entry the source no longer says', () => {
    const keys = new Set(said.map((s) => s.key));
    expect(Object.keys(zh).filter((key) => !keys.has(key) && !EXTRA.has(key))).toEqual([]);
  });
});

/** Entries said from outside the scanned forms (graphql-js's own messages, phrases in values). */
const EXTRA = new Set<string>([]);

describe('messages said in a language', () => {
  it('puts values where the translation says, translating messages and phrases among them', () => {
    const missing = notFound('Purchaser');
    expect(missing.message).toBe('Purchaser not found');
    expect(translate(missing.text, 'zh')).toBe('未找到采购商');
    const refused = stepRefused('approve', PurchaserStatus.INVITED);
    expect(translate(refused.text, 'zh')).toBe(
      '无法审核通过状态为 INVITED 的采购商（仅限 REGISTERED 时）',
    );
    // a value that is only text stays as it is, whatever it spells
    expect(translate(msg`${'constructor'} is required`, 'zh')).toBe('constructor 为必填项');
    expect(translate(msg`not in any catalog ${1}`, 'zh')).toBe('not in any catalog 1');
    expect(JSON.stringify({ message: msg`name is required` })).toBe(
      '{"message":"name is required"}',
    );
  });

  it('takes the language from Accept-Language, q-values honoured, English by default', () => {
    expect(languageOf(undefined)).toBe('en');
    expect(languageOf('zh')).toBe('zh');
    expect(languageOf('zh-CN')).toBe('zh');
    expect(languageOf('zh-Hans')).toBe('zh');
    expect(languageOf('en;q=0.9, zh;q=0.5')).toBe('en');
    expect(languageOf('fr, zh;q=0.1')).toBe('zh');
    expect(languageOf('fr')).toBe('en');
    expect(languageOf('*')).toBe('en');
    expect(socketLanguageOf({ 'Accept-Language': 'zh-CN' }, 'en')).toBe('zh');
    expect(socketLanguageOf({}, 'zh')).toBe('zh');
    expect(socketLanguageOf(undefined, undefined)).toBe('en');
  });
});
