import { describe, expect, it } from 'vitest';
import { GraphQLError } from 'graphql';
import { toGlobalId } from '../../server/src/graphql/relay.js';
import { OrganisationKind } from '../../server/src/modules/organisation/organisation.enums.js';
import {
  PurchaserCategory,
  PurchaserStatus,
} from '../../server/src/modules/purchaser/purchaser.enums.js';
import {
  checkCategory,
  idNumber,
  requireStep,
  residentIdCheckCharacter,
} from '../../server/src/modules/purchaser/purchaser.rules.js';
import { cleanRegistration } from '../../server/src/modules/purchaser/registration.input.js';

/** The error a call throws, as a client sees it in `extensions`. */
function thrown(call: () => unknown): Record<string, unknown> & { message: string } {
  try {
    call();
  } catch (error) {
    expect(error).toBeInstanceOf(GraphQLError);
    const e = error as GraphQLError;
    return { message: e.message, ...e.extensions };
  }
  throw new Error('expected an error');
}

describe('purchaser rules', () => {
  it('checks resident ID numbers with their GB 11643 check character', () => {
    // the standard's own example
    expect(residentIdCheckCharacter('11010519491231002')).toBe('X');
    expect(idNumber('11010519491231002x', 'f')).toBe('11010519491231002X');
    expect(
      thrown(() => idNumber('110105194912310021', 'input.attendees.0.idNumber')),
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'input.attendees.0.idNumber',
    });
    // passports and other documents: letters and digits, checked for length only
    expect(idNumber('E12345678', 'f')).toBe('E12345678');
    expect(thrown(() => idNumber('E1-2', 'f')).code).toBe('BAD_USER_INPUT');
  });

  it('names the field at fault in a registration', () => {
    const complete = {
      category: PurchaserCategory.IMPORT_TRADE,
      contact: { name: '张', mobile: '+86 138 0013 8000' },
      attendees: [{ name: '李', idNumber: '11010519491231002X' }],
    };
    expect(cleanRegistration(complete, 'register').contact).toEqual({
      name: '张',
      mobile: '+86 138 0013 8000',
      phone: null,
      email: null,
    });
    const cases: [Record<string, unknown>, string][] = [
      [{ contact: undefined }, 'input.contact'],
      [{ contact: { name: '张', phone: '12' } }, 'input.contact.phone'],
      [{ contact: { name: '张', mobile: '13800138000', email: 'a@b' } }, 'input.contact.email'],
      [{ attendees: [{ name: '', idNumber: 'E1234567' }] }, 'input.attendees.0.name'],
      [
        { subDelegationId: toGlobalId('Delegation', '7d5e8a9c-0b1e-4c55-9f0a-8f7c2b0d9e11') },
        'input.subDelegationId',
      ],
      [{ creditCode: '91350100M000100Y44' }, 'input.creditCode'],
    ];
    for (const [change, field] of cases) {
      expect([
        field,
        thrown(() => cleanRegistration({ ...complete, ...change } as never, 'register')).field,
      ]).toEqual([field, field]);
    }
    // an update takes only what changes
    expect(cleanRegistration({ category: PurchaserCategory.SERVICE }, 'update')).toMatchObject({
      contact: null,
      attendees: null,
    });
  });

  it('asks enterprises for their credit code and institution categories for institutions', () => {
    const enterprise = { kind: OrganisationKind.ENTERPRISE, creditCode: null, nameZh: '某公司' };
    // named as the command's own fields: the resolver roots them at `input`
    expect(thrown(() => checkCategory(PurchaserCategory.WHOLESALE_RETAIL, enterprise)).field).toBe(
      'creditCode',
    );
    expect(
      thrown(() => checkCategory(PurchaserCategory.MEDICAL_INSTITUTION, enterprise)).field,
    ).toBe('category');
    expect(() =>
      checkCategory(PurchaserCategory.RESEARCH_INSTITUTION, {
        ...enterprise,
        kind: OrganisationKind.INSTITUTION,
      }),
    ).not.toThrow();
  });

  it('names the current state when a step is not allowed from it', () => {
    expect(thrown(() => requireStep('approve', PurchaserStatus.INVITED))).toMatchObject({
      code: 'INVALID_TRANSITION',
      status: 'INVITED',
      allowedFrom: ['REGISTERED'],
    });
    expect(thrown(() => requireStep('withdraw', PurchaserStatus.REPORTED)).message).toContain(
      'REPORTED',
    );
    expect(() => requireStep('resubmit', PurchaserStatus.REJECTED)).not.toThrow();
  });
});
