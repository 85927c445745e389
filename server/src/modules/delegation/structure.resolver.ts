import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { notFound } from '../../graphql/errors.js';
import { rootedAt } from '../../graphql/paths.js';
import { uuidOf } from '../../graphql/relay.js';
import { AuditEvent } from '../audit/audit.type.js';
import { personById } from '../person/person.loader.js';
import { Person } from '../person/person.type.js';
import {
  delegationById,
  leadById,
  leadingGroupMemberById,
  memberUnitById,
  responsibilityById,
  subDelegationById,
} from './delegation.loader.js';
import {
  Delegation,
  LeadingGroupMember,
  MemberUnit,
  Responsibility,
  SubDelegation,
  SubDelegationLead,
} from './delegation.type.js';
import { structureHistoryByDelegation } from './structure.history.js';
import {
  AddLeadingGroupMemberInput,
  AddMemberUnitInput,
  AddResponsibilityInput,
  AddSubDelegationInput,
  AddSubDelegationLeadInput,
  type PersonInput,
  RemoveLeadingGroupMemberInput,
  RemoveMemberUnitInput,
  RemoveResponsibilityInput,
  RemoveSubDelegationInput,
  RemoveSubDelegationLeadInput,
  UpdateLeadingGroupMemberInput,
  UpdateMemberUnitInput,
  UpdateResponsibilityInput,
  UpdateSubDelegationInput,
  UpdateSubDelegationLeadInput,
} from './structure.input.js';
import * as structure from './structure.service.js';

/**
 * A delegation's structure, changed by its office (DELEGATION_OFFICE of that delegation, and
 * ADMIN): the resolver maps global IDs (NOT_FOUND at their input path) and roots the service's
 * field paths at `input`; the service checks, writes and audits in one transaction.
 */

const OFFICE = [Role.DELEGATION_OFFICE];

/** The UUID of a global ID the client gave at `input.<key>`; NOT_FOUND naming it otherwise. */
const idAt = (globalId: string, type: string, key: string) =>
  uuidOf(globalId, type, `input.${key}`);

const atInput = <T>(work: () => Promise<T>): Promise<T> => rootedAt('input', work);

/** A person reference with its ID as a UUID (given at `input.<key>.personId`). */
function personAt(person: PersonInput | null | undefined, key: string) {
  if (!person) return person;
  return {
    ...person,
    personId: person.personId ? idAt(person.personId, 'Person', `${key}.personId`) : null,
  };
}

/** The record as the viewer now reads it (the request's loaders have not seen it yet). */
async function written<T extends { id: string }>(
  ctx: Context,
  load: (ctx: Context, id: string) => Promise<T | null>,
  id: string,
  what: string,
): Promise<T> {
  const row = await load(ctx, id);
  if (!row) throw notFound(what);
  return row;
}

const readDelegation = (ctx: Context, id: string) => ctx.loaders.byId(delegationById, id);
const readMember = (ctx: Context, id: string) => ctx.loaders.byId(leadingGroupMemberById, id);
const readUnit = (ctx: Context, id: string) => ctx.loaders.byId(memberUnitById, id);
const readSub = (ctx: Context, id: string) => ctx.loaders.byId(subDelegationById, id);
const readLead = (ctx: Context, id: string) => ctx.loaders.byId(leadById, id);
const readDuty = (ctx: Context, id: string) => ctx.loaders.byId(responsibilityById, id);

@Resolver()
export class DelegationStructureResolver {
  // ---------------------------------------------------------------------------- leading group

  @Access(OFFICE)
  @Mutation(() => LeadingGroupMember, {
    description:
      'Adds a person (of the delegation, or new) to the leading group for a member unit. One ' +
      'LEADER, at most one SECRETARY_GENERAL: a second is BAD_USER_INPUT at input.role.',
  })
  async addLeadingGroupMember(
    @Ctx() ctx: Context,
    @Arg('input', () => AddLeadingGroupMemberInput, {
      description: 'The person, the member unit they stand for, the role and title.',
    })
    input: AddLeadingGroupMemberInput,
  ): Promise<LeadingGroupMember> {
    const command = {
      ...input,
      memberUnitId: idAt(input.memberUnitId, 'MemberUnit', 'memberUnitId'),
      person: personAt(input.person, 'person')!,
    };
    const id = await atInput(() => structure.addLeadingGroupMember(ctx.em(), ctx.viewer, command));
    return written(ctx, readMember, id, 'Leading group member');
  }

  @Access(OFFICE)
  @Mutation(() => LeadingGroupMember, {
    description:
      "Corrects a leading group member: person, role, titles, the member unit, position. The leader's role stays; give the leader another person to hand it over.",
  })
  async updateLeadingGroupMember(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateLeadingGroupMemberInput, {
      description: 'The member, the version you saw, and what changes.',
    })
    input: UpdateLeadingGroupMemberInput,
  ): Promise<LeadingGroupMember> {
    const command = {
      ...input,
      memberId: idAt(input.memberId, 'LeadingGroupMember', 'memberId'),
      memberUnitId: input.memberUnitId
        ? idAt(input.memberUnitId, 'MemberUnit', 'memberUnitId')
        : null,
      person: personAt(input.person, 'person'),
    };
    const id = await atInput(() =>
      structure.updateLeadingGroupMember(ctx.em(), ctx.viewer, command),
    );
    return written(ctx, readMember, id, 'Leading group member');
  }

  @Access(OFFICE)
  @Mutation(() => Delegation, {
    description:
      'Removes a member from the leading group (the leader only as its last member). Returns the delegation.',
  })
  async removeLeadingGroupMember(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveLeadingGroupMemberInput, {
      description: 'The member and the version you saw.',
    })
    input: RemoveLeadingGroupMemberInput,
  ): Promise<Delegation> {
    const command = {
      id: idAt(input.memberId, 'LeadingGroupMember', 'memberId'),
      version: input.version,
    };
    const id = await atInput(() =>
      structure.removeLeadingGroupMember(ctx.em(), ctx.viewer, command),
    );
    return written(ctx, readDelegation, id, 'Delegation');
  }

  // ----------------------------------------------------------------------------- member units

  @Access(OFFICE)
  @Mutation(() => MemberUnit, {
    description:
      'Adds an organisation to the leading group as a member unit, with its liaison officer (联络员) and designated person (专人).',
  })
  async addMemberUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => AddMemberUnitInput, {
      description: 'The delegation, the organisation and its liaison officer.',
    })
    input: AddMemberUnitInput,
  ): Promise<MemberUnit> {
    const command = {
      ...input,
      delegationId: idAt(input.delegationId, 'Delegation', 'delegationId'),
      organisationId: idAt(input.organisationId, 'Organisation', 'organisationId'),
      liaison: personAt(input.liaison, 'liaison'),
      designatedPerson: personAt(input.designatedPerson, 'designatedPerson'),
    };
    const id = await atInput(() => structure.addMemberUnit(ctx.em(), ctx.viewer, command));
    return written(ctx, readUnit, id, 'Member unit');
  }

  @Access(OFFICE)
  @Mutation(() => MemberUnit, {
    description: "Changes a member unit's liaison officer, designated person or position.",
  })
  async updateMemberUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateMemberUnitInput, {
      description: 'The member unit, the version you saw, and what changes.',
    })
    input: UpdateMemberUnitInput,
  ): Promise<MemberUnit> {
    const command = {
      ...input,
      memberUnitId: idAt(input.memberUnitId, 'MemberUnit', 'memberUnitId'),
      liaison: personAt(input.liaison, 'liaison'),
      designatedPerson: personAt(input.designatedPerson, 'designatedPerson'),
    };
    const id = await atInput(() => structure.updateMemberUnit(ctx.em(), ctx.viewer, command));
    return written(ctx, readUnit, id, 'Member unit');
  }

  @Access(OFFICE)
  @Mutation(() => Delegation, {
    description:
      'Removes a member unit and its duties. IN_USE while it hosts the office, stands for a ' +
      'leading group member, leads a sub-delegation, invited purchasers or has grants.',
  })
  async removeMemberUnit(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveMemberUnitInput, {
      description: 'The member unit and the version you saw.',
    })
    input: RemoveMemberUnitInput,
  ): Promise<Delegation> {
    const command = {
      id: idAt(input.memberUnitId, 'MemberUnit', 'memberUnitId'),
      version: input.version,
    };
    const id = await atInput(() => structure.removeMemberUnit(ctx.em(), ctx.viewer, command));
    return written(ctx, readDelegation, id, 'Delegation');
  }

  // -------------------------------------------------------------------------- sub-delegations

  @Access(OFFICE)
  @Mutation(() => SubDelegation, {
    description:
      'Adds a sub-delegation (交易分团) with its lead units: a target per lead, or one shared by co-leads.',
  })
  async addSubDelegation(
    @Ctx() ctx: Context,
    @Arg('input', () => AddSubDelegationInput, {
      description: 'The delegation, the key and names, targets and lead units.',
    })
    input: AddSubDelegationInput,
  ): Promise<SubDelegation> {
    const command = {
      ...input,
      delegationId: idAt(input.delegationId, 'Delegation', 'delegationId'),
      leads: input.leads?.map((lead, i) => ({
        ...lead,
        organisationId: idAt(lead.organisationId, 'Organisation', `leads.${i}.organisationId`),
      })),
    };
    const id = await atInput(() => structure.addSubDelegation(ctx.em(), ctx.viewer, command));
    return written(ctx, readSub, id, 'Sub-delegation');
  }

  @Access(OFFICE)
  @Mutation(() => SubDelegation, {
    description:
      'Changes a sub-delegation: key, names, focus, shared target, position, or makes it the one receiving purchasers of units without one.',
  })
  async updateSubDelegation(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateSubDelegationInput, {
      description: 'The sub-delegation, the version you saw, and what changes.',
    })
    input: UpdateSubDelegationInput,
  ): Promise<SubDelegation> {
    const command = {
      ...input,
      subDelegationId: idAt(input.subDelegationId, 'SubDelegation', 'subDelegationId'),
    };
    const id = await atInput(() => structure.updateSubDelegation(ctx.em(), ctx.viewer, command));
    return written(ctx, readSub, id, 'Sub-delegation');
  }

  @Access(OFFICE)
  @Mutation(() => Delegation, {
    description:
      'Removes a sub-delegation and its lead units. IN_USE while it has purchasers or grants; ' +
      'refused while it receives purchasers of units without one.',
  })
  async removeSubDelegation(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveSubDelegationInput, {
      description: 'The sub-delegation and the version you saw.',
    })
    input: RemoveSubDelegationInput,
  ): Promise<Delegation> {
    const command = {
      id: idAt(input.subDelegationId, 'SubDelegation', 'subDelegationId'),
      version: input.version,
    };
    const id = await atInput(() => structure.removeSubDelegation(ctx.em(), ctx.viewer, command));
    return written(ctx, readDelegation, id, 'Delegation');
  }

  @Access(OFFICE)
  @Mutation(() => SubDelegationLead, {
    description: 'Adds a lead unit (牵头单位, a member unit) to a sub-delegation.',
  })
  async addSubDelegationLead(
    @Ctx() ctx: Context,
    @Arg('input', () => AddSubDelegationLeadInput, {
      description: "The sub-delegation, the lead's organisation and its target.",
    })
    input: AddSubDelegationLeadInput,
  ): Promise<SubDelegationLead> {
    const command = {
      ...input,
      subDelegationId: idAt(input.subDelegationId, 'SubDelegation', 'subDelegationId'),
      organisationId: idAt(input.organisationId, 'Organisation', 'organisationId'),
    };
    const id = await atInput(() => structure.addSubDelegationLead(ctx.em(), ctx.viewer, command));
    return written(ctx, readLead, id, 'Lead unit');
  }

  @Access(OFFICE)
  @Mutation(() => SubDelegationLead, {
    description: "Changes a lead unit's own target (0 or more) or position.",
  })
  async updateSubDelegationLead(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateSubDelegationLeadInput, {
      description: 'The lead unit, the version you saw, and what changes.',
    })
    input: UpdateSubDelegationLeadInput,
  ): Promise<SubDelegationLead> {
    const command = { ...input, leadId: idAt(input.leadId, 'SubDelegationLead', 'leadId') };
    const id = await atInput(() =>
      structure.updateSubDelegationLead(ctx.em(), ctx.viewer, command),
    );
    return written(ctx, readLead, id, 'Lead unit');
  }

  @Access(OFFICE)
  @Mutation(() => SubDelegation, {
    description:
      'Removes a lead unit from its sub-delegation (returned). IN_USE while purchasers are attributed to it or grants act for it.',
  })
  async removeSubDelegationLead(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveSubDelegationLeadInput, {
      description: 'The lead unit and the version you saw.',
    })
    input: RemoveSubDelegationLeadInput,
  ): Promise<SubDelegation> {
    const command = {
      id: idAt(input.leadId, 'SubDelegationLead', 'leadId'),
      version: input.version,
    };
    const id = await atInput(() =>
      structure.removeSubDelegationLead(ctx.em(), ctx.viewer, command),
    );
    return written(ctx, readSub, id, 'Sub-delegation');
  }

  // ------------------------------------------------------------------------- responsibilities

  @Access(OFFICE)
  @Mutation(() => Responsibility, {
    description: 'Adds a duty (任务分工) to a member unit, in English and Chinese.',
  })
  async addResponsibility(
    @Ctx() ctx: Context,
    @Arg('input', () => AddResponsibilityInput, { description: 'The member unit and the duty.' })
    input: AddResponsibilityInput,
  ): Promise<Responsibility> {
    const command = {
      ...input,
      memberUnitId: idAt(input.memberUnitId, 'MemberUnit', 'memberUnitId'),
    };
    const id = await atInput(() => structure.addResponsibility(ctx.em(), ctx.viewer, command));
    return written(ctx, readDuty, id, 'Responsibility');
  }

  @Access(OFFICE)
  @Mutation(() => Responsibility, { description: 'Changes a duty: its texts or position.' })
  async updateResponsibility(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateResponsibilityInput, {
      description: 'The duty, the version you saw, and what changes.',
    })
    input: UpdateResponsibilityInput,
  ): Promise<Responsibility> {
    const command = {
      ...input,
      responsibilityId: idAt(input.responsibilityId, 'Responsibility', 'responsibilityId'),
    };
    const id = await atInput(() => structure.updateResponsibility(ctx.em(), ctx.viewer, command));
    return written(ctx, readDuty, id, 'Responsibility');
  }

  @Access(OFFICE)
  @Mutation(() => MemberUnit, {
    description: 'Removes a duty from its member unit (returned).',
  })
  async removeResponsibility(
    @Ctx() ctx: Context,
    @Arg('input', () => RemoveResponsibilityInput, {
      description: 'The duty and the version you saw.',
    })
    input: RemoveResponsibilityInput,
  ): Promise<MemberUnit> {
    const command = {
      id: idAt(input.responsibilityId, 'Responsibility', 'responsibilityId'),
      version: input.version,
    };
    const id = await atInput(() => structure.removeResponsibility(ctx.em(), ctx.viewer, command));
    return written(ctx, readUnit, id, 'Member unit');
  }
}

@Resolver(() => MemberUnit)
export class MemberUnitDesignatedPersonResolver {
  @FieldResolver(() => Person, { nullable: true, description: 'Designated person (专人).' })
  designatedPerson(@Root() unit: MemberUnit, @Ctx() ctx: Context): Promise<Person | null> | null {
    return unit.designatedPersonId ? ctx.loaders.byId(personById, unit.designatedPersonId) : null;
  }
}

@Resolver(() => Delegation)
export class DelegationStructureHistoryResolver {
  @FieldResolver(() => [AuditEvent], {
    description:
      "Every change to the delegation's structure (leading group, member units, sub-delegations, lead units, duties, people added), oldest first.",
  })
  structureHistory(@Root() delegation: Delegation, @Ctx() ctx: Context): Promise<AuditEvent[]> {
    return ctx.loaders.many(structureHistoryByDelegation, delegation.id);
  }
}
