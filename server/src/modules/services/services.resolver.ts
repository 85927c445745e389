import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { optionalUuid, rootedAt } from '../../graphql/paths.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { delegationById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation } from '../delegation/delegation.type.js';
import { dealById } from '../deal/deal.loader.js';
import { Deal } from '../deal/deal.type.js';
import { needById } from '../need/need.loader.js';
import { ProcurementNeed } from '../need/need.type.js';
import { personById } from '../person/person.loader.js';
import { Person } from '../person/person.type.js';
import { purchaserById } from '../purchaser/purchaser.loader.js';
import { Purchaser } from '../purchaser/purchaser.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { FundingStatus, IncidentStatus, SubDelegationContactKind } from './services.enums.js';
import {
  customsConsultationList,
  emergencyPlanList,
  fundingRequestList,
  healthIncidentList,
  protocolRequestList,
  publicityRecordList,
} from './services.list.js';
import {
  contactsBySubDelegation,
  customsConsultationById,
  emergencyPlanById,
  fundingRequestById,
  plansInForceByDelegation,
  subDelegationContactById,
  healthIncidentById,
  protocolRequestById,
  publicityRecordById,
} from './services.loader.js';
import {
  answerQuestion,
  askCustoms,
  askProtocol,
  moveFunding,
  recordPublicity,
  updatePublicity,
  deletePublicity,
  moveHealthIncident,
  openHealthIncident,
  requestFunding,
  approveEmergencyPlan,
  createEmergencyPlan,
  designateSubDelegationContact,
  updateEmergencyPlan,
} from './services.service.js';
import {
  AnswerQuestionInput,
  AskCustomsInput,
  AskProtocolInput,
  CustomsConsultation,
  ProtocolRequest,
  PublicityRecord,
  RecordPublicityInput,
  UpdatePublicityInput,
  CloseHealthIncidentInput,
  FundingRequest,
  HealthIncident,
  OpenHealthIncidentInput,
  RespondHealthIncidentInput,
  RejectFundingInput,
  RequestFundingInput,
  ReviewFundingInput,
  ApproveEmergencyPlanInput,
  CreateEmergencyPlanInput,
  DesignateSubDelegationContactInput,
  EmergencyPlan,
  SubDelegationContact,
  UpdateEmergencyPlanInput,
} from './services.type.js';

/** Who asks the service departments: the office and the member units. */
const ASKERS = [Role.DELEGATION_OFFICE, Role.MEMBER_UNIT];
/**
 * Who reaches a service department's decisions: the askers; the service itself then lets only
 * the department's service units (and ADMIN) decide, after the record is found in the
 * viewer's read scope (so another delegation's office is told NOT_FOUND, this one's FORBIDDEN).
 */
const DEPARTMENT = ASKERS;

const FundingConnection = connectionType(FundingRequest, 'FundingRequest');
const FundingArgs = connectionArgs(fundingRequestList);

function loadedFunding(ctx: Context, id: string): Promise<FundingRequest> {
  return ctx.loaders.byIdOrNotFound(fundingRequestById, id, 'Funding request');
}

@Resolver(() => FundingRequest)
export class FundingRequestResolver {
  @Access('authenticated')
  @Query(() => FundingRequest, {
    nullable: true,
    description:
      'A funding request you may read (any unit but FINANCE and the one that asked: null).',
  })
  fundingRequest(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<FundingRequest | null> | null {
    const decoded = fromGlobalId(id, 'FundingRequest');
    return decoded ? ctx.loaders.byId(fundingRequestById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => FundingConnection, {
    description:
      "Funding requests you read: the delegation's full readers and its FINANCE unit all, a member unit those it asked.",
  })
  fundingRequests(
    @Ctx() ctx: Context,
    @Args(() => FundingArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<FundingRequest & Record<string, unknown>>> {
    return listConnection(ctx, fundingRequestList, args, undefined, info);
  }

  @FieldResolver(() => Delegation, { nullable: true, description: 'The delegation.' })
  delegation(@Root() row: FundingRequest, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, row.delegationId);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The member unit that asked (null: the office).',
  })
  requestingUnit(
    @Root() row: FundingRequest,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return row.requestingUnitId ? ctx.loaders.byId(organisationById, row.requestingUnitId) : null;
  }

  @Access(ASKERS)
  @Mutation(() => FundingRequest, {
    description:
      'Asks the FINANCE unit for funds (SUBMITTED): the office, or a member unit for itself. amountCny over 0, exact to the fen.',
  })
  async requestFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => RequestFundingInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: RequestFundingInput,
  ): Promise<FundingRequest> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      requestingUnitId: optionalUuid(
        input.requestingUnitId,
        'Organisation',
        'input.requestingUnitId',
      ),
    };
    const id = await rootedAt('input', () => requestFunding(ctx, command));
    return loadedFunding(ctx, id);
  }

  @Access(DEPARTMENT)
  @Mutation(() => FundingRequest, {
    description: 'The FINANCE unit approves a SUBMITTED request.',
  })
  async approveFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => ReviewFundingInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: ReviewFundingInput,
  ): Promise<FundingRequest> {
    const command = {
      id: uuidOf(input.id, 'FundingRequest', 'input.id'),
      version: input.version,
      to: FundingStatus.APPROVED,
    };
    const id = await rootedAt('input', () => moveFunding(ctx, command));
    return loadedFunding(ctx, id);
  }

  @Access(DEPARTMENT)
  @Mutation(() => FundingRequest, { description: 'The FINANCE unit pays an APPROVED request.' })
  async payFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => ReviewFundingInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: ReviewFundingInput,
  ): Promise<FundingRequest> {
    const command = {
      id: uuidOf(input.id, 'FundingRequest', 'input.id'),
      version: input.version,
      to: FundingStatus.PAID,
    };
    const id = await rootedAt('input', () => moveFunding(ctx, command));
    return loadedFunding(ctx, id);
  }

  @Access(DEPARTMENT)
  @Mutation(() => FundingRequest, {
    description: 'The FINANCE unit rejects a SUBMITTED request, saying why.',
  })
  async rejectFunding(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectFundingInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: RejectFundingInput,
  ): Promise<FundingRequest> {
    const command = {
      id: uuidOf(input.id, 'FundingRequest', 'input.id'),
      version: input.version,
      to: FundingStatus.REJECTED,
      reason: input.reason,
    };
    const id = await rootedAt('input', () => moveFunding(ctx, command));
    return loadedFunding(ctx, id);
  }
}

const IncidentConnection = connectionType(HealthIncident, 'HealthIncident');
const IncidentArgs = connectionArgs(healthIncidentList);
/** Who logs health incidents: the office, the HEALTH unit, a lead for its sub-delegation. */
const INCIDENT_OPENERS = [Role.DELEGATION_OFFICE, Role.MEMBER_UNIT, Role.SUB_DELEGATION_LEAD];

function loadedIncident(ctx: Context, id: string): Promise<HealthIncident> {
  return ctx.loaders.byIdOrNotFound(healthIncidentById, id, 'Health incident');
}

@Resolver(() => HealthIncident)
export class HealthIncidentResolver {
  @Access('authenticated')
  @Query(() => HealthIncident, { nullable: true, description: 'A health incident you may read.' })
  healthIncident(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record (its global ID).' }) id: string,
  ): Promise<HealthIncident | null> | null {
    const decoded = fromGlobalId(id, 'HealthIncident');
    return decoded ? ctx.loaders.byId(healthIncidentById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => IncidentConnection, {
    description:
      "The health incident log, latest first: the delegation's full readers and its HEALTH unit, a lead its sub-delegations'.",
  })
  healthIncidents(
    @Ctx() ctx: Context,
    @Args(() => IncidentArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<HealthIncident & Record<string, unknown>>> {
    return listConnection(ctx, healthIncidentList, args, undefined, info);
  }

  @FieldResolver(() => SubDelegation, { nullable: true, description: 'The sub-delegation.' })
  subDelegation(
    @Root() row: HealthIncident,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return row.subDelegationId ? ctx.loaders.byId(subDelegationById, row.subDelegationId) : null;
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description:
      'The health and safety person its sub-delegation designates (指定专人负责), if any; contacts masked as elsewhere.',
  })
  async designatedPerson(@Root() row: HealthIncident, @Ctx() ctx: Context): Promise<Person | null> {
    if (!row.subDelegationId) return null;
    const contacts = await ctx.loaders.many(contactsBySubDelegation, row.subDelegationId);
    const contact = contacts.find((c) => c.kind === SubDelegationContactKind.HEALTH_SAFETY);
    return contact ? ctx.loaders.byId(personById, contact.personId) : null;
  }

  @FieldResolver(() => EmergencyPlan, {
    nullable: true,
    description:
      'The emergency plan in force for it: the APPROVED plan of its sub-delegation, else of its whole delegation (null: none approved).',
  })
  async emergencyPlan(
    @Root() row: HealthIncident,
    @Ctx() ctx: Context,
  ): Promise<EmergencyPlan | null> {
    const plans = await ctx.loaders.many(plansInForceByDelegation, row.delegationId);
    return (
      (row.subDelegationId && plans.find((p) => p.subDelegationId === row.subDelegationId)) ||
      plans.find((p) => p.subDelegationId === null) ||
      null
    );
  }

  @Access(INCIDENT_OPENERS)
  @Mutation(() => HealthIncident, {
    description:
      'Logs a health incident (OPEN): the office, the HEALTH unit, or a lead for a sub-delegation it leads.',
  })
  async openHealthIncident(
    @Ctx() ctx: Context,
    @Arg('input', () => OpenHealthIncidentInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: OpenHealthIncidentInput,
  ): Promise<HealthIncident> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      subDelegationId: optionalUuid(
        input.subDelegationId,
        'SubDelegation',
        'input.subDelegationId',
      ),
    };
    const id = await rootedAt('input', () => openHealthIncident(ctx, command));
    return loadedIncident(ctx, id);
  }

  @Access(ASKERS)
  @Mutation(() => HealthIncident, {
    description:
      'The HEALTH unit (or the office) responds to an OPEN incident, saying what was done.',
  })
  async respondHealthIncident(
    @Ctx() ctx: Context,
    @Arg('input', () => RespondHealthIncidentInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: RespondHealthIncidentInput,
  ): Promise<HealthIncident> {
    const command = {
      id: uuidOf(input.id, 'HealthIncident', 'input.id'),
      version: input.version,
      to: IncidentStatus.RESPONDED,
      response: input.response,
    };
    const id = await rootedAt('input', () => moveHealthIncident(ctx, command));
    return loadedIncident(ctx, id);
  }

  @Access(ASKERS)
  @Mutation(() => HealthIncident, {
    description: 'The HEALTH unit (or the office) closes a RESPONDED incident.',
  })
  async closeHealthIncident(
    @Ctx() ctx: Context,
    @Arg('input', () => CloseHealthIncidentInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: CloseHealthIncidentInput,
  ): Promise<HealthIncident> {
    const command = {
      id: uuidOf(input.id, 'HealthIncident', 'input.id'),
      version: input.version,
      to: IncidentStatus.CLOSED,
    };
    const id = await rootedAt('input', () => moveHealthIncident(ctx, command));
    return loadedIncident(ctx, id);
  }
}

const CustomsConnection = connectionType(CustomsConsultation, 'CustomsConsultation');
const CustomsArgs = connectionArgs(customsConsultationList);
const PublicityConnection = connectionType(PublicityRecord, 'PublicityRecord');
const PublicityArgs = connectionArgs(publicityRecordList);
const ProtocolConnection = connectionType(ProtocolRequest, 'ProtocolRequest');
const ProtocolArgs = connectionArgs(protocolRequestList);
/** Who asks customs about a deal or a need: those who trade for its purchaser. */
const TRADERS = [
  Role.DELEGATION_OFFICE,
  Role.SUB_DELEGATION_LEAD,
  Role.MEMBER_UNIT,
  Role.PURCHASER,
];

@Resolver(() => CustomsConsultation)
export class CustomsConsultationResolver {
  @Access('authenticated')
  @Query(() => CustomsConnection, {
    description:
      "Customs consultations you read: as their purchaser is read; the delegation's CUSTOMS unit all of them.",
  })
  customsConsultations(
    @Ctx() ctx: Context,
    @Args(() => CustomsArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<CustomsConsultation & Record<string, unknown>>> {
    return listConnection(ctx, customsConsultationList, args, undefined, info);
  }

  @FieldResolver(() => Purchaser, { nullable: true, description: 'For those who read it.' })
  purchaser(@Root() row: CustomsConsultation, @Ctx() ctx: Context): Promise<Purchaser | null> {
    return ctx.loaders.byId(purchaserById, row.purchaserId);
  }

  @FieldResolver(() => Deal, { nullable: true, description: 'For those who read it.' })
  deal(@Root() row: CustomsConsultation, @Ctx() ctx: Context): Promise<Deal | null> | null {
    return row.dealId ? ctx.loaders.byId(dealById, row.dealId) : null;
  }

  @FieldResolver(() => ProcurementNeed, { nullable: true, description: 'For those who read it.' })
  need(
    @Root() row: CustomsConsultation,
    @Ctx() ctx: Context,
  ): Promise<ProcurementNeed | null> | null {
    return row.needId ? ctx.loaders.byId(needById, row.needId) : null;
  }

  @Access(TRADERS)
  @Mutation(() => CustomsConsultation, {
    description:
      "A purchaser's side asks the CUSTOMS unit about the goods of one of its deals or needs (exactly one of dealId and needId), with the HS code if known.",
  })
  async askCustoms(
    @Ctx() ctx: Context,
    @Arg('input', () => AskCustomsInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AskCustomsInput,
  ): Promise<CustomsConsultation> {
    const command = {
      ...input,
      dealId: optionalUuid(input.dealId, 'Deal', 'input.dealId'),
      needId: optionalUuid(input.needId, 'ProcurementNeed', 'input.needId'),
    };
    const id = await rootedAt('input', () => askCustoms(ctx, command));
    return ctx.loaders.byIdOrNotFound(customsConsultationById, id, 'Customs consultation');
  }

  @Access(TRADERS)
  @Mutation(() => CustomsConsultation, {
    description: 'The CUSTOMS unit answers an OPEN consultation (only it, and ADMIN).',
  })
  async answerCustoms(
    @Ctx() ctx: Context,
    @Arg('input', () => AnswerQuestionInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AnswerQuestionInput,
  ): Promise<CustomsConsultation> {
    const command = { ...input, id: uuidOf(input.id, 'CustomsConsultation', 'input.id') };
    const id = await rootedAt('input', () => answerQuestion(ctx, 'customs', command));
    return ctx.loaders.byIdOrNotFound(customsConsultationById, id, 'Customs consultation');
  }
}

@Resolver(() => PublicityRecord)
export class PublicityRecordResolver {
  @Access('authenticated')
  @Query(() => PublicityConnection, {
    description: 'Coverage of the delegations you read, latest first.',
  })
  publicityRecords(
    @Ctx() ctx: Context,
    @Args(() => PublicityArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<PublicityRecord & Record<string, unknown>>> {
    return listConnection(ctx, publicityRecordList, args, undefined, info);
  }

  @Access(ASKERS)
  @Mutation(() => PublicityRecord, {
    description: 'The PUBLICITY unit (or the office) records coverage: outlet, title, date, link.',
  })
  async recordPublicity(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordPublicityInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: RecordPublicityInput,
  ): Promise<PublicityRecord> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
    };
    const id = await rootedAt('input', () => recordPublicity(ctx, command));
    return ctx.loaders.byIdOrNotFound(publicityRecordById, id, 'Publicity record');
  }

  @Access(ASKERS)
  @Mutation(() => PublicityRecord, { description: 'Changes a publicity record.' })
  async updatePublicityRecord(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePublicityInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: UpdatePublicityInput,
  ): Promise<PublicityRecord> {
    const command = { ...input, id: uuidOf(input.id, 'PublicityRecord', 'input.id') };
    const id = await rootedAt('input', () => updatePublicity(ctx, command));
    return ctx.loaders.byIdOrNotFound(publicityRecordById, id, 'Publicity record');
  }

  @Access(ASKERS)
  @Mutation(() => Delegation, {
    description:
      'The PUBLICITY unit (or the office) deletes a publicity record (the version you read); answers its delegation.',
  })
  async deletePublicityRecord(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'The record.' }) id: string,
    @Arg('version', () => Int, { description: 'The version you read.' }) version: number,
  ): Promise<Delegation> {
    const delegationId = await deletePublicity(ctx, {
      id: uuidOf(id, 'PublicityRecord', 'id'),
      version,
    });
    return ctx.loaders.byIdOrNotFound(delegationById, delegationId, 'Delegation');
  }
}

@Resolver(() => ProtocolRequest)
export class ProtocolRequestResolver {
  @Access('authenticated')
  @Query(() => ProtocolConnection, {
    description:
      "Protocol requests you read: the delegation's full readers and its PROTOCOL unit all, a member unit those it asked.",
  })
  protocolRequests(
    @Ctx() ctx: Context,
    @Args(() => ProtocolArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<ProtocolRequest & Record<string, unknown>>> {
    return listConnection(ctx, protocolRequestList, args, undefined, info);
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The member unit that asked (null: the office).',
  })
  requestingUnit(
    @Root() row: ProtocolRequest,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> | null {
    return row.requestingUnitId ? ctx.loaders.byId(organisationById, row.requestingUnitId) : null;
  }

  @Access(ASKERS)
  @Mutation(() => ProtocolRequest, {
    description: 'Asks the PROTOCOL unit a question: the office, or a member unit for itself.',
  })
  async askProtocol(
    @Ctx() ctx: Context,
    @Arg('input', () => AskProtocolInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AskProtocolInput,
  ): Promise<ProtocolRequest> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      requestingUnitId: optionalUuid(
        input.requestingUnitId,
        'Organisation',
        'input.requestingUnitId',
      ),
    };
    const id = await rootedAt('input', () => askProtocol(ctx, command));
    return ctx.loaders.byIdOrNotFound(protocolRequestById, id, 'Protocol request');
  }

  @Access(ASKERS)
  @Mutation(() => ProtocolRequest, {
    description: 'The PROTOCOL unit answers an OPEN request (only it, and ADMIN).',
  })
  async answerProtocol(
    @Ctx() ctx: Context,
    @Arg('input', () => AnswerQuestionInput, {
      description: 'What to write; each field says what it takes.',
    })
    input: AnswerQuestionInput,
  ): Promise<ProtocolRequest> {
    const command = { ...input, id: uuidOf(input.id, 'ProtocolRequest', 'input.id') };
    const id = await rootedAt('input', () => answerQuestion(ctx, 'protocol', command));
    return ctx.loaders.byIdOrNotFound(protocolRequestById, id, 'Protocol request');
  }
}

const EmergencyPlanConnection = connectionType(EmergencyPlan, 'EmergencyPlan');
const EmergencyPlanArgs = connectionArgs(emergencyPlanList);

@Resolver(() => EmergencyPlan)
export class EmergencyPlanResolver {
  @Access('authenticated')
  @Query(() => EmergencyPlan, {
    nullable: true,
    description: 'An emergency plan version you may read.',
  })
  emergencyPlan(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Its global ID.' }) id: string,
  ): Promise<EmergencyPlan | null> | null {
    const decoded = fromGlobalId(id, 'EmergencyPlan');
    return decoded ? ctx.loaders.byId(emergencyPlanById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => EmergencyPlanConnection, {
    description:
      'Emergency plan versions of the delegations you read, latest number first (filter by status APPROVED for the plan in force).',
  })
  emergencyPlans(
    @Ctx() ctx: Context,
    @Args(() => EmergencyPlanArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
  ): Promise<Connection<EmergencyPlan & Record<string, unknown>>> {
    return listConnection(ctx, emergencyPlanList, args, undefined, info);
  }

  @FieldResolver(() => Delegation, { nullable: true, description: 'The delegation.' })
  delegation(@Root() row: EmergencyPlan, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, row.delegationId);
  }

  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description: 'The sub-delegation it is for (null: the whole delegation).',
  })
  subDelegation(
    @Root() row: EmergencyPlan,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> | null {
    return row.subDelegationId ? ctx.loaders.byId(subDelegationById, row.subDelegationId) : null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The member unit that wrote it (null: the office).',
  })
  authorUnit(@Root() row: EmergencyPlan, @Ctx() ctx: Context): Promise<Organisation | null> | null {
    return row.authorUnitId ? ctx.loaders.byId(organisationById, row.authorUnitId) : null;
  }

  @Access(ASKERS)
  @Mutation(() => EmergencyPlan, {
    description:
      "The office or the HEALTH unit writes a new DRAFT version of the delegation's (or a sub-delegation's) emergency plan, numbered after the last.",
  })
  async createEmergencyPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => CreateEmergencyPlanInput, { description: 'The new version.' })
    input: CreateEmergencyPlanInput,
  ): Promise<EmergencyPlan> {
    const command = {
      ...input,
      delegationId: uuidOf(input.delegationId, 'Delegation', 'input.delegationId'),
      subDelegationId: optionalUuid(
        input.subDelegationId,
        'SubDelegation',
        'input.subDelegationId',
      ),
      authorUnitId: optionalUuid(input.authorUnitId, 'Organisation', 'input.authorUnitId'),
    };
    const id = await rootedAt('input', () => createEmergencyPlan(ctx, command));
    return ctx.loaders.byIdOrNotFound(emergencyPlanById, id, 'Emergency plan');
  }

  @Access(ASKERS)
  @Mutation(() => EmergencyPlan, {
    description:
      'The office or the HEALTH unit changes a DRAFT emergency plan (the version you read).',
  })
  async updateEmergencyPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdateEmergencyPlanInput, { description: 'What changes.' })
    input: UpdateEmergencyPlanInput,
  ): Promise<EmergencyPlan> {
    const command = {
      ...input,
      id: uuidOf(input.id, 'EmergencyPlan', 'input.id'),
      authorUnitId: optionalUuid(input.authorUnitId, 'Organisation', 'input.authorUnitId'),
    };
    const id = await rootedAt('input', () => updateEmergencyPlan(ctx, command));
    return ctx.loaders.byIdOrNotFound(emergencyPlanById, id, 'Emergency plan');
  }

  @Access(ASKERS)
  @Mutation(() => EmergencyPlan, {
    description:
      'The office or the HEALTH unit approves a DRAFT emergency plan: the version in force of the same delegation (or sub-delegation) is SUPERSEDED in the same transaction.',
  })
  async approveEmergencyPlan(
    @Ctx() ctx: Context,
    @Arg('input', () => ApproveEmergencyPlanInput, { description: 'The plan and its version.' })
    input: ApproveEmergencyPlanInput,
  ): Promise<EmergencyPlan> {
    const command = { ...input, id: uuidOf(input.id, 'EmergencyPlan', 'input.id') };
    const id = await rootedAt('input', () => approveEmergencyPlan(ctx, command));
    return ctx.loaders.byIdOrNotFound(emergencyPlanById, id, 'Emergency plan');
  }
}

@Resolver(() => SubDelegationContact)
export class SubDelegationContactResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The person designated; contacts masked as elsewhere.',
  })
  person(@Root() row: SubDelegationContact, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.byId(personById, row.personId);
  }

  @FieldResolver(() => SubDelegation, { nullable: true, description: 'The sub-delegation.' })
  subDelegation(
    @Root() row: SubDelegationContact,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> {
    return ctx.loaders.byId(subDelegationById, row.subDelegationId);
  }

  @Access(ASKERS)
  @Mutation(() => SubDelegationContact, {
    description:
      "The office or the HEALTH unit designates a sub-delegation's health and safety person (指定专人负责): someone of the delegation, or a new person; replacing one takes its version.",
  })
  async designateSubDelegationContact(
    @Ctx() ctx: Context,
    @Arg('input', () => DesignateSubDelegationContactInput, {
      description: 'The sub-delegation and the person.',
    })
    input: DesignateSubDelegationContactInput,
  ): Promise<SubDelegationContact> {
    const command = {
      ...input,
      subDelegationId: uuidOf(input.subDelegationId, 'SubDelegation', 'input.subDelegationId'),
      person: {
        ...input.person,
        personId: optionalUuid(input.person.personId, 'Person', 'input.person.personId'),
      },
    };
    const id = await rootedAt('input', () => designateSubDelegationContact(ctx, command));
    return ctx.loaders.byIdOrNotFound(subDelegationContactById, id, 'Designated person');
  }
}

@Resolver(() => SubDelegation)
export class SubDelegationContactsResolver {
  @FieldResolver(() => [SubDelegationContact], {
    description:
      'The persons the sub-delegation designates (health and safety: 指定专人负责), for its delegation’s readers.',
  })
  designatedContacts(
    @Root() sub: SubDelegation,
    @Ctx() ctx: Context,
  ): Promise<SubDelegationContact[]> {
    return ctx.loaders.many(contactsBySubDelegation, sub.id);
  }
}

export const servicesResolvers = [
  EmergencyPlanResolver,
  SubDelegationContactResolver,
  SubDelegationContactsResolver,
  FundingRequestResolver,
  HealthIncidentResolver,
  CustomsConsultationResolver,
  PublicityRecordResolver,
  ProtocolRequestResolver,
] as const;
