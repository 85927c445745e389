import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput, ErrorCode } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { flushWrites } from '../shared/transaction.js';
import { creditCodeProblem } from './credit-code.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationKind } from './organisation.enums.js';
import { msg } from '../../i18n/message.js';

export interface NewOrganisation {
  kind: OrganisationKind;
  nameZh: string;
  nameEn?: string | null;
  creditCode?: string | null;
}

/**
 * Trims and checks a new organisation; throws BAD_USER_INPUT naming the field at fault, under
 * `path` when given (`organisation.nameZh`), else as the command's own (`nameZh`).
 */
export function validateOrganisation(input: NewOrganisation, path?: string): NewOrganisation {
  const at = (key: string) => (path ? `${path}.${key}` : key);
  const nameZh = input.nameZh.trim();
  if (nameZh.length < 1 || nameZh.length > 200) {
    throw badInput(at('nameZh'), msg`nameZh must have 1 to 200 characters`);
  }
  const nameEn = input.nameEn?.trim() || null;
  if (nameEn && nameEn.length > 300)
    throw badInput(at('nameEn'), msg`nameEn must have at most 300 characters`);
  const creditCode = input.creditCode?.trim().toUpperCase() || null;
  if (creditCode) {
    const problem = creditCodeProblem(creditCode);
    if (problem)
      throw badInput(
        at('creditCode'),
        msg`creditCode is not a valid unified social credit code: ${problem}`,
      );
  }
  return { kind: input.kind, nameZh, nameEn, creditCode };
}

/** Registers an organisation; fields at fault are named as the command's own (`creditCode`). */
export async function createOrganisation(
  em: EntityManager,
  actor: string,
  input: NewOrganisation,
): Promise<Organisation> {
  const clean = validateOrganisation(input);
  const organisation = em.create(Organisation, {
    kind: clean.kind,
    nameZh: clean.nameZh,
    nameEn: clean.nameEn ?? null,
    creditCode: clean.creditCode ?? null,
  });
  audit(em, {
    actor,
    action: 'organisation.create',
    entityType: 'Organisation',
    entityId: organisation.id,
    after: { ...clean },
  });
  await flushWrites(em, {
    what: 'The organisation',
    field: 'creditCode',
    mapError: (error) =>
      error instanceof UniqueConstraintViolationException
        ? new AppError(
            ErrorCode.CONFLICT,
            msg`An organisation with this credit code exists already`,
            {
              field: 'creditCode',
            },
          )
        : undefined,
  });
  return organisation;
}
