import { msg } from '../../i18n/message.js';

/**
 * What text made of bytes that are not UTF-8 shows: U+FFFD where a byte sequence was not UTF-8
 * (a body decoded so), or a lone surrogate (a client that decoded it itself).
 */
const NOT_UTF8 = /[\uFFFD\p{Cs}]/u;

/** Why an uploaded text file is refused when it is not UTF-8, as every import says it. */
export const NOT_UTF8_MESSAGE = msg`the file is not UTF-8 text (a GBK file from Excel?): save it as "CSV UTF-8" and send it again`;

/**
 * The line (1-based) of the first character of `text` that says the file was not UTF-8 (a file
 * saved in another encoding, GBK from Excel, would be imported as mojibake), or null.
 */
export function firstNonUtf8Line(text: string): number | null {
  const bad = NOT_UTF8.exec(text);
  return bad ? text.slice(0, bad.index).split('\n').length : null;
}
