import { purchaserScopeSql } from '../../auth/viewer.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type { ExhibitorMatch, Meeting } from './match.type.js';

export const MATCH_COLUMNS = `m.id, m.delegation_id as "delegationId", m.purchaser_id as "purchaserId",
  m.need_id as "needId", m.exhibitor_id as "exhibitorId", m.status, m.score::float8 as score,
  m.reasons, m.decline_reason as "declineReason", m.version, m.created_at as "createdAt",
  m.updated_at as "updatedAt"`;

export const MEETING_COLUMNS = `mt.id, mt.delegation_id as "delegationId", mt.match_id as "matchId",
  mt.purchaser_id as "purchaserId", mt.exhibitor_id as "exhibitorId", mt.phase, mt.mode,
  mt.starts_at as "startsAt", mt.ends_at as "endsAt", mt.place, mt.link, mt.status, mt.version,
  mt.created_at as "createdAt"`;

export const matchById: ByIdRelation<ExhibitorMatch> = {
  name: 'matchById',
  typename: 'ExhibitorMatch',
  scope: 'purchaser',
  sql: `select ${MATCH_COLUMNS} from exhibitor_match m join purchaser p on p.id = m.purchaser_id
        where m.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const matchesByNeed: ManyRelation<ExhibitorMatch> = {
  name: 'matchesByNeed',
  key: 'needId',
  scope: 'purchaser',
  sql: `select ${MATCH_COLUMNS} from exhibitor_match m join purchaser p on p.id = m.purchaser_id
        where m.need_id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}
        order by m.score desc nulls last, m.created_at, m.id`,
};

export const meetingById: ByIdRelation<Meeting> = {
  name: 'meetingById',
  typename: 'Meeting',
  scope: 'purchaser',
  sql: `select ${MEETING_COLUMNS} from meeting mt join purchaser p on p.id = mt.purchaser_id
        where mt.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const meetingsByMatch: ManyRelation<Meeting> = {
  name: 'meetingsByMatch',
  key: 'matchId',
  scope: 'purchaser',
  sql: `select ${MEETING_COLUMNS} from meeting mt join purchaser p on p.id = mt.purchaser_id
        where mt.match_id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}
        order by mt.starts_at, mt.id`,
};
