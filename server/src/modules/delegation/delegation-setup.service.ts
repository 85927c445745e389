import { sql } from '../../db/sql.js';
import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { requireExpoBureau } from '../../auth/policy.js';
import { AppError, badInput, ErrorCode, notFound } from '../../graphql/errors.js';
import { audit } from '../audit/audit.service.js';
import { keyArg, optionalText, requiredText } from '../expo/expo.rules.js';
import type { EditionContext } from '../expo/expo.service.js';
import { Organisation } from '../organisation/organisation.entity.js';
import { validateOrganisation } from '../organisation/organisation.service.js';
import { inTransaction, requireVersion } from '../shared/transaction.js';
import type { CreateDelegationInput, UpdateDelegationInput } from './delegation-setup.type.js';
import { Delegation } from './delegation.entity.js';
import { msg } from '../../i18n/message.js';

/** A delegation's own fields, clean. */
interface DelegationFields {
  key: string;
  nameZh: string;
  nameEn: string;
  provinceZh: string;
  provinceEn: string;
  registrationPrincipleZh: string | null;
  registrationPrincipleEn: string | null;
}
type FieldKey = keyof DelegationFields;
const FIELD_KEYS: FieldKey[] = [
  'key',
  'nameZh',
  'nameEn',
  'provinceZh',
  'provinceEn',
  'registrationPrincipleZh',
  'registrationPrincipleEn',
];
const OPTIONAL = new Set<FieldKey>(['registrationPrincipleZh', 'registrationPrincipleEn']);

/** The same rules as the database's CHECKs (key, name lengths), reported at their field. */
function cleanField(key: FieldKey, raw: string | null | undefined): string | null {
  switch (key) {
    case 'key':
      return keyArg(raw ?? '', key);
    case 'nameZh':
      return requiredText(raw ?? '', key, 200);
    case 'nameEn':
      return requiredText(raw ?? '', key, 300);
    case 'provinceZh':
    case 'provinceEn':
      return requiredText(raw ?? '', key, 100);
    case 'registrationPrincipleZh':
    case 'registrationPrincipleEn':
      return optionalText(raw, key, 500);
  }
}

function duplicateKey(field: string): AppError {
  return new AppError(ErrorCode.CONFLICT, msg`This edition has a delegation of this key already`, {
    field,
  });
}

/** A delegation key another delegation of the edition holds is a CONFLICT at `key`. */
async function requireFreeKey(
  ctx: EditionContext,
  expoId: string,
  key: string,
  exceptId: string | null,
): Promise<void> {
  const [taken] = await ctx.query(
    sql`select 1 from delegation where expo_id = ${sql.value(expoId)} and key = ${sql.value(key)} and id is distinct from ${sql.value(exceptId)}`,
  );
  if (taken) throw duplicateKey('key');
}

const mapError = (error: unknown) => {
  if (!(error instanceof UniqueConstraintViolationException)) return undefined;
  if (error.message.includes('organisation_credit_code_key')) {
    return new AppError(
      ErrorCode.CONFLICT,
      msg`An organisation with this credit code exists already`,
      {
        field: 'officeOrganisation.creditCode',
      },
    );
  }
  if (error.message.includes('delegation_expo_id_province_en_key')) {
    return new AppError(
      ErrorCode.CONFLICT,
      msg`This edition has a delegation of this province already`,
      {
        field: 'provinceEn',
      },
    );
  }
  return duplicateKey('key');
};

async function organisationOf(ctx: EditionContext, id: string): Promise<string> {
  const [row] = await ctx.query(sql`select 1 from organisation where id = ${sql.value(id)}`);
  if (!row) throw notFound('Organisation', id);
  return id;
}

/**
 * Creates a delegation of an edition (its EXPO_BUREAU, or ADMIN), with the organisation hosting
 * its office: an existing one, or a new one registered in the same transaction. Audited.
 */
export async function createDelegation(
  ctx: EditionContext,
  input: CreateDelegationInput,
): Promise<{ id: string; expoId: string }> {
  const { expoId } = input;
  const [expo] = await ctx.query(sql`select 1 from expo where id = ${sql.value(expoId)}`);
  if (!expo) throw notFound('Expo', expoId);
  requireExpoBureau(ctx.viewer, expoId, 'create delegations');
  const fields = Object.fromEntries(
    FIELD_KEYS.map((key) => [key, cleanField(key, input[key])]),
  ) as unknown as DelegationFields;
  if ((input.officeOrganisationId == null) === (input.officeOrganisation == null)) {
    throw badInput(
      'officeOrganisationId',
      msg`Give the organisation hosting the office: officeOrganisationId or officeOrganisation, one of the two`,
    );
  }
  const newHost = input.officeOrganisation
    ? validateOrganisation(input.officeOrganisation, 'officeOrganisation')
    : null;
  const hostId = input.officeOrganisationId
    ? await organisationOf(ctx, input.officeOrganisationId)
    : null;
  await requireFreeKey(ctx, expoId, fields.key, null);
  const at = { what: 'The delegation', field: 'key', mapError };
  return inTransaction(ctx.em(), at, async (em) => {
    let officeOrganisation = hostId;
    if (newHost) {
      const host = em.create(Organisation, {
        kind: newHost.kind,
        nameZh: newHost.nameZh,
        nameEn: newHost.nameEn ?? null,
        creditCode: newHost.creditCode ?? null,
      });
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'organisation.create',
        entityType: 'Organisation',
        entityId: host.id,
        after: { ...newHost },
      });
      officeOrganisation = host.id;
    }
    const delegation = em.create(Delegation, { ...fields, expo: expoId, officeOrganisation });
    audit(em, {
      actor: ctx.viewer.actor,
      action: 'delegation.create',
      entityType: 'Delegation',
      entityId: delegation.id,
      delegationId: delegation.id,
      after: { expoId, ...fields, officeOrganisationId: officeOrganisation },
    });
    return { id: delegation.id, expoId };
  });
}

/**
 * Changes a delegation at the version the client read (the EXPO_BUREAU of its edition, or
 * ADMIN). One the viewer does not read is NOT_FOUND, as one that does not exist.
 */
export async function updateDelegation(
  ctx: EditionContext,
  input: UpdateDelegationInput,
): Promise<string> {
  const { id } = input;
  const [row] = await ctx.query<{ expoId: string }>(
    sql`select expo_id as "expoId" from delegation where id = ${sql.value(id)}`,
  );
  if (!row || !ctx.viewer.readsDelegation(id)) throw notFound('Delegation', id);
  requireExpoBureau(ctx.viewer, row.expoId, 'change delegations');
  const given = FIELD_KEYS.filter((key) => input[key] !== undefined);
  for (const key of given) {
    if (!OPTIONAL.has(key) && input[key] === null)
      throw badInput(key, msg`${key} cannot be cleared`);
  }
  const changes = Object.fromEntries(given.map((key) => [key, cleanField(key, input[key])]));
  if (input.officeOrganisationId === null) {
    throw badInput(
      'officeOrganisationId',
      msg`A delegation keeps an organisation hosting its office`,
    );
  }
  const hostId =
    input.officeOrganisationId != null
      ? await organisationOf(ctx, input.officeOrganisationId)
      : null;
  if (changes.key != null) await requireFreeKey(ctx, row.expoId, changes.key, id);
  const at = { what: 'The delegation', field: 'version', mapError };
  return inTransaction(ctx.em(), at, async (em) => {
    const delegation = await em.findOneOrFail(Delegation, { id });
    requireVersion(delegation, input.version, at);
    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    const fields = delegation as unknown as Record<FieldKey, string | null>;
    for (const key of given) {
      if (fields[key] === changes[key]) continue;
      before[key] = fields[key];
      after[key] = changes[key];
      fields[key] = changes[key]!;
    }
    const hostNow = delegation.officeOrganisation?.id ?? null;
    if (hostId && hostId !== hostNow) {
      before.officeOrganisationId = hostNow;
      after.officeOrganisationId = hostId;
      em.assign(delegation, { officeOrganisation: hostId });
    }
    if (Object.keys(after).length > 0) {
      audit(em, {
        actor: ctx.viewer.actor,
        action: 'delegation.update',
        entityType: 'Delegation',
        entityId: id,
        delegationId: id,
        before,
        after,
      });
    }
    return id;
  });
}
