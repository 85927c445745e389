import { delegationScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import { DEALS } from '../deal/deal.loader.js';
import type { Deal } from '../deal/deal.type.js';
import type { OnsiteEvent, OnsiteParticipant } from './onsite.type.js';

/*
 * Who reads what (auth/scope.ts, one rule each):
 * - on-site events and their participants: the delegation's readers, as its structure;
 * - an event's deals: as deals are read (`dealReadScope`), each reader its own.
 */

export const ONSITE_EVENTS: Rows = {
  typename: 'OnsiteEvent',
  alias: 'ev',
  from: sql`onsite_event ev`,
  columns: selectList('onsite_event', 'ev', [
    'id',
    'delegationId',
    'kind',
    'title',
    'startsAt',
    'endsAt',
    'place',
    ['organiserId', sql`ev.organiser_organisation_id`, 'uuid'],
    'createdBy',
    'version',
    'createdAt',
    'updatedAt',
  ]),
  scope: (viewer) => delegationScope(viewer, sql`ev.delegation_id`),
};

export const ONSITE_PARTICIPANTS: Rows = {
  typename: 'OnsiteParticipant',
  alias: 'op',
  from: sql`onsite_participant op`,
  columns: selectList('onsite_participant', 'op', [
    'id',
    'delegationId',
    ['eventId', sql`op.event_id`, 'uuid'],
    'kind',
    ['purchaserId', sql`op.purchaser_id`, 'uuid'],
    ['exhibitorId', sql`op.exhibitor_id`, 'uuid'],
    'guestName',
    'addedBy',
    'createdAt',
  ]),
  scope: (viewer) => delegationScope(viewer, sql`op.delegation_id`),
};

/** Deals as every read selects them, with the event they were signed at. */
const EVENT_DEALS: Rows = {
  ...DEALS,
  columns: selectList('deal', 'dl', [
    'id',
    'delegationId',
    'expoId',
    'purchaserId',
    'exhibitorId',
    'matchId',
    'exhibitionAreaId',
    ['eventId', sql`dl.event_id`, 'uuid'],
    'goods',
    'amount',
    'currency',
    'usdRate',
    'amountUsd',
    'status',
    'signedOn',
    'version',
    'createdAt',
    'updatedAt',
  ]),
};

export const onsiteEventById = byId<OnsiteEvent>('onsiteEventById', ONSITE_EVENTS);
export const onsiteParticipantById = byId<OnsiteParticipant>(
  'onsiteParticipantById',
  ONSITE_PARTICIPANTS,
);
export const participantsByEvent = byParent<OnsiteParticipant>(
  'participantsByEvent',
  ONSITE_PARTICIPANTS,
  'eventId',
  sql`op.created_at, op.id`,
);
export const dealsByEvent = byParent<Deal & { eventId: string }>(
  'dealsByEvent',
  EVENT_DEALS,
  'eventId',
  sql`dl.signed_on nulls last, dl.created_at, dl.id`,
);
