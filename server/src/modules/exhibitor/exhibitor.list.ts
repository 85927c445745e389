import { OrderDirection, type ListSource } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { column } from '../../db/sql.js';
import { EXHIBITORS } from './exhibitor.loader.js';

/** What exhibitor lists filter on (and what filters through `exhibitor` reach). */
export const exhibitorSpec: ListSpec = {
  name: 'Exhibitor',
  table: 'exhibitor',
  fields: {
    id: { value: { kind: 'id', type: 'Exhibitor' }, sql: (a) => column(a, 'id') },
    expo: { value: { kind: 'id', type: 'Expo' }, sql: (a) => column(a, 'expo_id') },
    exhibitionArea: {
      value: { kind: 'id', type: 'ExhibitionArea' },
      sql: (a) => column(a, 'exhibition_area_id'),
    },
    country: {
      value: { kind: 'string' },
      sql: (a) => column(a, 'country'),
      description: 'ISO 3166-1 alpha-2.',
    },
    nameEn: { value: { kind: 'string' }, sql: (a) => column(a, 'name_en') },
    nameZh: { value: { kind: 'string' }, sql: (a) => column(a, 'name_zh') },
    booth: { value: { kind: 'string' }, sql: (a) => column(a, 'booth') },
    products: { value: { kind: 'string' }, sql: (a) => column(a, 'products') },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'created_at') },
  },
};

/** Exhibitors are expo reference data: every signed-in viewer reads them. */
export const exhibitorList: ListSource = {
  ...EXHIBITORS,
  spec: exhibitorSpec,
  order: { NAME_EN: 'nameEn', COUNTRY: 'country', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'NAME_EN', direction: OrderDirection.ASC }],
};
