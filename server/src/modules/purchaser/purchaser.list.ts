import { column, sql } from '../../db/sql.js';
import type { ListSource } from '../../graphql/lists/connection.js';
import { OrderDirection } from '../../graphql/lists/connection.js';
import type { ListSpec } from '../../graphql/lists/filter.js';
import { organisationSpec } from '../organisation/organisation.list.js';
import { CHECKED_PURCHASERS } from './purchaser.loader.js';
import { PurchaserCategory, PurchaserStatus } from './purchaser.enums.js';

export const purchaserSpec: ListSpec = {
  name: 'Purchaser',
  table: 'purchaser',
  fields: {
    id: { value: { kind: 'id', type: 'Purchaser' }, sql: (a) => column(a, 'id') },
    status: {
      value: { kind: 'enum', enum: PurchaserStatus, name: 'PurchaserStatus' },
      sql: (a) => column(a, 'status'),
    },
    category: {
      value: { kind: 'enum', enum: PurchaserCategory, name: 'PurchaserCategory' },
      sql: (a) => column(a, 'category'),
    },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      sql: (a) => column(a, 'delegation_id'),
    },
    subDelegation: {
      value: { kind: 'id', type: 'SubDelegation' },
      sql: (a) => column(a, 'sub_delegation_id'),
    },
    lead: { value: { kind: 'id', type: 'SubDelegationLead' }, sql: (a) => column(a, 'lead_id') },
    invitedBy: {
      value: { kind: 'id', type: 'Organisation' },
      sql: (a) => column(a, 'invited_by_organisation_id'),
      description: 'The member unit or lead that invited the purchaser.',
    },
    invitedAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'invited_at') },
    registeredAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'registered_at') },
    approvedAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'approved_at') },
    reportedAt: { value: { kind: 'datetime' }, sql: (a) => column(a, 'reported_at') },
  },
  relations: {
    organisation: {
      target: () => organisationSpec,
      on: (outer, inner) => sql`${column(inner, 'id')} = ${column(outer, 'organisation_id')}`,
      description: 'The purchasing organisation matches this.',
    },
  },
};

/**
 * Purchasers the viewer reads: the common purchaser scope, plus every purchaser of the
 * delegations whose credit or background checks the viewer records.
 */
export const purchaserList: ListSource = {
  ...CHECKED_PURCHASERS,
  spec: purchaserSpec,
  order: {
    INVITED_AT: 'invitedAt',
    UPDATED_AT: 'updatedAt',
    STATUS: 'status',
    ORGANISATION_NAME_ZH: 'organisationNameZh',
    ID: 'id',
  },
  defaultOrder: [{ field: 'INVITED_AT', direction: OrderDirection.ASC }],
};
