import { selectList } from '../../graphql/columns.js';
import { purchaserScopeSql } from '../../auth/viewer.js';
import type { ByIdRelation, ManyRelation } from '../../graphql/loaders.js';
import type { ExhibitorMatch, Meeting } from './match.type.js';

export const MATCH_SELECT = selectList('exhibitor_match', 'm', [
  'id',
  'delegationId',
  'purchaserId',
  'needId',
  'exhibitorId',
  'status',
  ['score', 'm.score::float8', 'float8'],
  'reasons',
  'declineReason',
  'version',
  'createdAt',
  'updatedAt',
]);
export const MATCH_COLUMNS = MATCH_SELECT.text;

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
  'place',
  'link',
  'status',
  'version',
  'createdAt',
]);
export const MEETING_COLUMNS = MEETING_SELECT.text;

export const matchById: ByIdRelation<ExhibitorMatch> = {
  name: 'matchById',
  columns: MATCH_SELECT,
  typename: 'ExhibitorMatch',
  scope: 'purchaser',
  sql: `select ${MATCH_COLUMNS} from exhibitor_match m join purchaser p on p.id = m.purchaser_id
        where m.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const matchesByNeed: ManyRelation<ExhibitorMatch> = {
  name: 'matchesByNeed',
  columns: MATCH_SELECT,
  key: 'needId',
  scope: 'purchaser',
  sql: `select ${MATCH_COLUMNS} from exhibitor_match m join purchaser p on p.id = m.purchaser_id
        where m.need_id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}
        order by m.score desc nulls last, m.created_at, m.id`,
};

export const meetingById: ByIdRelation<Meeting> = {
  name: 'meetingById',
  columns: MEETING_SELECT,
  typename: 'Meeting',
  scope: 'purchaser',
  sql: `select ${MEETING_COLUMNS} from meeting mt join purchaser p on p.id = mt.purchaser_id
        where mt.id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}`,
};

export const meetingsByMatch: ManyRelation<Meeting> = {
  name: 'meetingsByMatch',
  columns: MEETING_SELECT,
  key: 'matchId',
  scope: 'purchaser',
  sql: `select ${MEETING_COLUMNS} from meeting mt join purchaser p on p.id = mt.purchaser_id
        where mt.match_id = any($1::uuid[]) and ${purchaserScopeSql('p', 2)}
        order by mt.starts_at, mt.id`,
};
