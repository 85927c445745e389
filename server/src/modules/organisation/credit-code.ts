// GB 32100-2015 unified social credit code: 18 characters; position 1 registration authority,
// 2 organisation category, 3-8 administrative division (digits), 9-17 organisation code,
// 18 a check character computed from the first 17 with weights 3^i mod 31.
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const SHAPE = /^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$/;

/** The check character for the first 17 characters of a code. */
export function creditCodeCheckCharacter(first17: string): string {
  let total = 0;
  for (let i = 0; i < 17; i += 1) total += ALPHABET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return ALPHABET[(31 - (total % 31)) % 31]!;
}

/** Why a code is not a valid unified social credit code, or undefined when it is. */
export function creditCodeProblem(code: string): string | undefined {
  if (code.length !== 18) return `must have 18 characters, has ${code.length}`;
  if (!SHAPE.test(code)) {
    return 'may use only digits and the letters A-H J-N P Q R T U W X Y, with digits in positions 3-8';
  }
  const expected = creditCodeCheckCharacter(code.slice(0, 17));
  if (code[17] !== expected) return `check character should be ${expected}, not ${code[17]}`;
  return undefined;
}
