import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { MeetingPointKind } from './meeting.enums.js';
import { MEETING_POINTS } from './meeting.loader.js';

export const meetingPointSpec: ListSpec = {
  name: 'MeetingPoint',
  table: 'meeting_point',
  fields: {
    id: { value: { kind: 'id', type: 'MeetingPoint' }, column: 'id' },
    expo: { value: { kind: 'id', type: 'Expo' }, column: 'expoId' },
    delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
    key: { value: { kind: 'string' }, column: 'key' },
    name: { value: { kind: 'string' }, column: 'name' },
    kind: {
      value: { kind: 'enum', enum: MeetingPointKind, name: 'MeetingPointKind' },
      column: 'kind',
    },
    capacity: { value: { kind: 'int' }, column: 'capacity' },
    active: { value: { kind: 'boolean' }, column: 'active' },
  },
};

/** Meeting points: the editions' for everyone, a delegation's own for those who read it. */
export const meetingPointList: ListSource = {
  ...MEETING_POINTS,
  spec: meetingPointSpec,
  order: { KEY: 'key', NAME: 'name', CAPACITY: 'capacity', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'KEY', direction: OrderDirection.ASC }],
};
