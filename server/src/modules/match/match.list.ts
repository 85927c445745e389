import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { MatchStatus, MeetingMode, MeetingPhase, MeetingStatus } from './match.enums.js';
import { MATCHES, MEETINGS } from './match.loader.js';

export const matchSpec: ListSpec = {
  name: 'ExhibitorMatch',
  table: 'exhibitor_match',
  fields: {
    id: { value: { kind: 'id', type: 'ExhibitorMatch' }, column: 'id' },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      column: 'delegationId',
    },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, column: 'purchaserId' },
    need: { value: { kind: 'id', type: 'ProcurementNeed' }, column: 'needId' },
    exhibitor: { value: { kind: 'id', type: 'Exhibitor' }, column: 'exhibitorId' },
    status: {
      value: { kind: 'enum', enum: MatchStatus, name: 'MatchStatus' },
      column: 'status',
    },
    score: { value: { kind: 'decimal' }, column: 'score' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
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
    id: { value: { kind: 'id', type: 'Meeting' }, column: 'id' },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      column: 'delegationId',
    },
    match: { value: { kind: 'id', type: 'ExhibitorMatch' }, column: 'matchId' },
    purchaser: { value: { kind: 'id', type: 'Purchaser' }, column: 'purchaserId' },
    exhibitor: { value: { kind: 'id', type: 'Exhibitor' }, column: 'exhibitorId' },
    meetingPoint: { value: { kind: 'id', type: 'MeetingPoint' }, column: 'meetingPointId' },
    phase: {
      value: { kind: 'enum', enum: MeetingPhase, name: 'MeetingPhase' },
      column: 'phase',
    },
    mode: {
      value: { kind: 'enum', enum: MeetingMode, name: 'MeetingMode' },
      column: 'mode',
    },
    status: {
      value: { kind: 'enum', enum: MeetingStatus, name: 'MeetingStatus' },
      column: 'status',
    },
    startsAt: { value: { kind: 'datetime' }, column: 'startsAt' },
    endsAt: { value: { kind: 'datetime' }, column: 'endsAt' },
  },
};

/** Meetings of purchasers the viewer reads. */
export const meetingList: ListSource = {
  ...MEETINGS,
  spec: meetingSpec,
  order: { STARTS_AT: 'startsAt', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'STARTS_AT', direction: OrderDirection.ASC }],
};
