import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import { OnsiteEventKind } from './onsite.enums.js';
import { ONSITE_EVENTS } from './onsite.loader.js';

/** On-site events the viewer reads (the delegation's readers): by start, filtered by kind… */
export const onsiteEventList: ListSource = {
  ...ONSITE_EVENTS,
  spec: {
    name: 'OnsiteEvent',
    table: 'onsite_event',
    fields: {
      id: { value: { kind: 'id', type: 'OnsiteEvent' }, column: 'id' },
      delegation: { value: { kind: 'id', type: 'Delegation' }, column: 'delegationId' },
      kind: {
        value: { kind: 'enum', enum: OnsiteEventKind, name: 'OnsiteEventKind' },
        column: 'kind',
      },
      title: { value: { kind: 'string' }, column: 'title' },
      startsAt: { value: { kind: 'datetime' }, column: 'startsAt' },
    },
  },
  order: { STARTS_AT: 'startsAt', TITLE: 'title', ID: 'id' },
  defaultOrder: [{ field: 'STARTS_AT', direction: OrderDirection.ASC }],
  tenant: { field: 'delegation', reads: (viewer) => viewer.delegationIds },
};
