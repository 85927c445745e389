import { Access } from '../../auth/access.js';
import type { GraphQLResolveInfo } from 'graphql';
import { Arg, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import { sql } from '../../db/sql.js';
import type { Context } from '../../graphql/context.js';
import { selectRows } from '../../graphql/loaders.js';
import { badInput } from '../../graphql/errors.js';
import { byIdFolded, foldedIn } from '../../graphql/lists/levels.js';
import { fromGlobalId } from '../../graphql/relay.js';
import { expoById } from '../expo/expo.loader.js';
import { Expo } from '../expo/expo.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { personById } from '../person/person.loader.js';
import { Person } from '../person/person.type.js';
import { LeadingGroupRole } from './delegation.enums.js';
import {
  contactsByDelegation,
  DELEGATIONS,
  delegationById,
  delegationsByExpo,
  leadingGroupByDelegation,
  leadsBySubDelegation,
  memberUnitById,
  memberUnitsByDelegation,
  responsibilitiesByDelegation,
  responsibilitiesByMemberUnit,
  subDelegationsByDelegation,
} from './delegation.loader.js';
import {
  Delegation,
  DelegationContact,
  LeadingGroupMember,
  MemberUnit,
  Responsibility,
  SubDelegation,
  SubDelegationLead,
  Target,
} from './delegation.type.js';
import { msg } from '../../i18n/message.js';

@Resolver(() => Delegation)
export class DelegationResolver {
  @Access('authenticated')
  @Query(() => [Delegation], {
    description: 'The delegations you may read, optionally of one expo.',
  })
  delegations(
    @Ctx() ctx: Context,
    @Arg('expoKey', () => String, {
      nullable: true,
      description: 'Only the delegations of this expo edition, by its key ("CIIE-5").',
    })
    expoKey?: string,
  ): Promise<Delegation[]> {
    return ctx.query<Delegation>(
      selectRows(DELEGATIONS, ctx.viewer, {
        joins: sql`join expo e on e.id = d.expo_id`,
        where: expoKey == null ? sql.true : sql`e.key = ${sql.value(expoKey)}`,
        order: sql`e.starts_on desc, d.key`,
      }),
    );
  }

  @Access('authenticated')
  @Query(() => Delegation, {
    nullable: true,
    description: 'One delegation, by ID or by expo key and delegation key ("CIIE-5", "QH").',
  })
  async delegation(
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
    @Arg('id', () => ID, {
      nullable: true,
      description: "The delegation's global ID; or give expoKey and key.",
    })
    id?: string,
    @Arg('expoKey', () => String, {
      nullable: true,
      description: 'The expo edition\'s key, e.g. "CIIE-5" (with key).',
    })
    expoKey?: string,
    @Arg('key', () => String, {
      nullable: true,
      description: 'The delegation\'s key within the edition, e.g. "QH" (with expoKey).',
    })
    key?: string,
  ): Promise<Delegation | null> {
    if (id != null) {
      if (expoKey != null || key != null)
        throw badInput('id', msg`Give either id or expoKey and key`);
      const decoded = fromGlobalId(id, 'Delegation');
      return decoded ? byIdFolded(ctx, delegationById, decoded.id, info) : null;
    }
    if (expoKey == null || key == null)
      throw badInput(expoKey == null ? 'expoKey' : 'key', msg`Give either id or expoKey and key`);
    const [row] = await ctx.query<Delegation>(
      selectRows(DELEGATIONS, ctx.viewer, {
        joins: sql`join expo e on e.id = d.expo_id`,
        where: sql`e.key = ${sql.value(expoKey)} and d.key = ${sql.value(key)}`,
      }),
    );
    return row ?? null;
  }

  @FieldResolver(() => Expo, { description: 'The expo edition the delegation goes to.' })
  expo(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<Expo | null> {
    return ctx.loaders.byId(expoById, delegation.expoId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The organisation hosting the leading group office.',
  })
  officeHost(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return delegation.officeOrganisationId
      ? ctx.loaders.byId(organisationById, delegation.officeOrganisationId)
      : null;
  }

  @FieldResolver(() => [DelegationContact], {
    description: 'The contacts of the delegation office, for enquiries and registration.',
  })
  contacts(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<DelegationContact[]> {
    return ctx.loaders.many(contactsByDelegation, delegation.id);
  }

  @FieldResolver(() => [LeadingGroupMember], {
    description:
      'The leading group (领导小组) by rank: leader, deputies, secretary-general, members.',
  })
  async leadingGroup(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Arg('role', () => LeadingGroupRole, {
      nullable: true,
      description: 'Only the members holding this role.',
    })
    role?: LeadingGroupRole,
  ): Promise<LeadingGroupMember[]> {
    const members = await ctx.loaders.many(leadingGroupByDelegation, delegation.id);
    return role == null ? members : members.filter((member) => member.role === role);
  }

  @FieldResolver(() => [MemberUnit], { description: 'The member units (成员单位).' })
  memberUnits(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<MemberUnit[]> {
    return ctx.loaders.many(memberUnitsByDelegation, delegation.id);
  }

  @FieldResolver(() => [SubDelegation], {
    description: 'The sector sub-delegations (交易分团), in the order the plan lists them.',
  })
  subDelegations(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ): SubDelegation[] | Promise<SubDelegation[]> {
    return (
      foldedIn<SubDelegation[]>(delegation, info) ??
      ctx.loaders.many(subDelegationsByDelegation, delegation.id)
    );
  }

  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description: 'One sub-delegation, by its key; null when there is none.',
  })
  async subDelegation(
    @Root() delegation: Delegation,
    @Ctx() ctx: Context,
    @Arg('key', () => String, { description: 'The sub-delegation\'s key, e.g. "COMMERCE".' })
    key: string,
  ): Promise<SubDelegation | null> {
    const all = await ctx.loaders.many(subDelegationsByDelegation, delegation.id);
    return all.find((sub) => sub.key === key) ?? null;
  }

  @FieldResolver(() => [Responsibility], { description: "Every member unit's duties (任务分工)." })
  responsibilities(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<Responsibility[]> {
    return ctx.loaders.many(responsibilitiesByDelegation, delegation.id);
  }
}

@Resolver(() => Expo)
export class ExpoDelegationsResolver {
  @FieldResolver(() => [Delegation], {
    description: 'The delegations to this edition that you may read.',
  })
  delegations(@Root() expo: Expo, @Ctx() ctx: Context): Promise<Delegation[]> {
    return ctx.loaders.many(delegationsByExpo, expo.id);
  }
}

@Resolver(() => DelegationContact)
export class DelegationContactResolver {
  @FieldResolver(() => Person, { description: 'The contact person.' })
  person(@Root() contact: DelegationContact, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.byId(personById, contact.personId);
  }
}

@Resolver(() => MemberUnit)
export class MemberUnitResolver {
  @FieldResolver(() => Organisation, { description: "The member unit's organisation." })
  organisation(@Root() unit: MemberUnit, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, unit.organisationId);
  }

  @FieldResolver(() => Person, { nullable: true, description: 'Liaison officer (联络员).' })
  liaison(@Root() unit: MemberUnit, @Ctx() ctx: Context): Promise<Person | null> | null {
    return unit.liaisonPersonId ? ctx.loaders.byId(personById, unit.liaisonPersonId) : null;
  }

  @FieldResolver(() => [Responsibility], { description: 'The duties this unit carries.' })
  responsibilities(@Root() unit: MemberUnit, @Ctx() ctx: Context): Promise<Responsibility[]> {
    return ctx.loaders.many(responsibilitiesByMemberUnit, unit.id);
  }
}

@Resolver(() => LeadingGroupMember)
export class LeadingGroupMemberResolver {
  @FieldResolver(() => Person, { description: 'The person holding the role.' })
  person(@Root() member: LeadingGroupMember, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.byId(personById, member.personId);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the role is held for.' })
  organisation(
    @Root() member: LeadingGroupMember,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, member.organisationId);
  }

  @FieldResolver(() => MemberUnit, { description: 'The member unit the role is held for.' })
  memberUnit(@Root() member: LeadingGroupMember, @Ctx() ctx: Context): Promise<MemberUnit | null> {
    return ctx.loaders.byId(memberUnitById, member.memberUnitId);
  }
}

@Resolver(() => Responsibility)
export class ResponsibilityResolver {
  @FieldResolver(() => Organisation, { description: 'The organisation carrying the duty.' })
  organisation(@Root() duty: Responsibility, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, duty.organisationId);
  }
}

@Resolver(() => SubDelegation)
export class SubDelegationResolver {
  @FieldResolver(() => Delegation, { description: 'The delegation it belongs to.' })
  delegation(@Root() sub: SubDelegation, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, sub.delegationId);
  }

  @FieldResolver(() => [SubDelegationLead], { description: 'Lead units (牵头单位).' })
  leads(@Root() sub: SubDelegation, @Ctx() ctx: Context): Promise<SubDelegationLead[]> {
    return ctx.loaders.many(leadsBySubDelegation, sub.id);
  }

  @FieldResolver(() => Target, {
    nullable: true,
    description: 'A target shared by co-leads (Industry: Industry & IT with SASAC), if any.',
  })
  sharedTarget(@Root() sub: SubDelegation): Target | null {
    return sub.sharedTargetMin == null
      ? null
      : { min: sub.sharedTargetMin, of: sub.sharedTargetOf };
  }
}

@Resolver(() => SubDelegationLead)
export class SubDelegationLeadResolver {
  @FieldResolver(() => Organisation, { description: "The lead unit's organisation." })
  organisation(@Root() lead: SubDelegationLead, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, lead.organisationId);
  }

  @FieldResolver(() => Target, { nullable: true, description: "The lead's own minimum target." })
  target(@Root() lead: SubDelegationLead): Target | null {
    return lead.targetMin == null ? null : { min: lead.targetMin, of: lead.targetOf };
  }
}
