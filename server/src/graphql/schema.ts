import 'reflect-metadata';
import './enums.js';
import {
  GraphQLInterfaceType,
  GraphQLObjectType,
  GraphQLUnionType,
  lexicographicSortSchema,
  printSchema,
  type GraphQLSchema,
} from 'graphql';
import { buildSchema } from 'type-graphql';
import {
  DelegationContactResolver,
  DelegationResolver,
  ExpoDelegationsResolver,
  LeadingGroupMemberResolver,
  MemberUnitResolver,
  ResponsibilityResolver,
  SubDelegationLeadResolver,
  SubDelegationResolver,
} from '../modules/delegation/delegation.resolver.js';
import { DelegationSetupResolver } from '../modules/delegation/delegation-setup.resolver.js';
import { PlanFileResolver } from '../modules/delegation/plan.resolver.js';
import {
  DelegationStructureHistoryResolver,
  DelegationStructureResolver,
  MemberUnitDesignatedPersonResolver,
} from '../modules/delegation/structure.resolver.js';
import { ExhibitionAreaResolver, ExpoResolver } from '../modules/expo/expo.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { RoleGrantResolver, UserResolver } from '../modules/user/user.resolver.js';
import { assertAccessDeclared } from '../auth/access.js';
import { DealEventResolver, DealTotalsResolver } from '../modules/deal/deal-totals.resolver.js';
import { ExhibitorResolver } from '../modules/exhibitor/exhibitor.resolver.js';
import {
  ExhibitorRepresentativeResolver,
  ExhibitorRepresentativesResolver,
} from '../modules/exhibitor/exhibitor-representative.resolver.js';
import {
  AttendeeAvailabilityResolver,
  CalendarTokenResolver,
  ExpoMeetingsResolver,
  MeetingDayResolver,
  MeetingParticipantResolver,
  MeetingPeopleResolver,
  MeetingPointResolver,
  RepresentativeAvailabilityResolver,
  UnavailabilityResolver,
} from '../modules/meeting/meeting.resolver.js';
import { ProcurementNeedResolver } from '../modules/need/need.resolver.js';
import {
  MeetingScheduleItemResolver,
  MeetingScheduleResolver,
} from '../modules/schedule/schedule.resolver.js';
import {
  ExhibitorMatchResolver,
  ExhibitorSuggestionResolver,
  MeetingResolver,
} from '../modules/match/match.resolver.js';
import {
  DealFollowUpResolver,
  DealResolver,
  DelegationDealTotalsResolver,
  ExchangeRateResolver,
  ExpoExchangeRatesResolver,
  MatchDealsResolver,
  SubDelegationDealTotalsResolver,
} from '../modules/deal/deal.resolver.js';
import { AuditEventResolver } from '../modules/audit/audit.resolver.js';
import {
  AttendeeResolver,
  BackgroundCheckResolver,
  CreditCheckResolver,
  LeadRecruitmentProgressResolver,
  PurchaserReportBatchResolver,
  PurchaserResolver,
  RecruitmentProgressResolver,
  SubDelegationRecruitmentProgressResolver,
} from '../modules/purchaser/purchaser.resolver.js';
import {
  DelegationListsResolver,
  ExhibitorListsResolver,
  PurchaserDealsResolver,
} from '../modules/deal/deal.lists.resolver.js';
import { PurchaserMatchesResolver } from '../modules/match/match.lists.resolver.js';
import { MatchAggregateResolver } from '../modules/match/match.aggregate.js';
import { PurchaserNeedsResolver } from '../modules/need/need.lists.resolver.js';
import { PurchaserAggregateResolver } from '../modules/purchaser/purchaser.aggregate.js';
import { PurchaserBulkResolver } from '../modules/purchaser/purchaser.bulk.resolver.js';
import { SubDelegationListsResolver } from '../modules/purchaser/purchaser.lists.resolver.js';
import { contactOwners } from '../modules/contact-owners.js';
import { NodeResolver } from './node.resolver.js';
import { maskedContacts, type ContactOwnerRules } from './contacts.js';
import { readRegistry } from '../modules/reads.js';
import { embeddedRow } from './embeds.js';
import { attachReads, type ReadRegistry } from './registry.js';
import { liveSubscriptions } from './live.js';
import { normalisedTextInputs } from './text.js';
import { toGlobalId } from './relay.js';
import { directResolvers, inheritedExtensions } from './type-graphql-internals.js';
import {
  DelegationTasksResolver,
  TaskAggregateResolver,
  TaskProblemResolver,
  TaskProgressResolver,
  TaskResolver,
} from '../modules/task/task.resolver.js';
import {
  ProgressReportChangesResolver,
  ProgressReportProblemResolver,
  ProgressReportResolver,
  ProgressReportTaskResolver,
} from '../modules/report/report.resolver.js';
import {
  CircularRecipientResolver,
  CircularResolver,
} from '../modules/circular/circular.resolver.js';
import { logisticsResolvers } from '../modules/logistics/logistics.resolver.js';
import {
  NotificationResolver,
  WebhookDeliveryResolver,
  WebhookResolver,
} from '../modules/notification/notification.resolver.js';
import { onsiteResolvers } from '../modules/onsite/onsite.resolver.js';
import { servicesResolvers } from '../modules/services/services.resolver.js';

export const resolvers = [
  NodeResolver,
  ExpoResolver,
  ExhibitionAreaResolver,
  ExpoDelegationsResolver,
  DelegationSetupResolver,
  DelegationResolver,
  DelegationContactResolver,
  MemberUnitResolver,
  LeadingGroupMemberResolver,
  ResponsibilityResolver,
  SubDelegationResolver,
  SubDelegationLeadResolver,
  DelegationStructureResolver,
  MemberUnitDesignatedPersonResolver,
  DelegationStructureHistoryResolver,
  PlanFileResolver,
  OrganisationResolver,
  PersonResolver,
  UserResolver,
  RoleGrantResolver,
  DealTotalsResolver,
  DealEventResolver,
  ExhibitorResolver,
  ProcurementNeedResolver,
  ExhibitorMatchResolver,
  MeetingResolver,
  ExhibitorSuggestionResolver,
  DealResolver,
  DealFollowUpResolver,
  ExchangeRateResolver,
  ExpoExchangeRatesResolver,
  MatchDealsResolver,
  DelegationDealTotalsResolver,
  SubDelegationDealTotalsResolver,
  PurchaserResolver,
  PurchaserBulkResolver,
  AttendeeResolver,
  CreditCheckResolver,
  BackgroundCheckResolver,
  PurchaserReportBatchResolver,
  RecruitmentProgressResolver,
  SubDelegationRecruitmentProgressResolver,
  LeadRecruitmentProgressResolver,
  AuditEventResolver,
  SubDelegationListsResolver,
  DelegationListsResolver,
  PurchaserDealsResolver,
  PurchaserNeedsResolver,
  PurchaserMatchesResolver,
  ExhibitorListsResolver,
  PurchaserAggregateResolver,
  MatchAggregateResolver,
  TaskResolver,
  TaskAggregateResolver,
  TaskProgressResolver,
  TaskProblemResolver,
  DelegationTasksResolver,
  ExhibitorRepresentativeResolver,
  ExhibitorRepresentativesResolver,
  MeetingPointResolver,
  MeetingDayResolver,
  ExpoMeetingsResolver,
  UnavailabilityResolver,
  AttendeeAvailabilityResolver,
  RepresentativeAvailabilityResolver,
  MeetingPeopleResolver,
  MeetingParticipantResolver,
  CalendarTokenResolver,
  MeetingScheduleResolver,
  MeetingScheduleItemResolver,
  ProgressReportResolver,
  ProgressReportTaskResolver,
  ProgressReportProblemResolver,
  ProgressReportChangesResolver,
  CircularResolver,
  CircularRecipientResolver,
  ...logisticsResolvers,
  NotificationResolver,
  WebhookResolver,
  WebhookDeliveryResolver,
  ...onsiteResolvers,
  ...servicesResolvers,
] as const;

/**
 * Rows carry their database uuid in `id`; every Node type exposes it as a global ID.
 * Done once on the built schema: a plain synchronous resolver per type, no per-field plumbing.
 */
function globalIds(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType)) continue;
    if (!type.getInterfaces().some((i) => i.name === 'Node')) continue;
    const field = type.getFields().id;
    if (!field) continue;
    const typeName = type.name;
    field.resolve = (row: { id: string }) => toGlobalId(typeName, row.id);
  }
  return schema;
}

/**
 * Registered to-one fields (embeds.ts) answer from the related row their parent's statement
 * embedded, synchronously; a parent read without it falls back to the field's own resolver.
 */
function embeddedResolvers(schema: GraphQLSchema, reads: ReadRegistry): GraphQLSchema {
  for (const [name, embedded] of reads.embeds) {
    const [typeName, fieldName] = name.split('.') as [string, string];
    const type = schema.getType(typeName);
    const field = type instanceof GraphQLObjectType ? type.getFields()[fieldName] : undefined;
    if (!field?.resolve) throw new Error(`${name} is registered for embedding but has no resolver`);
    const load = field.resolve;
    field.resolve = (row, args, context, info) => {
      const found = embeddedRow(row as Record<string, unknown>, fieldName, embedded);
      return found === undefined ? load(row, args, context, info) : found;
    };
  }
  return schema;
}

/**
 * A connection's `totalCount` is a property that counts on first read (a promise): resolved
 * explicitly, so that every executor awaits it (graphql-jit reads plain properties as values).
 */
function countedLazily(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLObjectType) || !type.name.endsWith('Connection')) continue;
    const field = type.getFields().totalCount;
    if (field && !field.resolve) {
      field.resolve = (connection: { totalCount: Promise<number> | number }) =>
        connection.totalCount;
    }
  }
  return schema;
}

/**
 * Abstract types (Node) resolve by the `__typename` every row carries, synchronously: type-graphql
 * wraps a declared resolveType in an async function, which graphql-js awaits but graphql-jit,
 * which wants the type at once, does not.
 */
function typedByName(schema: GraphQLSchema): GraphQLSchema {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!(type instanceof GraphQLInterfaceType || type instanceof GraphQLUnionType)) continue;
    if (type.name.startsWith('__')) continue;
    type.resolveType = (value) => (value as { __typename?: string } | null)?.__typename;
  }
  return schema;
}

/** What the root types are, said once (type-graphql builds them without a description). */
const ROOT_DESCRIPTIONS = {
  Query:
    'What a viewer may read: each list and record within the scope of their role grants; a record outside it reads as missing.',
  Mutation:
    'What a viewer may change: each write checks their role and scope, writes all or nothing, and answers bad input with `extensions.code` and `extensions.field`.',
  Subscription:
    "Live updates over WebSocket (graphql-ws): each event is re-read with the viewer's current scope.",
} as const;

function describedRoots(schema: GraphQLSchema): GraphQLSchema {
  const roots = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()];
  for (const root of roots) {
    if (root && !root.description) {
      root.description = ROOT_DESCRIPTIONS[root.name as keyof typeof ROOT_DESCRIPTIONS] ?? null;
    }
  }
  return schema;
}

let built: GraphQLSchema | undefined;

/**
 * Builds the schema from resolver classes; refuses any root field without an access rule, any
 * subscription not made with `live()` (graphql/live.ts), and any contact field (phone, e-mail,
 * ID number) on a type without an owner rule. `reads`: what the read path serves inside a
 * parent's statement (graphql/registry.ts), attached to the schema.
 */
export async function buildAppSchema(
  classes: readonly Function[],
  owners: ContactOwnerRules = contactOwners,
  reads: ReadRegistry = readRegistry(),
): Promise<GraphQLSchema> {
  assertAccessDeclared(classes);
  const schema = await buildSchema({
    resolvers: classes as unknown as [Function, ...Function[]],
    validate: false,
    emitSchemaFile: false,
    // every subscription brings its own `subscribe` (PostgreSQL LISTEN/NOTIFY): topics are unused
    pubSub: {
      publish() {
        throw new Error(
          'topic publishing is not used: subscriptions read PostgreSQL notifications',
        );
      },
      subscribe() {
        throw new Error('every subscription declares its own subscribe function');
      },
    },
  });
  // every subscription re-checks its viewer while it runs (refused here if one cannot)
  liveSubscriptions(schema, classes);
  // a name an input type inherits (NameChangesInput) is marked as its own would be
  inheritedExtensions(schema);
  // order matters: plain resolvers first, then the Node types' global IDs over them, and the
  // masking of contact fields over whatever resolves them
  return attachReads(
    describedRoots(
      normalisedTextInputs(
        maskedContacts(
          typedByName(
            countedLazily(globalIds(embeddedResolvers(directResolvers(schema, classes), reads))),
          ),
          owners,
        ),
      ),
    ),
    reads,
  );
}

export async function createSchema(): Promise<GraphQLSchema> {
  built ??= await buildAppSchema(resolvers);
  return built;
}

/** The SDL committed as schema/schema.graphql. */
export async function printSdl(): Promise<string> {
  return printSchema(lexicographicSortSchema(await createSchema()));
}
