import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { uuidOf } from '../../graphql/relay.js';
import { widenViewer } from '../shared/viewer-scope.js';
import { createDelegation, updateDelegation } from './delegation-setup.service.js';
import {
  CreateDelegationInput,
  RollOverDelegationInput,
  UpdateDelegationInput,
} from './delegation-setup.type.js';
import { rollOverDelegation } from './rollover.service.js';
import { delegationById } from './delegation.loader.js';
import { Delegation } from './delegation.type.js';

const BUREAU = [Role.EXPO_BUREAU];

function loadedDelegation(ctx: Context, id: string): Promise<Delegation> {
  return ctx.loaders.byIdOrNotFound(delegationById, id, 'Delegation');
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
    @Arg('input', () => CreateDelegationInput, {
      description:
        'The edition, the key, names and province, and the organisation hosting the office.',
    })
    input: CreateDelegationInput,
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
    @Arg('input', () => UpdateDelegationInput, {
      description: 'The delegation, the version you read, and what changes.',
    })
    input: UpdateDelegationInput,
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

  @Access(BUREAU)
  @Mutation(() => Delegation, {
    description:
      "Roll-over: creates the next edition's delegation of a province from its last one, in one transaction (the EXPO_BUREAU of the target edition, or ADMIN; the delegation rolled over must be one you read). Its leading group, member units with their liaison officers and designated persons, sub-delegations with their lead units and targets, duties, office contacts and office host come as a starting point; people are copied into the new delegation. Purchasers, grants and trade stay: the earlier edition's deals are followed up by the new delegation (earlierEditionDeals). CONFLICT at input.toExpoId when that edition has the province's delegation already, at input.key when the key is taken.",
  })
  async rollOverDelegation(
    @Ctx() ctx: Context,
    @Arg('input', () => RollOverDelegationInput, {
      description: 'The delegation of the earlier edition and where it goes.',
    })
    input: RollOverDelegationInput,
  ): Promise<Delegation> {
    const command = {
      ...input,
      fromDelegationId: uuidOf(input.fromDelegationId, 'Delegation', 'input.fromDelegationId'),
      toExpoId: uuidOf(input.toExpoId, 'Expo', 'input.toExpoId'),
    };
    const made = await rootedAt('input', () => rollOverDelegation(ctx, command));
    widenViewer(ctx, { delegationId: made.id, expoId: made.expoId });
    return loadedDelegation(ctx, made.id);
  }
}
