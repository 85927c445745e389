import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { purchaserScopeWith } from '../../auth/viewer.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import { MATCH_SELECT, MEETING_SELECT } from './match.loader.js';

export const matchSpec: ListSpec = {
  name: 'ExhibitorMatch',
  table: 'exhibitor_match',
  fields: {
    id: { value: { kind: 'id', type: 'ExhibitorMatch' }, sql: (a) => `${a}.id` },
    delegation: { value: { kind: 'id', type: 'Delegation' }, sql: (a) => `${a}.delegation_id` },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => `${a}.purchaser_id` },
    need: { value: { kind: 'id', type: 'ProcurementNeed' }, sql: (a) => `${a}.need_id` },
    exhibitor: { value: { kind: 'id', type: 'Exhibitor' }, sql: (a) => `${a}.exhibitor_id` },
    status: {
      value: { kind: 'enum', enum: MatchStatus, name: 'MatchStatus' },
      sql: (a) => `${a}.status`,
    },
    score: { value: { kind: 'decimal' }, sql: (a) => `${a}.score` },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.created_at` },
  },
};

/** Matches of purchasers the viewer reads. */
export const matchList: ListSource = {
  spec: matchSpec,
  alias: 'm',
  from: 'exhibitor_match m join purchaser p on p.id = m.purchaser_id and p.delegation_id = m.delegation_id',
  columns: MATCH_SELECT,
  scope: (viewer, params) => purchaserScopeWith(viewer, params),
  order: { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
  typename: 'ExhibitorMatch',
};

export const meetingSpec: ListSpec = {
  name: 'Meeting',
  table: 'meeting',
  fields: {
    id: { value: { kind: 'id', type: 'Meeting' }, sql: (a) => `${a}.id` },
    delegation: { value: { kind: 'id', type: 'Delegation' }, sql: (a) => `${a}.delegation_id` },
    match: { value: { kind: 'id', type: 'ExhibitorMatch' }, sql: (a) => `${a}.match_id` },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => `${a}.purchaser_id` },
    exhibitor: { value: { kind: 'id', type: 'Exhibitor' }, sql: (a) => `${a}.exhibitor_id` },
    phase: {
      value: { kind: 'enum', enum: MeetingPhase, name: 'MeetingPhase' },
      sql: (a) => `${a}.phase`,
    },
    mode: {
      value: { kind: 'enum', enum: MeetingMode, name: 'MeetingMode' },
      sql: (a) => `${a}.mode`,
    },
    status: {
      value: { kind: 'enum', enum: MeetingStatus, name: 'MeetingStatus' },
      sql: (a) => `${a}.status`,
    },
    startsAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.starts_at` },
    endsAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.ends_at` },
  },
};

/** Meetings of purchasers the viewer reads. */
export const meetingList: ListSource = {
  spec: meetingSpec,
  alias: 'mt',
  from: 'meeting mt join purchaser p on p.id = mt.purchaser_id and p.delegation_id = mt.delegation_id',
  columns: MEETING_SELECT,
  scope: (viewer, params) => purchaserScopeWith(viewer, params),
  order: { STARTS_AT: 'startsAt', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'STARTS_AT', direction: OrderDirection.ASC }],
  typename: 'Meeting',
};
