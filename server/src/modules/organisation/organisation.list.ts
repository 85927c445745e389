import type { ListSource } from '../../graphql/lists/connection.js';
import { OrderDirection } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { column } from '../../db/sql.js';
import { ORGANISATIONS } from './organisation.loader.js';
import { selectList } from '../../graphql/columns.js';
import { OrganisationKind } from './organisation.enums.js';

export const organisationSpec: ListSpec = {
  name: 'Organisation',
  table: 'organisation',
  fields: {
    id: { value: { kind: 'id', type: 'Organisation' }, sql: (a) => column(a, 'id') },
    key: { value: { kind: 'string' }, sql: (a) => column(a, 'key') },
    kind: {
      value: { kind: 'enum', enum: OrganisationKind, name: 'OrganisationKind' },
      sql: (a) => column(a, 'kind'),
    },
    nameZh: { value: { kind: 'string' }, sql: (a) => column(a, 'name_zh') },
    nameEn: { value: { kind: 'string' }, sql: (a) => column(a, 'name_en') },
    creditCode: { value: { kind: 'string' }, sql: (a) => column(a, 'credit_code') },
    createdAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'created_at') },
  },
};

/** Organisations are reference data: every signed-in viewer reads them. */
export const organisationList: ListSource = {
  ...ORGANISATIONS,
  columns: ORGANISATIONS.columns.with(selectList('organisation', 'o', ['createdAt'])),
  spec: organisationSpec,
  order: { NAME_ZH: 'nameZh', KIND: 'kind', CREATED_AT: 'createdAt', ID: 'id' },
  defaultOrder: [{ field: 'NAME_ZH', direction: OrderDirection.ASC }],
};
