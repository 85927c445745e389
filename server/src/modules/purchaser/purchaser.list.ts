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
    id: { value: { kind: 'id', type: 'Purchaser' }, column: 'id' },
    status: {
      value: { kind: 'enum', enum: PurchaserStatus, name: 'PurchaserStatus' },
      column: 'status',
    },
    category: {
      value: { kind: 'enum', enum: PurchaserCategory, name: 'PurchaserCategory' },
      column: 'category',
    },
    delegation: {
      value: { kind: 'id', type: 'Delegation' },
      column: 'delegationId',
    },
    subDelegation: {
      value: { kind: 'id', type: 'SubDelegation' },
      column: 'subDelegationId',
    },
    lead: { value: { kind: 'id', type: 'SubDelegationLead' }, column: 'leadId' },
    invitedBy: {
      value: { kind: 'id', type: 'Organisation' },
      column: 'invitedByOrganisationId',
      description: 'The member unit or lead that invited the purchaser.',
    },
    invitedAt: { value: { kind: 'datetime' }, column: 'invitedAt' },
    registeredAt: { value: { kind: 'datetime' }, column: 'registeredAt' },
    approvedAt: { value: { kind: 'datetime' }, column: 'approvedAt' },
    reportedAt: { value: { kind: 'datetime' }, column: 'reportedAt' },
  },
  relations: {
    organisation: {
      target: () => organisationSpec,
      key: 'organisationId',
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
  tenant: { field: 'delegation', reads: (viewer) => viewer.checkDelegationIds },
};
