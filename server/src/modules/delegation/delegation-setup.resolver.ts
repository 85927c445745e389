import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { uuidOf } from '../../graphql/relay.js';
import { widenViewer } from '../shared/viewer-scope.js';
import { createDelegation, updateDelegation } from './delegation-setup.service.js';
import { CreateDelegationInput, UpdateDelegationInput } from './delegation-setup.type.js';
import { delegationById } from './delegation.loader.js';
import { Delegation } from './delegation.type.js';

const BUREAU = [Role.EXPO_BUREAU];

async function loadedDelegation(ctx: Context, id: string): Promise<Delegation> {
  const delegation = await ctx.loaders.byId(delegationById, id);
  if (!delegation) throw notFound('Delegation');
  return delegation;
}

/** Setting up an edition's delegations: the expo bureau's side (编制交易团). */
@Resolver(() => Delegation)
export class DelegationSetupResolver {
  @Access(BUREAU)
  @Mutation(() => Delegation, {
    description:
      'Creates a delegation of an expo edition, with the organisation hosting its office (the EXPO_BUREAU of that edition, or ADMIN). A duplicate key in the edition is a CONFLICT at input.key.',
  })
  async createDelegation(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateDelegationInput) input: CreateDelegationInput,
  ): Promise<Delegation> {
    const command = {
      ...input,
      expoId: uuidOf(input.expoId, 'Expo', 'input.expoId'),
      officeOrganisationId: optionalUuid(
        input.officeOrganisationId,
        'Organisation',
        'input.officeOrganisationId',
      ),
    };
    const made = await rootedAt('input', () => createDelegation(ctx, command));
    // the bureau's expo-wide grant covers the new delegation from now on
    widenViewer(ctx, { delegationId: made.id, expoId: made.expoId });
    return loadedDelegation(ctx, made.id);
  }

  @Access(BUREAU)
  @Mutation(() => Delegation, {
    description:
      'Changes a delegation: key, names, province, registration principle, the organisation hosting its office (the EXPO_BUREAU of its edition, or ADMIN). A stale version is a CONFLICT.',
  })
  async updateDelegation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateDelegationInput) input: UpdateDelegationInput,
  ): Promise<Delegation> {
    const command = {
      ...input,
      id: uuidOf(input.id, 'Delegation', 'input.id'),
      officeOrganisationId: optionalUuid(
        input.officeOrganisationId,
        'Organisation',
        'input.officeOrganisationId',
      ),
    };
    return loadedDelegation(ctx, await rootedAt('input', () => updateDelegation(ctx, command)));
  }
}
