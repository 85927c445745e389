import { describe, expect, it } from 'vitest';
import {
  creditCodeCheckCharacter,
  creditCodeProblem,
} from '../../server/src/modules/organisation/credit-code.js';

describe('unified social credit code (GB 32100-2015)', () => {
  it('accepts codes whose check character matches', () => {
    // published examples of real registrations
    for (const code of ['91350100M000100Y43', '91110000802100433B', '911100001000044477']) {
      expect(creditCodeProblem(code)).toBeUndefined();
    }
  });

  it('computes the check character with weights 3^i mod 31', () => {
    expect(creditCodeCheckCharacter('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckCharacter('91110000802100433')).toBe('B');
  });

  it('names what is wrong with a bad code', () => {
    expect(creditCodeProblem('91350100M000100Y44')).toBe('check character should be 3, not 4');
    expect(creditCodeProblem('91350100M000100Y4')).toBe('must have 18 characters, has 17');
    expect(creditCodeProblem('91350100M000100I43')).toMatch(/may use only digits/);
    expect(creditCodeProblem('913501A0M000100Y43')).toMatch(/digits in positions 3-8/);
    expect(creditCodeProblem('91350100m000100y43')).toMatch(/may use only/);
  });
});
