import { notFound } from '../graphql/errors.js';
import { ReadRegistry, type NestedList } from '../graphql/registry.js';
import { dealList } from './deal/deal.list.js';
import {
  delegationById,
  leadById,
  subDelegationById,
  subDelegationsByDelegation,
} from './delegation/delegation.loader.js';
import { exhibitorById } from './exhibitor/exhibitor.loader.js';
import { areaById, expoById } from './expo/expo.loader.js';
import { matchList } from './match/match.list.js';
import { matchById } from './match/match.loader.js';
import { needList } from './need/need.list.js';
import { needById } from './need/need.loader.js';
import { onsiteEventById } from './onsite/onsite.loader.js';
import { organisationById } from './organisation/organisation.loader.js';
import { purchaserList } from './purchaser/purchaser.list.js';
import { purchaserById } from './purchaser/purchaser.loader.js';
import { taskList } from './task/task.list.js';

/** The columns of a purchaser that decide who reads it (`readsPurchaser`). */
const PURCHASER_OWNER = ['delegationId', 'subDelegationId', 'leadId', 'invitedByOrganisationId'];

// Lists under a parent, as connections: the rows' column `key` holds the parent's id. Their
// resolvers (each domain's *.lists.resolver.ts) read them with nestedConnection.
export const subDelegationPurchasers: NestedList = {
  source: purchaserList,
  key: 'subDelegationId',
};
export const delegationDeals: NestedList = { source: dealList, key: 'delegationId' };
export const purchaserDeals: NestedList = { source: dealList, key: 'purchaserId' };
export const purchaserNeeds: NestedList = { source: needList, key: 'purchaserId' };
export const purchaserMatches: NestedList = { source: matchList, key: 'purchaserId' };
export const exhibitorDeals: NestedList = { source: dealList, key: 'exhibitorId' };
export const delegationTasks: NestedList = { source: taskList, key: 'delegationId' };

/**
 * Every field the read path serves inside its parent's statement, in one place: the to-one
 * fields a list's statement embeds (graphql/embeds.ts) and the lists folded into their parent's
 * statement (graphql/lists/levels.ts). Handed to the schema build (graphql/schema.ts); a field
 * not declared here is read by its own resolver, a statement per query level.
 */
export function readRegistry(): ReadRegistry {
  return (
    new ReadRegistry()
      // to-one fields, each the relation's own by-id SQL joined after the page's limit
      .embedOne('Deal', 'purchaser', purchaserById, 'purchaserId')
      .embedOne('Deal', 'exhibitor', exhibitorById, 'exhibitorId')
      .embedOne('Deal', 'match', matchById, 'matchId')
      .embedOne('Deal', 'exhibitionArea', areaById, 'exhibitionAreaId')
      .embedOne('Deal', 'delegation', delegationById, 'delegationId')
      .embedOne('Exhibitor', 'expo', expoById, 'expoId')
      .embedOne('Exhibitor', 'exhibitionArea', areaById, 'exhibitionAreaId')
      .embedOne('ExhibitorMatch', 'need', needById, 'needId')
      .embedOne('ExhibitorMatch', 'exhibitor', exhibitorById, 'exhibitorId', {
        missing: () => notFound('Exhibitor'),
      })
      .embedOne('ExhibitorMatch', 'purchaser', purchaserById, 'purchaserId', {
        missing: () => notFound('Purchaser'),
      })
      .embedOne('Purchaser', 'delegation', delegationById, 'delegationId')
      .embedOne('Purchaser', 'organisation', organisationById, 'organisationId')
      .embedOne('Purchaser', 'subDelegation', subDelegationById, 'subDelegationId')
      .embedOne('Purchaser', 'lead', leadById, 'leadId')
      .embedOne('Purchaser', 'invitedBy', organisationById, 'invitedByOrganisationId')
      // recruitment notes, for those who read the purchaser itself (not as a match's other party)
      .readColumns('Purchaser', 'rejectionReason', [...PURCHASER_OWNER, 'rejectionReason'])
      .readColumns('Purchaser', 'registrationNumber', [...PURCHASER_OWNER, 'registrationNumber'])
      // what a group of totals or counts is of, read with the group where a query selects it
      .embedOne('DealTotalsGroup', 'expo', expoById, 'expoId')
      .embedOne('DealTotalsGroup', 'delegation', delegationById, 'delegationId')
      .embedOne('DealTotalsGroup', 'subDelegation', subDelegationById, 'subDelegationId')
      .embedOne('DealTotalsGroup', 'leadUnit', organisationById, 'leadUnitId')
      .embedOne('DealTotalsGroup', 'exhibitionArea', areaById, 'exhibitionAreaId')
      .embedOne('DealTotalsGroup', 'zone', areaById, 'zoneId')
      .embedOne('DealTotalsGroup', 'event', onsiteEventById, 'eventId')
      .embedOne('PurchaserAggregateGroup', 'delegation', delegationById, 'delegationId')
      .embedOne('PurchaserAggregateGroup', 'subDelegation', subDelegationById, 'subDelegationId')
      .embedOne('PurchaserAggregateGroup', 'leadUnit', organisationById, 'leadUnitId')
      .embedOne('PurchaserAggregateGroup', 'invitedBy', organisationById, 'invitedById')
      .embedOne('MatchAggregateGroup', 'delegation', delegationById, 'delegationId')
      .embedOne('MatchAggregateGroup', 'subDelegation', subDelegationById, 'subDelegationId')
      .embedOne('MatchAggregateGroup', 'exhibitionArea', areaById, 'exhibitionAreaId')
      // lists folded into their parent's statement
      .foldConnection('SubDelegation', 'purchasers', subDelegationPurchasers)
      .foldConnection('Delegation', 'deals', delegationDeals)
      .foldConnection('Purchaser', 'deals', purchaserDeals)
      .foldConnection('Purchaser', 'needs', purchaserNeeds)
      .foldConnection('Purchaser', 'matches', purchaserMatches)
      .foldConnection('Exhibitor', 'deals', exhibitorDeals)
      .foldList('Delegation', 'subDelegations', subDelegationsByDelegation)
      // tasks: their owner unit and delegation with the page, a delegation's tasks folded in
      .embedOne('Task', 'owner', organisationById, 'ownerOrganisationId')
      .embedOne('Task', 'delegation', delegationById, 'delegationId')
      .embedOne('TaskAggregateGroup', 'delegation', delegationById, 'delegationId')
      .embedOne('TaskAggregateGroup', 'owner', organisationById, 'ownerId')
      .foldConnection('Delegation', 'tasks', delegationTasks)
      // reports up: the delegation with the page; the sections read only the frozen figures,
      // the export paths only the id (a list of headers leaves the figures unread)
      .embedOne('ProgressReport', 'delegation', delegationById, 'delegationId')
      .readColumns('ProgressReport', 'xlsxPath', [])
      .readColumns('ProgressReport', 'htmlPath', [])
      .readColumns('ProgressReport', 'recruitment', ['figures'])
      .readColumns('ProgressReport', 'deals', ['figures'])
      .readColumns('ProgressReport', 'dealsByArea', ['figures'])
      .readColumns('ProgressReport', 'taskCount', ['figures'])
      .readColumns('ProgressReport', 'tasksByStatus', ['figures'])
      .readColumns('ProgressReport', 'overdueTasks', ['figures'])
      .readColumns('ProgressReport', 'openProblems', ['figures'])
      // circulars: the delegation with the page
      .embedOne('Circular', 'delegation', delegationById, 'delegationId')
      .readColumns('Circular', 'acknowledgedCount', ['recipientCount', 'unacknowledgedCount'])
      .readColumns('Circular', 'recipients', [])
  );
}
