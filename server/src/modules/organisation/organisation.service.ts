import { UniqueConstraintViolationException } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';
import { AppError, badInput, ErrorCode } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { flushWrites } from '../shared/transaction.js';
import { creditCodeProblem } from './credit-code.js';
import { Organisation } from './organisation.entity.js';
import type { OrganisationKind } from './organisation.enums.js';

export interface NewOrganisation {
  kind: OrganisationKind;
  nameZh: string;
  nameEn?: string | null;
  creditCode?: string | null;
}

/** Trims and checks a new organisation; throws BAD_USER_INPUT naming the field at fault. */
export function validateOrganisation(input: NewOrganisation, path = 'input'): NewOrganisation {
  const nameZh = input.nameZh.trim();
  if (nameZh.length < 1 || nameZh.length > 200) {
    throw badInput(`${path}.nameZh`, 'nameZh must have 1 to 200 characters');
  }
  const nameEn = input.nameEn?.trim() || null;
  if (nameEn && nameEn.length > 300)
    throw badInput(`${path}.nameEn`, 'nameEn must have at most 300 characters');
  const creditCode = input.creditCode?.trim().toUpperCase() || null;
  if (creditCode) {
    const problem = creditCodeProblem(creditCode);
    if (problem)
      throw badInput(
        `${path}.creditCode`,
        `creditCode is not a valid unified social credit code: ${problem}`,
      );
  }
  return { kind: input.kind, nameZh, nameEn, creditCode };
}

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
    field: 'input.creditCode',
    mapError: (error) =>
      error instanceof UniqueConstraintViolationException
        ? new AppError(ErrorCode.CONFLICT, 'An organisation with this credit code exists already', {
            field: 'input.creditCode',
          })
        : undefined,
  });
  return organisation;
}
