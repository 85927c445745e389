import type { Constructor } from '@mikro-orm/core';
import type { Migration } from '@mikro-orm/migrations';
import { Migration20261128000001Domain } from './Migration20261128000001_domain.js';
import { Migration20261128000002Access } from './Migration20261128000002_access.js';
import { Migration20261128000003Recruitment } from './Migration20261128000003_recruitment.js';
import { Migration20261128000005Realtime } from './Migration20261128000005_realtime.js';
import { Migration20261128000006Indexes } from './Migration20261128000006_indexes.js';
import { Migration20261202000007NestedIndexes } from './Migration20261202000007_nested_indexes.js';
import { Migration20261202000008FactIndexes } from './Migration20261202000008_fact_indexes.js';
import { Migration20261202000010LeadUnitGrants } from './Migration20261202000010_lead_unit_grants.js';
import { Migration20261206000004ContactOwnerIndexes } from './Migration20261206000004_contact_owner_indexes.js';
import { Migration20261206000006DealUsdRate } from './Migration20261206000006_deal_usd_rate.js';
import { Migration20261206100001Editions } from './Migration20261206100001_editions.js';
import { Migration20261206100002DelegationStructure } from './Migration20261206100002_delegation_structure.js';
import { Migration20261206110004Rollover } from './Migration20261206110004_rollover.js';
import { Migration20261206120005RegistrationNumber } from './Migration20261206120005_registration_number.js';
import { Migration20261206130001TenantStatistics } from './Migration20261206130001_tenant_statistics.js';
import { Migration20261206180001KeptSuggestions } from './Migration20261206180001_kept_suggestions.js';
import { Migration20261206190001DealExhibitorDelegation } from './Migration20261206190001_deal_exhibitor_delegation.js';
import { Migration20261206200001ExhibitorRole } from './Migration20261206200001_exhibitor_role.js';
import { Migration20261206200002MeetingPoints } from './Migration20261206200002_meeting_points.js';
import { Migration20261206200003MeetingSchedule } from './Migration20261206200003_meeting_schedule.js';
import { Migration20261206210001Tasks } from './Migration20261206210001_tasks.js';
import { Migration20261207010001Notifications } from './Migration20261207010001_notifications.js';
import { Migration20261207010002ReportsCirculars } from './Migration20261207010002_reports_circulars.js';
import { Migration20261207010003Logistics } from './Migration20261207010003_logistics.js';
import { Migration20261207020001OnsiteServices } from './Migration20261207020001_onsite_services.js';
import { Migration20261207030001OnsiteRest } from './Migration20261207030001_onsite_rest.js';
import { Migration20261207040001CitusReady } from './Migration20261207040001_citus_ready.js';

/** Every migration, in order. Listed explicitly so the same code runs from TypeScript and JS. */
export const migrations: { name: string; class: Constructor<Migration> }[] = [
  { name: 'Migration20261128000001_domain', class: Migration20261128000001Domain },
  { name: 'Migration20261128000002_access', class: Migration20261128000002Access },
  { name: 'Migration20261128000003_recruitment', class: Migration20261128000003Recruitment },
  { name: 'Migration20261128000005_realtime', class: Migration20261128000005Realtime },
  { name: 'Migration20261128000006_indexes', class: Migration20261128000006Indexes },
  { name: 'Migration20261202000007_nested_indexes', class: Migration20261202000007NestedIndexes },
  { name: 'Migration20261202000008_fact_indexes', class: Migration20261202000008FactIndexes },
  {
    name: 'Migration20261202000010_lead_unit_grants',
    class: Migration20261202000010LeadUnitGrants,
  },
  {
    name: 'Migration20261206000004_contact_owner_indexes',
    class: Migration20261206000004ContactOwnerIndexes,
  },
  { name: 'Migration20261206000006_deal_usd_rate', class: Migration20261206000006DealUsdRate },
  { name: 'Migration20261206100001_editions', class: Migration20261206100001Editions },
  {
    name: 'Migration20261206100002_delegation_structure',
    class: Migration20261206100002DelegationStructure,
  },
  { name: 'Migration20261206110004_rollover', class: Migration20261206110004Rollover },
  {
    name: 'Migration20261206120005_registration_number',
    class: Migration20261206120005RegistrationNumber,
  },
  {
    name: 'Migration20261206130001_tenant_statistics',
    class: Migration20261206130001TenantStatistics,
  },
  {
    name: 'Migration20261206180001_kept_suggestions',
    class: Migration20261206180001KeptSuggestions,
  },
  {
    name: 'Migration20261206190001_deal_exhibitor_delegation',
    class: Migration20261206190001DealExhibitorDelegation,
  },
  { name: 'Migration20261206200001_exhibitor_role', class: Migration20261206200001ExhibitorRole },
  { name: 'Migration20261206200002_meeting_points', class: Migration20261206200002MeetingPoints },
  {
    name: 'Migration20261206200003_meeting_schedule',
    class: Migration20261206200003MeetingSchedule,
  },
  { name: 'Migration20261206210001_tasks', class: Migration20261206210001Tasks },
  {
    name: 'Migration20261207010001_notifications',
    class: Migration20261207010001Notifications,
  },
  {
    name: 'Migration20261207010002_reports_circulars',
    class: Migration20261207010002ReportsCirculars,
  },
  { name: 'Migration20261207010003_logistics', class: Migration20261207010003Logistics },
  {
    name: 'Migration20261207020001_onsite_services',
    class: Migration20261207020001OnsiteServices,
  },
  { name: 'Migration20261207030001_onsite_rest', class: Migration20261207030001OnsiteRest },
  { name: 'Migration20261207040001_citus_ready', class: Migration20261207040001CitusReady },
];
