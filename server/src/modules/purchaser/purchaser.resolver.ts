import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  Ctx,
  FieldResolver,
  ID,
  Info,
  Mutation,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import { Access } from '../../auth/access.js';
import { readsPurchaser } from '../../auth/policy.js';
import { Role } from '../../auth/roles.js';
import type { Context } from '../../graphql/context.js';
import { rootedAt } from '../../graphql/paths.js';
import { notFound } from '../../graphql/errors.js';
import {
  connectionArgs,
  connectionType,
  listConnection,
  type Connection,
  type ConnectionArgs,
} from '../../graphql/lists/connection.js';
import { and, column, sql, type SQL } from '../../db/sql.js';
import { selectRows } from '../../graphql/loaders.js';
import { fromGlobalId, uuidOf } from '../../graphql/relay.js';
import { purchaserHistory } from '../audit/audit.loader.js';
import { AuditEvent } from '../audit/audit.type.js';
import { delegationById, leadById, subDelegationById } from '../delegation/delegation.loader.js';
import { Delegation, SubDelegation, SubDelegationLead } from '../delegation/delegation.type.js';
import { organisationById } from '../organisation/organisation.loader.js';
import { Organisation } from '../organisation/organisation.type.js';
import { personById } from '../person/person.loader.js';
import { Person } from '../person/person.type.js';
import { PurchaserStatus } from './purchaser.enums.js';
import {
  ApprovePurchaserInput,
  InvitePurchaserInput,
  RecordBackgroundCheckInput,
  RecordCreditCheckInput,
  RegisterPurchaserInput,
  RejectPurchaserInput,
  ReportPurchasersInput,
  ResubmitPurchaserInput,
  SendBackPurchaserInput,
  UpdatePurchaserInput,
  WithdrawPurchaserInput,
} from './purchaser.input.js';
import { purchaserList } from './purchaser.list.js';
import {
  attendeesByPurchaser,
  backgroundChecksByAttendee,
  DELEGATION_REPORT_BATCHES,
  checkedAttendeeById,
  checkedBackgroundCheckById,
  checkedCreditCheckById,
  checkedPurchaserById,
  creditChecksByPurchaser,
  forgetChecked,
  loadCheckedById,
  loadCheckedMany,
  primeChecked,
  purchasersByReportBatch,
  reportBatchById,
} from './purchaser.loader.js';
import { invitePurchaser } from './invitation.service.js';
import { recruitmentProgress } from './progress.service.js';
import { cleanRegistration } from './registration.input.js';
import {
  registerPurchaser,
  resubmitPurchaser,
  updatePurchaser,
  withdrawPurchaser,
} from './registration.service.js';
import { reportPurchasers } from './reporting.service.js';
import {
  approvePurchaser,
  blockersOf,
  recordBackgroundCheck,
  recordCreditCheck,
  rejectPurchaser,
  sendBackPurchaser,
} from './review.service.js';
import {
  Attendee,
  BackgroundCheck,
  CreditCheck,
  LeadRecruitmentProgress,
  Purchaser,
  PurchaserReportBatch,
  RecruitmentProgress,
  SubDelegationRecruitmentProgress,
} from './purchaser.type.js';

const PurchaserConnection = connectionType(Purchaser, 'Purchaser');
const PurchaserArgs = connectionArgs(purchaserList);

/** Who may register a purchaser: the purchaser, its inviter, a lead unit, the office. */
const REGISTRANTS = [
  Role.PURCHASER,
  Role.MEMBER_UNIT,
  Role.SUB_DELEGATION_LEAD,
  Role.DELEGATION_OFFICE,
];
const INVITERS = [Role.MEMBER_UNIT, Role.SUB_DELEGATION_LEAD, Role.DELEGATION_OFFICE];
const PROGRESS_READERS = [
  Role.DELEGATION_OFFICE,
  Role.SUB_DELEGATION_LEAD,
  Role.MEMBER_UNIT,
  Role.ANALYST,
  Role.EXPO_BUREAU,
];

/** The UUID of a global ID the client gave at `input.<key>`; NOT_FOUND naming it otherwise. */
const idAt = (globalId: string, type: string, key: string) =>
  uuidOf(globalId, type, `input.${key}`);
const optionalIdAt = (globalId: string | null | undefined, type: string, key: string) =>
  globalId ? idAt(globalId, type, key) : null;

/** The purchaser a write names, and the version the client saw. */
const purchaserAt = (input: { purchaserId: string; version?: number | null }) => ({
  purchaserId: idAt(input.purchaserId, 'Purchaser', 'purchaserId'),
  version: input.version,
});

/** Runs a purchaser service: its errors name fields of `input`. */
const atInput = <T>(work: () => Promise<T>): Promise<T> => rootedAt('input', work);

async function written(ctx: Context, id: string): Promise<Purchaser> {
  forgetChecked(ctx);
  const purchaser = await loadCheckedById(ctx, checkedPurchaserById, id);
  if (!purchaser) throw notFound('Purchaser');
  return purchaser;
}

/** The purchaser a write answered as written (in its one statement), as the answer. */
function writtenRow(ctx: Context, row: Purchaser): Purchaser {
  forgetChecked(ctx);
  return primeChecked(ctx, checkedPurchaserById, row);
}

@Resolver(() => Purchaser)
export class PurchaserResolver {
  // ------------------------------------------------------------------------------- queries

  @Access('authenticated')
  @Query(() => Purchaser, { nullable: true, description: 'One purchaser you may read, by ID.' })
  purchaser(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'Global ID of the purchaser.' }) id: string,
  ): Promise<Purchaser | null> | null {
    const decoded = fromGlobalId(id, 'Purchaser');
    return decoded ? loadCheckedById(ctx, checkedPurchaserById, decoded.id) : null;
  }

  @Access('authenticated')
  @Query(() => PurchaserConnection, {
    description:
      'The purchasers you may read, of an expo, a delegation or a sub-delegation, by status; ' +
      'filtered, ordered and paged. Expo bureaus list the REPORTED purchasers of their expo here.',
  })
  purchasers(
    @Ctx() ctx: Context,
    @Args(() => PurchaserArgs) args: ConnectionArgs,
    @Info() info: GraphQLResolveInfo,
    @Arg('expoId', () => ID, { nullable: true, description: 'Only those of this expo edition.' })
    expoId?: string,
    @Arg('delegationId', () => ID, {
      nullable: true,
      description: 'Only those of this delegation.',
    })
    delegationId?: string,
    @Arg('subDelegationId', () => ID, {
      nullable: true,
      description: 'Only those of this sub-delegation.',
    })
    subDelegationId?: string,
    @Arg('status', () => [PurchaserStatus], {
      nullable: true,
      description: 'Only those in one of these statuses.',
    })
    status?: PurchaserStatus[],
  ): Promise<Connection<Purchaser & Record<string, unknown>>> {
    const expo = expoId ? uuidOf(expoId, 'Expo', 'expoId') : null;
    const delegation = delegationId ? uuidOf(delegationId, 'Delegation', 'delegationId') : null;
    const sub = subDelegationId
      ? uuidOf(subDelegationId, 'SubDelegation', 'subDelegationId')
      : null;
    return listConnection(
      ctx,
      purchaserList,
      args,
      (a: string) => {
        const where: SQL[] = [];
        if (expo)
          where.push(
            sql`${column(a, 'delegation_id')} in (select id from delegation where expo_id = ${sql.value(expo)}::uuid)`,
          );
        if (delegation)
          where.push(sql`${column(a, 'delegation_id')} = ${sql.value(delegation)}::uuid`);
        if (sub) where.push(sql`${column(a, 'sub_delegation_id')} = ${sql.value(sub)}::uuid`);
        if (status?.length)
          where.push(sql`${column(a, 'status')} = any(${sql.value(status)}::text[])`);
        return and(where);
      },
      info,
    );
  }

  @Access(PROGRESS_READERS)
  @Query(() => RecruitmentProgress, {
    nullable: true,
    description:
      'Recruitment of a delegation against the targets of its plan, per sub-delegation and per ' +
      'lead unit: invited, registered, approved, reported, and whether each target is met.',
  })
  recruitmentProgress(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, {
      description: 'Global ID of the delegation; null answer when you may not read it.',
    })
    delegationId: string,
  ): Promise<RecruitmentProgress> | null {
    const id = uuidOf(delegationId, 'Delegation', 'delegationId');
    return ctx.viewer.readsDelegation(id) ? recruitmentProgress(ctx.query, id) : null;
  }

  @Access([Role.DELEGATION_OFFICE, Role.EXPO_BUREAU, Role.ANALYST])
  @Query(() => [PurchaserReportBatch], {
    description: 'The batches a delegation reported to the expo bureau, newest first.',
  })
  purchaserReportBatches(
    @Ctx() ctx: Context,
    @Arg('delegationId', () => ID, { description: 'Global ID of the delegation.' })
    delegationId: string,
  ): Promise<PurchaserReportBatch[]> {
    const id = uuidOf(delegationId, 'Delegation', 'delegationId');
    return ctx.query<PurchaserReportBatch>(
      selectRows(DELEGATION_REPORT_BATCHES, ctx.viewer, {
        where: sql`r.delegation_id = ${sql.value(id)}::uuid`,
        order: sql`r.reported_at desc, r.id`,
      }),
    );
  }

  // ----------------------------------------------------------------------------- mutations

  @Access(INVITERS)
  @Mutation(() => Purchaser, {
    description:
      'Invites an organisation (known, by credit code, or new) to register as a purchaser: a ' +
      'member unit, a lead unit or the office. Purchasers of member units that lead no ' +
      'sub-delegation go to Commerce & Trade. ALREADY_REGISTERED if it is a purchaser of the ' +
      'delegation already.',
  })
  async invitePurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => InvitePurchaserInput, {
      description: 'The organisation and where it goes.',
    })
    input: InvitePurchaserInput,
  ): Promise<Purchaser> {
    const command = {
      ...input,
      delegationId: idAt(input.delegationId, 'Delegation', 'delegationId'),
      subDelegationId: optionalIdAt(input.subDelegationId, 'SubDelegation', 'subDelegationId'),
      leadOrganisationId: optionalIdAt(
        input.leadOrganisationId,
        'Organisation',
        'leadOrganisationId',
      ),
      organisationId: optionalIdAt(input.organisationId, 'Organisation', 'organisationId'),
    };
    return written(ctx, await atInput(() => invitePurchaser(ctx.em(), ctx.viewer, command)));
  }

  @Access(REGISTRANTS)
  @Mutation(() => Purchaser, {
    description:
      'The unified registration of an INVITED purchaser, by itself or for it: category, contact, ' +
      'attendees, sub-delegation and lead unit. INVITED → REGISTERED.',
  })
  async registerPurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => RegisterPurchaserInput, {
      description: 'The registration: category, contact, attendees.',
    })
    input: RegisterPurchaserInput,
  ): Promise<Purchaser> {
    const registration = cleanRegistration(input, 'register');
    const command = { ...purchaserAt(input), registration };
    return written(ctx, await atInput(() => registerPurchaser(ctx.em(), ctx.viewer, command)));
  }

  @Access(REGISTRANTS)
  @Mutation(() => Purchaser, {
    description: 'Changes a registration not yet approved (REGISTERED or REJECTED).',
  })
  async updatePurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => UpdatePurchaserInput, { description: 'The changes; fields left out stay.' })
    input: UpdatePurchaserInput,
  ): Promise<Purchaser> {
    const registration = cleanRegistration(input, 'update');
    const command = { ...purchaserAt(input), registration };
    return written(ctx, await atInput(() => updatePurchaser(ctx.em(), ctx.viewer, command)));
  }

  @Access(REGISTRANTS)
  @Mutation(() => Purchaser, {
    description: 'Withdraws a purchaser not yet reported. → WITHDRAWN.',
  })
  async withdrawPurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => WithdrawPurchaserInput, { description: 'The purchaser and why.' })
    input: WithdrawPurchaserInput,
  ): Promise<Purchaser> {
    const command = { ...input, ...purchaserAt(input) };
    return written(ctx, await atInput(() => withdrawPurchaser(ctx.em(), ctx.viewer, command)));
  }

  @Access(REGISTRANTS)
  @Mutation(() => Purchaser, {
    description: 'Submits a rejected registration again. REJECTED → REGISTERED.',
  })
  async resubmitPurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => ResubmitPurchaserInput, { description: 'The REJECTED purchaser.' })
    input: ResubmitPurchaserInput,
  ): Promise<Purchaser> {
    const command = purchaserAt(input);
    return written(ctx, await atInput(() => resubmitPurchaser(ctx.em(), ctx.viewer, command)));
  }

  @Access([Role.CREDIT_CHECKER])
  @Mutation(() => CreditCheck, {
    description: "Records Market Regulation's credit check of a purchaser's organisation.",
  })
  async recordCreditCheck(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordCreditCheckInput, { description: 'The purchaser and the result.' })
    input: RecordCreditCheckInput,
  ): Promise<CreditCheck> {
    const command = { ...input, ...purchaserAt(input) };
    const id = await atInput(() => recordCreditCheck(ctx.em(), ctx.viewer, command));
    forgetChecked(ctx);
    const check = await loadCheckedById(ctx, checkedCreditCheckById, id);
    if (!check) throw notFound('Credit check');
    return check;
  }

  @Access([Role.BACKGROUND_CHECKER])
  @Mutation(() => BackgroundCheck, {
    description: "Records Public Security's background check of an attendee.",
  })
  async recordBackgroundCheck(
    @Ctx() ctx: Context,
    @Arg('input', () => RecordBackgroundCheckInput, { description: 'The attendee and the result.' })
    input: RecordBackgroundCheckInput,
  ): Promise<BackgroundCheck> {
    const command = { ...input, attendeeId: idAt(input.attendeeId, 'Attendee', 'attendeeId') };
    const id = await atInput(() => recordBackgroundCheck(ctx.em(), ctx.viewer, command));
    forgetChecked(ctx);
    const check = await loadCheckedById(ctx, checkedBackgroundCheckById, id);
    if (!check) throw notFound('Background check');
    return check;
  }

  @Access([Role.SUB_DELEGATION_LEAD])
  @Mutation(() => Purchaser, {
    description:
      'Approves a REGISTERED purchaser: the lead unit it is attributed to (any lead of its ' +
      'sub-delegation where they share one target), with the version reviewed. Needs a passed credit check and a passed background check of every attendee.',
  })
  async approvePurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => ApprovePurchaserInput, {
      description: 'The purchaser and the version reviewed.',
    })
    input: ApprovePurchaserInput,
  ): Promise<Purchaser> {
    const command = { ...purchaserAt(input), version: input.version };
    return writtenRow(ctx, await atInput(() => approvePurchaser(ctx, command)));
  }

  @Access([Role.SUB_DELEGATION_LEAD])
  @Mutation(() => Purchaser, {
    description:
      'Rejects a REGISTERED purchaser with a reason: the lead unit it is attributed to (any lead ' +
      'of its sub-delegation where they share one target).',
  })
  async rejectPurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => RejectPurchaserInput, {
      description: 'The purchaser, the version reviewed and the reason.',
    })
    input: RejectPurchaserInput,
  ): Promise<Purchaser> {
    const command = { ...input, purchaserId: purchaserAt(input).purchaserId };
    return writtenRow(ctx, await atInput(() => rejectPurchaser(ctx, command)));
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => Purchaser, {
    description:
      "The office's review tier (分级审核): sends an APPROVED purchaser, not yet reported, back to " +
      'its lead unit with a reason, before reporting it up (the office of its delegation). ' +
      'APPROVED → REGISTERED: the lead reviews it again. Purchaser.history shows both tiers.',
  })
  async sendBackPurchaser(
    @Ctx() ctx: Context,
    @Arg('input', () => SendBackPurchaserInput, {
      description: 'The purchaser, the version reviewed and the reason.',
    })
    input: SendBackPurchaserInput,
  ): Promise<Purchaser> {
    const command = { ...input, purchaserId: purchaserAt(input).purchaserId };
    return writtenRow(ctx, await atInput(() => sendBackPurchaser(ctx, command)));
  }

  @Access([Role.DELEGATION_OFFICE])
  @Mutation(() => PurchaserReportBatch, {
    description: 'Reports APPROVED purchasers up to the expo bureau as one batch, recording when.',
  })
  async reportPurchasers(
    @Ctx() ctx: Context,
    @Arg('input', () => ReportPurchasersInput, {
      description: 'The delegation and which purchasers.',
    })
    input: ReportPurchasersInput,
  ): Promise<PurchaserReportBatch> {
    const command = {
      delegationId: idAt(input.delegationId, 'Delegation', 'delegationId'),
      purchaserIds:
        input.purchaserIds?.map((id, i) => idAt(id, 'Purchaser', `purchaserIds.${i}`)) ?? null,
    };
    const id = await atInput(() => reportPurchasers(ctx.em(), ctx.viewer, command));
    const batch = await ctx.loaders.byId(reportBatchById, id);
    if (!batch) throw notFound('Report batch');
    return batch;
  }

  // -------------------------------------------------------------------------------- fields

  @FieldResolver(() => Delegation, {
    nullable: true,
    description:
      'The delegation it belongs to (null when your scope does not cover the delegation, e.g. an exhibitor).',
  })
  delegation(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, p.delegationId);
  }

  @FieldResolver(() => Organisation, { description: 'The purchasing organisation.' })
  organisation(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, p.organisationId);
  }

  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description:
      'The sub-delegation (交易分团) it registers in (null when your scope does not cover it).',
  })
  subDelegation(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<SubDelegation | null> {
    return ctx.loaders.byId(subDelegationById, p.subDelegationId);
  }

  @FieldResolver(() => SubDelegationLead, {
    nullable: true,
    description: 'The lead unit whose target this purchaser counts towards.',
  })
  lead(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<SubDelegationLead | null> | null {
    return p.leadId ? ctx.loaders.byId(leadById, p.leadId) : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why it was rejected; set while REJECTED. Null for those who read the purchaser only as the other party of their matches (an exhibitor).',
  })
  rejectionReason(@Root() p: Purchaser, @Ctx() ctx: Context): string | null {
    return readsPurchaser(ctx.viewer, p) ? p.rejectionReason : null;
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      "The number the expo's registration site (参会注册) gave it, once uploaded: set by the office (setRegistrationNumber, importRegistrationNumbers). Null for those who read the purchaser only as the other party of their matches (an exhibitor).",
  })
  registrationNumber(@Root() p: Purchaser, @Ctx() ctx: Context): string | null {
    return readsPurchaser(ctx.viewer, p) ? p.registrationNumber : null;
  }

  @FieldResolver(() => Organisation, {
    description: 'The member unit, lead unit or office that invited it.',
  })
  invitedBy(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, p.invitedByOrganisationId);
  }

  @FieldResolver(() => Person, {
    nullable: true,
    description: 'The contact person; contact fields masked unless your scope owns the purchaser.',
  })
  contact(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<Person | null> | null {
    return p.contactPersonId ? ctx.loaders.byId(personById, p.contactPersonId) : null;
  }

  @FieldResolver(() => [Attendee], {
    description:
      'The people attending for it; empty for those who read the purchaser only as the other party of their matches (an exhibitor).',
  })
  attendees(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<Attendee[]> {
    return loadCheckedMany(ctx, attendeesByPurchaser, p.id);
  }

  @FieldResolver(() => [CreditCheck], { description: 'Newest first.' })
  creditChecks(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<CreditCheck[]> {
    return loadCheckedMany(ctx, creditChecksByPurchaser, p.id);
  }

  @FieldResolver(() => CreditCheck, { nullable: true, description: 'The one that counts.' })
  async latestCreditCheck(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<CreditCheck | null> {
    return (await loadCheckedMany(ctx, creditChecksByPurchaser, p.id))[0] ?? null;
  }

  @FieldResolver(() => [String], {
    description: 'What stands in the way of approval (checks missing or failed); empty when none.',
  })
  async approvalBlockers(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<string[]> {
    const [credit, attendees] = await Promise.all([
      loadCheckedMany(ctx, creditChecksByPurchaser, p.id),
      loadCheckedMany(ctx, attendeesByPurchaser, p.id),
    ]);
    const latest = await Promise.all(
      attendees.map(
        async (a) =>
          (await loadCheckedMany(ctx, backgroundChecksByAttendee, a.id))[0]?.result ?? null,
      ),
    );
    return blockersOf({
      credit: credit[0]?.result ?? null,
      attendees: attendees.length,
      unchecked: latest.filter((r) => r === null).length,
      failed: latest.filter((r) => r === 'FAILED').length,
    });
  }

  @FieldResolver(() => [AuditEvent], {
    description: 'Everything that happened to it, oldest first: who, what, before → after, when.',
  })
  history(@Root() p: Purchaser, @Ctx() ctx: Context): Promise<AuditEvent[]> {
    return ctx.loaders.many(purchaserHistory, p.id);
  }

  @FieldResolver(() => PurchaserReportBatch, {
    nullable: true,
    description: 'The batch it was reported in; null until REPORTED.',
  })
  reportBatch(
    @Root() p: Purchaser,
    @Ctx() ctx: Context,
  ): Promise<PurchaserReportBatch | null> | null {
    return p.reportBatchId ? ctx.loaders.byId(reportBatchById, p.reportBatchId) : null;
  }
}

@Resolver(() => Attendee)
export class AttendeeResolver {
  @FieldResolver(() => Person, {
    nullable: true,
    description: 'Contact fields masked unless your scope owns the purchaser.',
  })
  person(@Root() a: Attendee, @Ctx() ctx: Context): Promise<Person | null> {
    return ctx.loaders.byId(personById, a.personId);
  }

  @FieldResolver(() => [BackgroundCheck], { description: 'Newest first.' })
  backgroundChecks(@Root() a: Attendee, @Ctx() ctx: Context): Promise<BackgroundCheck[]> {
    return loadCheckedMany(ctx, backgroundChecksByAttendee, a.id);
  }

  @FieldResolver(() => BackgroundCheck, { nullable: true, description: 'The one that counts.' })
  async latestBackgroundCheck(
    @Root() a: Attendee,
    @Ctx() ctx: Context,
  ): Promise<BackgroundCheck | null> {
    return (await loadCheckedMany(ctx, backgroundChecksByAttendee, a.id))[0] ?? null;
  }

  @FieldResolver(() => Purchaser, {
    nullable: true,
    description: 'The purchaser the attendee attends for.',
  })
  purchaser(@Root() a: Attendee, @Ctx() ctx: Context): Promise<Purchaser | null> {
    return loadCheckedById(ctx, checkedPurchaserById, a.purchaserId);
  }
}

@Resolver(() => CreditCheck)
export class CreditCheckResolver {
  @FieldResolver(() => Purchaser, {
    nullable: true,
    description: 'The purchaser whose organisation was checked.',
  })
  purchaser(@Root() c: CreditCheck, @Ctx() ctx: Context): Promise<Purchaser | null> {
    return loadCheckedById(ctx, checkedPurchaserById, c.purchaserId);
  }
}

@Resolver(() => BackgroundCheck)
export class BackgroundCheckResolver {
  @FieldResolver(() => Attendee, { nullable: true, description: 'The attendee checked.' })
  attendee(@Root() b: BackgroundCheck, @Ctx() ctx: Context): Promise<Attendee | null> {
    return loadCheckedById(ctx, checkedAttendeeById, b.attendeeId);
  }
}

@Resolver(() => PurchaserReportBatch)
export class PurchaserReportBatchResolver {
  @FieldResolver(() => Delegation, {
    nullable: true,
    description: 'The delegation that reported the batch.',
  })
  delegation(@Root() b: PurchaserReportBatch, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, b.delegationId);
  }

  @FieldResolver(() => [Purchaser], { description: 'The purchasers reported in it.' })
  purchasers(@Root() b: PurchaserReportBatch, @Ctx() ctx: Context): Promise<Purchaser[]> {
    return ctx.loaders.many(purchasersByReportBatch, b.id);
  }
}

@Resolver(() => RecruitmentProgress)
export class RecruitmentProgressResolver {
  @FieldResolver(() => Delegation, { nullable: true, description: 'The delegation counted.' })
  delegation(@Root() r: RecruitmentProgress, @Ctx() ctx: Context): Promise<Delegation | null> {
    return ctx.loaders.byId(delegationById, r.delegationId);
  }
}

@Resolver(() => SubDelegationRecruitmentProgress)
export class SubDelegationRecruitmentProgressResolver {
  @FieldResolver(() => SubDelegation, {
    nullable: true,
    description: 'The sub-delegation counted.',
  })
  subDelegation(
    @Root() r: SubDelegationRecruitmentProgress,
    @Ctx() ctx: Context,
  ): Promise<SubDelegation | null> {
    return ctx.loaders.byId(subDelegationById, r.subDelegationId);
  }
}

@Resolver(() => LeadRecruitmentProgress)
export class LeadRecruitmentProgressResolver {
  @FieldResolver(() => SubDelegationLead, {
    nullable: true,
    description: 'The lead (a lead unit of the sub-delegation) counted.',
  })
  lead(@Root() r: LeadRecruitmentProgress, @Ctx() ctx: Context): Promise<SubDelegationLead | null> {
    return ctx.loaders.byId(leadById, r.leadId);
  }

  @FieldResolver(() => Organisation, { nullable: true, description: 'The lead unit.' })
  organisation(
    @Root() r: LeadRecruitmentProgress,
    @Ctx() ctx: Context,
  ): Promise<Organisation | null> {
    return ctx.loaders.byId(organisationById, r.organisationId);
  }
}
