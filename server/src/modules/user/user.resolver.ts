import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { rootedAt } from '../../graphql/paths.js';
import { InOrderIds, toGlobalId, uuidOf } from '../../graphql/relay.js';
import { Delegation, SubDelegationLead } from '../delegation/delegation.type.js';
import { delegationById, leadById } from '../delegation/delegation.loader.js';
import { exhibitorById } from '../exhibitor/exhibitor.loader.js';
import { Exhibitor } from '../exhibitor/exhibitor.type.js';
import { grantsByUser } from './user.loader.js';
import {
  createUser,
  grantRole,
  issueUserToken,
  revokeRole,
  revokeToken,
  setUserDisabled,
} from './user.service.js';
import {
  CreateUserInput,
  GrantRoleInput,
  IssuedToken,
  IssueTokenInput,
  RoleGrant,
  User,
  ViewerInfo,
} from './user.type.js';

/** Who manages users: delegation offices, and expo bureaus (exhibitors' representatives). */
const OFFICE = [Role.DELEGATION_OFFICE, Role.EXPO_BUREAU];

@Resolver(() => User)
export class UserResolver {
  @Access('public')
  @Query(() => ViewerInfo, {
    nullable: true,
    description: 'Who you are and your grants; null without a token.',
  })
  viewer(@Ctx() ctx: Context): ViewerInfo | null {
    const { user, grants } = ctx.viewer;
    if (!user) return null;
    return {
      user: { id: user.id, name: user.name, disabled: false, delegationId: null },
      grants: grants.map((g) => ({ ...g, userId: user.id, grantedBy: '' })),
    };
  }

  @Access(OFFICE)
  @Mutation(() => User, { description: 'Creates a user in a delegation (ADMIN: anywhere).' })
  async createUser(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateUserInput, {
      description: "The user's name and who manages them (a delegation, or an edition).",
    })
    input: CreateUserInput,
  ): Promise<User> {
    const ids = new InOrderIds();
    const command = {
      name: input.name,
      delegationId: input.delegationId
        ? ids.uuid(input.delegationId, 'Delegation', 'input.delegationId')
        : null,
      expoId: input.expoId ? ids.uuid(input.expoId, 'Expo', 'input.expoId') : null,
    };
    const user = await ids.run(() =>
      rootedAt('input', () => createUser(ctx.em(), ctx.viewer, command)),
    );
    return {
      id: user.id,
      name: user.name,
      disabled: user.disabled,
      delegationId: user.delegation?.id ?? null,
    };
  }

  @Access(OFFICE)
  @Mutation(() => RoleGrant, {
    description: 'Grants a role bound to a scope; never above your own.',
  })
  async grantRole(
    @Ctx() ctx: Context,
    @Arg('input', () => GrantRoleInput, {
      description: 'The user, the role and exactly the scope it is bound to.',
    })
    input: GrantRoleInput,
  ): Promise<RoleGrant> {
    const ids = new InOrderIds();
    const command = {
      userId: ids.uuid(input.userId, 'User', 'input.userId'),
      role: input.role,
      expoId: ids.optional(input.expoId, 'Expo', 'input.expoId'),
      delegationId: ids.optional(input.delegationId, 'Delegation', 'input.delegationId'),
      subDelegationId: ids.optional(
        input.subDelegationId,
        'SubDelegation',
        'input.subDelegationId',
      ),
      leadOrganisationId: ids.optional(
        input.leadOrganisationId,
        'Organisation',
        'input.leadOrganisationId',
      ),
      organisationId: ids.optional(input.organisationId, 'Organisation', 'input.organisationId'),
      purchaserId: ids.optional(input.purchaserId, 'Purchaser', 'input.purchaserId'),
      exhibitorId: ids.optional(input.exhibitorId, 'Exhibitor', 'input.exhibitorId'),
      // a scope ID that is no ID is refused where the scope is read, as when decoded there
      knownMissing: ids.knownMissing,
    };
    const grant = await ids.run(() =>
      rootedAt('input', () => grantRole(ctx.em(), ctx.viewer, command)),
    );
    ctx.app.authenticator.invalidate();
    return {
      id: grant.id,
      userId: grant.user.id,
      role: grant.role,
      expoId: grant.expo?.id ?? null,
      delegationId: grant.delegation?.id ?? null,
      subDelegationId: grant.subDelegation?.id ?? null,
      leadId: grant.lead?.id ?? null,
      organisationId: grant.organisation?.id ?? null,
      purchaserId: grant.purchaser?.id ?? null,
      exhibitorId: grant.exhibitor?.id ?? null,
      grantedBy: grant.grantedBy,
    };
  }

  @Access(OFFICE)
  @Mutation(() => ID, { description: 'Revokes a grant; returns its ID.' })
  async revokeRole(
    @Ctx() ctx: Context,
    @Arg('grantId', () => ID, { description: 'The grant to revoke.' }) grantId: string,
  ): Promise<string> {
    await revokeRole(ctx.em(), ctx.viewer, uuidOf(grantId, 'RoleGrant', 'grantId'));
    ctx.app.authenticator.invalidate();
    return grantId;
  }

  @Access(OFFICE)
  @Mutation(() => IssuedToken, { description: 'Issues a bearer token for a user you manage.' })
  issueToken(
    @Ctx() ctx: Context,
    @Arg('input', () => IssueTokenInput, { description: 'The user and how long the token lasts.' })
    input: IssueTokenInput,
  ): Promise<IssuedToken> {
    const ids = new InOrderIds();
    const command = { userId: ids.uuid(input.userId, 'User', 'input.userId'), hours: input.hours };
    return ids.run(() =>
      rootedAt('input', () => issueUserToken(ctx.em(), ctx.viewer, ctx.app.signingKey, command)),
    );
  }

  @Access('authenticated')
  @Mutation(() => Boolean, {
    description: 'Revokes a token: your own, or one of a user you manage.',
  })
  async revokeToken(
    @Ctx() ctx: Context,
    @Arg('jti', () => ID, { description: "The token's id (jti), as issueToken gave it." })
    jti: string,
    @Arg('userId', () => ID, {
      nullable: true,
      description: "The token's user, when it is not your own token.",
    })
    userId?: string,
  ): Promise<boolean> {
    // the user is looked up only for a token other than your own: decoded in the service's order
    const ids = new InOrderIds();
    const command = { jti, userId: userId ? ids.uuid(userId, 'User', 'userId') : null };
    const done = await ids.run(() => revokeToken(ctx.em(), ctx.viewer, command));
    ctx.app.authenticator.invalidate();
    return done;
  }

  @Access(OFFICE)
  @Mutation(() => User, {
    description: "Disables or re-enables a user; a disabled user's tokens stop working.",
  })
  async setUserDisabled(
    @Ctx() ctx: Context,
    @Arg('userId', () => ID, { description: 'The user to disable or re-enable.' }) userId: string,
    @Arg('disabled', () => Boolean, {
      description: 'true: disabled (their tokens stop working); false: enabled again.',
    })
    disabled: boolean,
  ): Promise<User> {
    const user = await setUserDisabled(
      ctx.em(),
      ctx.viewer,
      uuidOf(userId, 'User', 'userId'),
      disabled,
    );
    ctx.app.authenticator.invalidate();
    return {
      id: user.id,
      name: user.name,
      disabled: user.disabled,
      delegationId: user.delegation?.id ?? null,
    };
  }

  @FieldResolver(() => [RoleGrant], { description: "The user's role grants." })
  grants(@Root() user: User, @Ctx() ctx: Context): Promise<RoleGrant[]> {
    return ctx.loaders.many(grantsByUser, user.id);
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description:
      'The delegation whose office manages the user; null for platform or edition users.',
  })
  delegation(@Root() user: User, @Ctx() ctx: Context): Promise<Delegation | null> | null {
    return user.delegationId ? ctx.loaders.byId(delegationById, user.delegationId) : null;
  }
}

@Resolver(() => RoleGrant)
export class RoleGrantResolver {
  @FieldResolver(() => ID, {
    nullable: true,
    description:
      'Global ID of the scope object the role is bound to (SUB_DELEGATION_LEAD: its SubDelegationLead).',
  })
  scopeId(@Root() grant: RoleGrant): string | null {
    const [type, id] = grant.exhibitorId
      ? ['Exhibitor', grant.exhibitorId]
      : grant.purchaserId
        ? ['Purchaser', grant.purchaserId]
        : grant.leadId
          ? ['SubDelegationLead', grant.leadId]
          : grant.organisationId
            ? ['Organisation', grant.organisationId]
            : grant.delegationId
              ? ['Delegation', grant.delegationId]
              : grant.expoId
                ? ['Expo', grant.expoId]
                : [null, null];
    return type && id ? toGlobalId(type, id) : null;
  }

  @FieldResolver(() => Exhibitor, {
    nullable: true,
    description: 'EXHIBITOR: the exhibitor the grant represents.',
  })
  exhibitor(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Exhibitor | null> | null {
    return grant.exhibitorId ? ctx.loaders.byId(exhibitorById, grant.exhibitorId) : null;
  }

  @FieldResolver(() => Delegation, {
    nullable: true,
    description:
      'The delegation the grant is bound to (or lies in); null for expo-wide and platform grants.',
  })
  delegation(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<Delegation | null> | null {
    return grant.delegationId ? ctx.loaders.byId(delegationById, grant.delegationId) : null;
  }

  @FieldResolver(() => SubDelegationLead, {
    nullable: true,
    description:
      'SUB_DELEGATION_LEAD: the lead unit (sub-delegation and organisation) it acts for.',
  })
  lead(@Root() grant: RoleGrant, @Ctx() ctx: Context): Promise<SubDelegationLead | null> | null {
    return grant.leadId ? ctx.loaders.byId(leadById, grant.leadId) : null;
  }
}
