import type { ListSource } from '../../graphql/lists/connection.js';
import { OrderDirection } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { ORGANISATIONS } from './organisation.loader.js';
import { selectList } from '../../graphql/columns.js';
import { OrganisationKind } from './organisation.enums.js';

export const organisationSpec: ListSpec = {
  name: 'Organisation',
  table: 'organisation',
  fields: {
    id: { value: { kind: 'id', type: 'Organisation' }, column: 'id' },
    key: { value: { kind: 'string' }, column: 'key' },
    kind: {
      value: { kind: 'enum', enum: OrganisationKind, name: 'OrganisationKind' },
      column: 'kind',
    },
    nameZh: { value: { kind: 'string' }, column: 'nameZh' },
    nameEn: { value: { kind: 'string' }, column: 'nameEn' },
    creditCode: { value: { kind: 'string' }, column: 'creditCode' },
    createdAt: { value: { kind: 'datetime' }, column: 'createdAt' },
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
