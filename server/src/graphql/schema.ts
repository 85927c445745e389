import 'reflect-metadata';
import './enums.js';
import {
  GraphQLObjectType,
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
import { ExhibitionAreaResolver, ExpoResolver } from '../modules/expo/expo.resolver.js';
import { OrganisationResolver } from '../modules/organisation/organisation.resolver.js';
import { PersonResolver } from '../modules/person/person.resolver.js';
import { RoleGrantResolver, UserResolver } from '../modules/user/user.resolver.js';
import { assertAccessDeclared } from '../auth/access.js';
import { DealEventResolver, DealTotalsResolver } from '../modules/deal/deal-totals.resolver.js';
import { ExhibitorResolver } from '../modules/exhibitor/exhibitor.resolver.js';
import { ProcurementNeedResolver } from '../modules/need/need.resolver.js';
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
  PurchaserListsResolver,
  SubDelegationListsResolver,
} from '../modules/relations.resolver.js';
import {
  MatchAggregateResolver,
  PurchaserAggregateResolver,
} from '../modules/aggregates.resolver.js';
import { NodeResolver } from './node.resolver.js';
import { toGlobalId } from './relay.js';

export const resolvers = [
  NodeResolver,
  ExpoResolver,
  ExhibitionAreaResolver,
  ExpoDelegationsResolver,
  DelegationResolver,
  DelegationContactResolver,
  MemberUnitResolver,
  LeadingGroupMemberResolver,
  ResponsibilityResolver,
  SubDelegationResolver,
  SubDelegationLeadResolver,
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
  PurchaserListsResolver,
  ExhibitorListsResolver,
  PurchaserAggregateResolver,
  MatchAggregateResolver,
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

let built: GraphQLSchema | undefined;

/** Builds the schema from resolver classes; refuses any root field without an access rule. */
export async function buildAppSchema(classes: readonly Function[]): Promise<GraphQLSchema> {
  assertAccessDeclared(classes);
  return globalIds(
    await buildSchema({
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
    }),
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
