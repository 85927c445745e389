import { exhibitorTradeScope, matchScope } from '../../auth/scope.js';
import { sql } from '../../db/sql.js';
import { selectList } from '../../graphql/columns.js';
import { byId, byParent, type Rows } from '../../graphql/loaders.js';
import type { ExhibitorMatch, Meeting } from './match.type.js';

export const MATCH_SELECT = selectList('exhibitor_match', 'm', [
  'id',
  'delegationId',
  'purchaserId',
  'needId',
  'exhibitorId',
  'status',
  ['score', sql`m.score::float8`, 'float8'],
  'reasons',
  'suggestedAt',
  'declineReason',
  'purchaserAcceptedAt',
  'exhibitorAcceptedAt',
  'version',
  'createdAt',
  'updatedAt',
]);

export const MEETING_SELECT = selectList('meeting', 'mt', [
  'id',
  'delegationId',
  'matchId',
  'purchaserId',
  'exhibitorId',
  'phase',
  'mode',
  'startsAt',
  'endsAt',
  'meetingPointId',
  'place',
  'link',
  'status',
  'purchaserAcceptedAt',
  'exhibitorAcceptedAt',
  'declineReason',
  'version',
  'createdAt',
]);

export const MATCHES: Rows = {
  typename: 'ExhibitorMatch',
  alias: 'm',
  from: sql`exhibitor_match m
    join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id`,
  columns: MATCH_SELECT,
  scope: (viewer) => matchScope(viewer),
};

export const MEETINGS: Rows = {
  typename: 'Meeting',
  alias: 'mt',
  from: sql`meeting mt
    join purchaser p on p.id = mt.purchaser_id and p.delegation_id = mt.delegation_id`,
  columns: MEETING_SELECT,
  scope: (viewer) => exhibitorTradeScope(viewer, 'mt'),
};

export const matchById = byId<ExhibitorMatch>('matchById', MATCHES);
export const matchesByNeed = byParent<ExhibitorMatch>(
  'matchesByNeed',
  MATCHES,
  'needId',
  sql`m.score desc nulls last, m.created_at, m.id`,
);
export const meetingById = byId<Meeting>('meetingById', MEETINGS);
export const meetingsByMatch = byParent<Meeting>(
  'meetingsByMatch',
  MEETINGS,
  'matchId',
  sql`mt.starts_at, mt.id`,
);
