import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { EXHIBITORS } from './exhibitor.loader.js';

/** What exhibitor lists filter on (and what filters through `exhibitor` reach). */
export const exhibitorSpec: ListSpec = {
  name: 'Exhibitor',
  table: 'exhibitor',
  fields: {
    id: { value: { kind: 'id', type: 'Exhibitor' }, column: 'id' },
    expo: { value: { kind: 'id', type: 'Expo' }, column: 'expoId' },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      column: 'exhibitionAreaId',
    },
    country: {
      value: { kind: 'string' },
      column: 'country',
      description: 'ISO 3166-1 alpha-2.',
    },
    nameEn: { value: { kind: 'string' }, column: 'nameEn' },
    nameZh: { value: { kind: 'string' }, column: 'nameZh' },
    booth: { value: { kind: 'string' }, column: 'booth' },
    products: { value: { kind: 'string' }, column: 'products' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
  },
};

/** Exhibitors are expo reference data: every signed-in viewer reads them. */
export const exhibitorList: ListSource = {
  ...EXHIBITORS,
  spec: exhibitorSpec,
  order: { NAME_EN: 'nameEn', COUNTRY: 'country', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'NAME_EN', direction: OrderDirection.ASC }],
};
