import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { zh } from '../../server/src/i18n/zh.js';
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
