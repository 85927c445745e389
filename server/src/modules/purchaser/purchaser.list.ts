import { selectList } from '../../graphql/columns.js';
import type { ListSource } from '../../graphql/lists/connection.js';
import { OrderDirection } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { organisationSpec } from '../organisation/organisation.list.js';
import { checkedScopeParams, checkedScopeSql, PURCHASER_SELECT } from './purchaser.loader.js';
import { PurchaserCategory, PurchaserStatus } from './purchaser.enums.js';

export const purchaserSpec: ListSpec = {
  name: 'Purchaser',
  table: 'purchaser',
  fields: {
    id: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => `${a}.id` },
    status: {
      value: { kind: 'enum', enum: PurchaserStatus, name: 'PurchaserStatus' },
      sql: (a) => `${a}.status`,
    },
    category: {
      value: { kind: 'enum', enum: PurchaserCategory, name: 'PurchaserCategory' },
      sql: (a) => `${a}.category`,
    },
    delegation: { value: { kind: 'id', type: 'Delegation' }, sql: (a) => `${a}.delegation_id` },
    subDelegation: {
      value: { kind: 'id', type: 'SubDelegation' },
      sql: (a) => `${a}.sub_delegation_id`,
    },
    lead: { value: { kind: 'id', type: 'SubDelegationLead' }, sql: (a) => `${a}.lead_id` },
    invitedBy: {
      value: { kind: 'id', type: 'Organisation' },
      sql: (a) => `${a}.invited_by_organisation_id`,
      description: 'The member unit or lead that invited the purchaser.',
    },
    invitedAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.invited_at` },
    registeredAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.registered_at` },
    approvedAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.approved_at` },
    reportedAt: { value: { kind: 'datetime' }, sql: (a) => `${a}.reported_at` },
  },
  relations: {
    organisation: {
      target: () => organisationSpec,
      on: (outer, inner) => `${inner}.id = ${outer}.organisation_id`,
      description: 'The purchasing organisation matches this.',
    },
  },
};

/**
 * Purchasers the viewer reads: the common purchaser scope, plus every purchaser of the
 * delegations whose credit or background checks the viewer records.
 */
export const purchaserList: ListSource = {
  spec: purchaserSpec,
  alias: 'p',
  from: 'purchaser p join organisation o on o.id = p.organisation_id',
  columns: PURCHASER_SELECT.with(
    selectList('organisation', 'o', [['organisationNameZh', 'o.name_zh', 'text']]),
  ),
  scope: (viewer, params) => {
    const first = params.values.length + 1;
    for (const value of checkedScopeParams(viewer)) params.add(value);
    return checkedScopeSql('p', first);
  },
  order: {
    INVITED_AT: 'invitedAt',
    UPDATED_AT: 'updatedAt',
    STATUS: 'status',
    ORGANISATION_NAME_ZH: 'organisationNameZh',
    ID: 'id',
  },
  defaultOrder: [{ field: 'INVITED_AT', direction: OrderDirection.ASC }],
  typename: 'Purchaser',
};
