import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { column } from '../../db/sql.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import { MATCHES, MEETINGS } from './match.loader.js';

export const matchSpec: ListSpec = {
  name: 'ExhibitorMatch',
  table: 'exhibitor_match',
  fields: {
    id: { value: { kind: 'id', type: 'ExhibitorMatch' }, sql: (a) => column(a, 'id') },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      sql: (a) => column(a, 'delegation_id'),
    },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => column(a, 'purchaser_id') },
    need: { value: { kind: 'id', type: 'ProcurementNeed' }, sql: (a) => column(a, 'need_id') },
    exhibitor: { value: { kind: 'id', type: 'Exhibitor' }, sql: (a) => column(a, 'exhibitor_id') },
    status: {
      value: { kind: 'enum', enum: MatchStatus, name: 'MatchStatus' },
      sql: (a) => column(a, 'status'),
    },
    score: { value: { kind: 'decimal' }, sql: (a) => column(a, 'score') },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'created_at') },
  },
};

/** Matches of purchasers the viewer reads. */
export const matchList: ListSource = {
  ...MATCHES,
  spec: matchSpec,
  order: { CREATED_AT: 'createdAt', UPDATED_AT: 'updatedAt', STATUS: 'status', ID: 'id' },
  defaultOrder: [{ field: 'CREATED_AT', direction: OrderDirection.DESC }],
};

export const meetingSpec: ListSpec = {
  name: 'Meeting',
  table: 'meeting',
  fields: {
    id: { value: { kind: 'id', type: 'Meeting' }, sql: (a) => column(a, 'id') },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      sql: (a) => column(a, 'delegation_id'),
    },
    match: { value: { kind: 'id', type: 'ExhibitorMatch' }, sql: (a) => column(a, 'match_id') },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => column(a, 'purchaser_id') },
    exhibitor: { value: { kind: 'id', type: 'Exhibitor' }, sql: (a) => column(a, 'exhibitor_id') },
    phase: {
      value: { kind: 'enum', enum: MeetingPhase, name: 'MeetingPhase' },
      sql: (a) => column(a, 'phase'),
    },
    mode: {
      value: { kind: 'enum', enum: MeetingMode, name: 'MeetingMode' },
      sql: (a) => column(a, 'mode'),
    },
    status: {
      value: { kind: 'enum', enum: MeetingStatus, name: 'MeetingStatus' },
      sql: (a) => column(a, 'status'),
    },
    startsAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'starts_at') },
    endsAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'ends_at') },
  },
};

/** Meetings of purchasers the viewer reads. */
export const meetingList: ListSource = {
  ...MEETINGS,
  spec: meetingSpec,
  order: { STARTS_AT: 'startsAt', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'STARTS_AT', direction: OrderDirection.ASC }],
};
