import { Access } from '../auth/access.js';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import {
  delegationById,
  leadById,
  leadingGroupMemberById,
  memberUnitById,
  responsibilityById,
  subDelegationById,
} from '../modules/delegation/delegation.loader.js';
import { areaById, expoById } from '../modules/expo/expo.loader.js';
import { organisationById } from '../modules/organisation/organisation.loader.js';
import { personById } from '../modules/person/person.loader.js';
import { userById } from '../modules/user/user.loader.js';
import { exhibitorById } from '../modules/exhibitor/exhibitor.loader.js';
import { needById } from '../modules/need/need.loader.js';
import { matchById, meetingById } from '../modules/match/match.loader.js';
import { dealById, exchangeRateById, followUpById } from '../modules/deal/deal.loader.js';
import { auditEventById } from '../modules/audit/audit.loader.js';
import {
  attendeeById,
  backgroundCheckById,
  creditCheckById,
  purchaserById,
  reportBatchById,
} from '../modules/purchaser/purchaser.loader.js';
import { problemById, progressById, taskById } from '../modules/task/task.loader.js';
import {
  certificateById,
  mealById,
  roomAssignmentById,
  roomBlockById,
  roomById,
  serviceUnitById,
  tripById,
} from '../modules/logistics/logistics.loader.js';
import { onsiteEventById, onsiteParticipantById } from '../modules/onsite/onsite.loader.js';
import {
  customsConsultationById,
  fundingRequestById,
  healthIncidentById,
  protocolRequestById,
  publicityRecordById,
} from '../modules/services/services.loader.js';
import { representativeById } from '../modules/exhibitor/exhibitor-representative.loader.js';
import {
  calendarTokenById,
  meetingDayById,
  meetingPointById,
  participantById,
  unavailabilityById,
} from '../modules/meeting/meeting.loader.js';
import { progressReportById } from '../modules/report/report.loader.js';
import { circularById } from '../modules/circular/circular.loader.js';
import { deliveryById, webhookById } from '../modules/notification/notification.loader.js';
import type { Context } from './context.js';
import type { ByIdRelation } from './loaders.js';
import { fromGlobalId, Node } from './relay.js';

/** How `node(id)` finds each type that implements Node. */
export const nodeRelations: Record<string, ByIdRelation<{ id: string }>> = Object.fromEntries(
  [
    expoById,
    areaById,
    organisationById,
    personById,
    delegationById,
    memberUnitById,
    leadingGroupMemberById,
    responsibilityById,
    subDelegationById,
    leadById,
    userById,
    exhibitorById,
    needById,
    matchById,
    meetingById,
    dealById,
    followUpById,
    exchangeRateById,
    purchaserById,
    attendeeById,
    creditCheckById,
    backgroundCheckById,
    reportBatchById,
    auditEventById,
    taskById,
    progressById,
    problemById,
    serviceUnitById,
    tripById,
    certificateById,
    roomBlockById,
    roomById,
    roomAssignmentById,
    mealById,
    onsiteEventById,
    onsiteParticipantById,
    fundingRequestById,
    healthIncidentById,
    customsConsultationById,
    publicityRecordById,
    protocolRequestById,
    representativeById,
    meetingPointById,
    meetingDayById,
    unavailabilityById,
    participantById,
    calendarTokenById,
    progressReportById,
    circularById,
    webhookById,
    deliveryById,
  ].map((relation) => [relation.typename, relation as ByIdRelation<{ id: string }>]),
);

@Resolver()
export class NodeResolver {
  @Access('authenticated')
  @Query(() => Node, { nullable: true, description: 'Any object you may read, by its global ID.' })
  node(
    @Ctx() ctx: Context,
    @Arg('id', () => ID, { description: 'A global ID, as any `id` field gives it.' }) id: string,
  ): Promise<Node | null> | null {
    const decoded = fromGlobalId(id);
    const relation = decoded && nodeRelations[decoded.type];
    return decoded && relation
      ? (ctx.loaders.byId(relation, decoded.id) as Promise<Node | null>)
      : null;
  }
}
