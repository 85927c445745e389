import { randomUUID } from 'node:crypto';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  isInputObjectType,
  isLeafType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../server/src/graphql/relay.js';
import { registration } from '../helpers/recruitment.js';
import { post, useTestServer, type GqlResult } from '../helpers/server.js';
import { CSV_HEADER, seeded, tradePurchaser } from '../helpers/trade.js';

/**
 * One rule for every mutation, held for every ID argument the schema has:
 * - an ID that names no record (missing, malformed, or of another type) is NOT_FOUND with the
 *   argument's input path in `extensions.field`;
 * - a record outside the caller's read scope answers exactly as a missing one (same code, field
 *   and message: its existence does not leak);
 * - a record the caller reads but may not change is FORBIDDEN;
 * and nothing is written in any of these cases.
 */

/** Who, in the second delegation (Gansu), holds the role a mutation asks for. */
const OUTSIDER = {
  office: ['DELEGATION_OFFICE', 'CIIE-5/GS'],
  lead: ['SUB_DELEGATION_LEAD', 'CIIE-5/GS/COMMERCE'],
  credit: ['CREDIT_CHECKER', 'CIIE-5/GS'],
  background: ['BACKGROUND_CHECKER', 'CIIE-5/GS'],
  // the bureau of another edition (CIIE-6): it does not read CIIE-5's delegations
  bureau: ['EXPO_BUREAU', 'CIIE-6'],
} as const;
type Role = keyof typeof OUTSIDER;

/**
 * A call of a mutation: its arguments, every ID argument given a record of the Qinghai
 * delegation (or of the CIIE-5 expo). `role`: the Gansu holder of the role it asks for, who
 * cannot read those records; `reference`: the record written is reference data that everyone
 * signed in reads (expos, exhibitors), so nobody is outside its read scope and the EXPO_BUREAU
 * of another expo is the one who reads but may not change it.
 */
interface Call {
  args: () => Record<string, unknown>;
  role: Role | 'reference';
}

/** Mutations that take no ID of an existing record, and why. */
const NO_RECORD: Record<string, string> = {
  createOrganisation: 'creates an organisation from its name and credit code alone',
  createExpo: 'creates an expo edition from its own fields, areas and rates alone',
  markNotificationsRead:
    "marks the caller's own feed: its IDs are notifications' sequence numbers, each NOT_FOUND at its path unless the caller reads it (notifications.test.ts)",
};
/** ID arguments that are not global IDs of records, and why. */
const NOT_RECORD_IDS: Record<string, string> = {
  'revokeToken.jti': "a token's id (the JWT jti), not a record's global ID",
  'markNotificationsRead.ids': 'notifications are numbered in order (a sequence, not a uuid)',
  'markNotificationsRead.upTo': 'notifications are numbered in order (a sequence, not a uuid)',
};

const TABLE_OF: Record<string, string> = {
  Purchaser: 'purchaser',
  Attendee: 'attendee',
  ProcurementNeed: 'procurement_need',
  ExhibitorMatch: 'exhibitor_match',
  Meeting: 'meeting',
  MeetingSchedule: 'meeting_schedule',
  Deal: 'deal',
  User: 'app_user',
  RoleGrant: 'role_grant',
  Delegation: 'delegation',
  Expo: 'expo',
  Exhibitor: 'exhibitor',
  LeadingGroupMember: 'leading_group_member',
  MemberUnit: 'member_unit',
  SubDelegation: 'sub_delegation',
  SubDelegationLead: 'sub_delegation_lead',
  Responsibility: 'responsibility',
  Task: 'task',
  TaskProblem: 'task_problem',
  ExhibitorRepresentative: 'exhibitor_representative',
  MeetingPoint: 'meeting_point',
  Unavailability: 'unavailability',
  CalendarToken: 'calendar_token',
  Circular: 'circular',
  ServiceUnit: 'service_unit',
  Trip: 'trip',
  AdmissionCertificate: 'admission_certificate',
  RoomBlock: 'room_block',
  Room: 'room',
  RoomAssignment: 'room_assignment',
  Meal: 'meal',
  Webhook: 'webhook',
  WebhookDelivery: 'webhook_delivery',
  OnsiteEvent: 'onsite_event',
  OnsiteParticipant: 'onsite_participant',
  FundingRequest: 'funding_request',
  HealthIncident: 'health_incident',
  CustomsConsultation: 'customs_consultation',
  PublicityRecord: 'publicity_record',
  ProtocolRequest: 'protocol_request',
  EmergencyPlan: 'emergency_plan',
  SubDelegationContact: 'sub_delegation_contact',
};
const TABLES = [
  'expo',
  'exhibition_area',
  'delegation',
  'organisation',
  'purchaser',
  'person',
  'attendee',
  'credit_check',
  'background_check',
  'purchaser_report_batch',
  'procurement_need',
  'exhibitor_match',
  'meeting',
  'meeting_schedule',
  'meeting_schedule_item',
  'deal',
  'deal_follow_up',
  'exhibitor',
  'exchange_rate',
  'app_user',
  'role_grant',
  'revoked_token',
  'audit_event',
  'task',
  'task_progress',
  'task_problem',
  'leading_group_member',
  'member_unit',
  'sub_delegation',
  'sub_delegation_lead',
  'responsibility',
  'exhibitor_representative',
  'meeting_point',
  'meeting_day',
  'unavailability',
  'meeting_participant',
  'calendar_token',
  'progress_report',
  'circular',
  'circular_recipient',
  'circular_acknowledgement',
  'service_unit',
  'trip',
  'admission_certificate',
  'room_block',
  'room',
  'room_assignment',
  'meal',
  'notification_event',
  'notification_read',
  'notification_read_mark',
  'webhook',
  'webhook_delivery',
  'onsite_event',
  'onsite_participant',
  'funding_request',
  'health_incident',
  'customs_consultation',
  'publicity_record',
  'protocol_request',
  'emergency_plan',
  'sub_delegation_contact',
];

/** The input paths of every ID argument of a mutation (`input.purchaserIds` for a list). */
function idPaths(field: GraphQLField<unknown, unknown>): string[] {
  const paths: string[] = [];
  const walk = (type: GraphQLInputType, path: string, seen: Set<string>) => {
    const named = getNamedType(type);
    if (named.name === 'ID') paths.push(path);
    else if (isInputObjectType(named) && !seen.has(named.name)) {
      for (const inner of Object.values(named.getFields()))
        walk(inner.type, `${path}.${inner.name}`, new Set([...seen, named.name]));
    }
  };
  for (const arg of field.args) walk(arg.type, arg.name, new Set());
  return paths;
}

/** The mutation called with each argument as a variable of the same name. */
function documentOf(field: GraphQLField<unknown, unknown>): string {
  const variables = field.args.map((a) => `$${a.name}: ${a.type}`).join(', ');
  const args = field.args.map((a) => `${a.name}: $${a.name}`).join(', ');
  const selection = isLeafType(getNamedType(field.type)) ? '' : ' { __typename }';
  return `mutation(${variables}) { ${field.name}(${args})${selection} }`;
}

/** An input path without its list indexes: `input.leads.0.organisationId` → `input.leads.organisationId`. */
const withoutIndexes = (path: string) => path.replace(/\.\d+(?=\.|$)/g, '');

/**
 * The global IDs in `args` by input path (`input.purchaserIds.0` for a list's items,
 * `input.leads.0.organisationId` for an ID in a list of inputs).
 */
function idsIn(value: unknown, paths: string[], path = ''): Map<string, string> {
  const found = new Map<string, string>();
  if (typeof value === 'string' && paths.includes(withoutIndexes(path))) {
    found.set(path, value);
  } else if (typeof value === 'object' && value !== null) {
    for (const [key, inner] of Object.entries(value))
      for (const [p, id] of idsIn(inner, paths, path ? `${path}.${key}` : key)) found.set(p, id);
  }
  return found;
}

/** `args` with the value at `path` replaced. */
function withValue(args: Record<string, unknown>, path: string, value: string) {
  const copy = structuredClone(args);
  const keys = path.split('.');
  let at: any = copy;
  for (const key of keys.slice(0, -1)) at = at[key];
  at[keys.at(-1)!] = value;
  return copy;
}

/** The error a refused call answered, without where it was raised (path, stack trace). */
function refusal(result: GqlResult) {
  expect(result.body.errors, JSON.stringify(result.body.data)).toHaveLength(1);
  const { message, extensions } = result.body.errors![0];
  const { stacktrace: _, ...rest } = extensions;
  return { message, extensions: rest };
}

describe('refusals: one answer for every mutation', () => {
  const t = useTestServer();
  let schema: GraphQLSchema;
  const r = {} as Record<
    | 'expo'
    | 'area'
    | 'qh'
    | 'commerce'
    | 'leadOrganisation'
    | 'inviteOrganisation'
    | 'cultureTourism'
    | 'purchaser'
    | 'attendee'
    | 'exhibitor'
    | 'need'
    | 'match'
    | 'meeting'
    | 'deal'
    | 'user'
    | 'grant'
    | 'member'
    | 'unit'
    | 'lead'
    | 'duty'
    | 'official'
    | 'task'
    | 'problem'
    | 'representative'
    | 'point'
    | 'unavailability'
    | 'calendarToken'
    | 'schedule'
    | 'circular'
    | 'serviceUnit'
    | 'trip'
    | 'certificate'
    | 'block'
    | 'room'
    | 'assignment'
    | 'meal'
    | 'webhook'
    | 'delivery'
    | 'event'
    | 'participant'
    | 'funding'
    | 'incident'
    | 'consultation'
    | 'publicity'
    | 'protocol'
    | 'plan',
    string
  >;
  /** Gansu role holders who also read all of Qinghai (ANALYST there), by role. */
  const readerTokens = {} as Record<Role | 'reference', string>;

  beforeAll(async () => {
    const one = async (text: string, params: unknown[] = []) =>
      (await t.sql.query(text, params)).rows[0].id as string;
    const ids = await seeded(t.sql);
    r.expo = ids.expo;
    r.area = ids.area.TECH_EQUIPMENT!;
    r.qh = ids.delegation;
    r.commerce = ids.subDelegation.COMMERCE!;
    // a second delegation of the same expo (Gansu), with a sub-delegation led by Commerce
    const gs =
      await one(`insert into delegation (expo_id, key, name_zh, name_en, province_zh, province_en)
      values ('${ids.expoId}', 'GS', '甘肃交易团', 'Gansu Delegation', '甘肃', 'Gansu') returning id`);
    const gsCommerce = await one(
      `insert into sub_delegation (delegation_id, key, name_zh, name_en) values ($1, 'COMMERCE', '商贸分团', 'Commerce') returning id`,
      [gs],
    );
    // its one lead unit (a lead's grant is bound to a lead unit)
    await t.sql.query(
      `insert into sub_delegation_lead (delegation_id, sub_delegation_id, organisation_id)
       select $1, $2, id from organisation where key = 'COMMERCE'`,
      [gs, gsCommerce],
    );
    // another expo, whose bureau reads CIIE-5's reference data but may not change it
    await t.sql.query(`insert into expo (key, edition, name_zh, name_en, starts_on, ends_on)
      values ('CIIE-6', 6, '第六届中国国际进口博览会', '6th China International Import Expo', '2023-11-05', '2023-11-10')`);
    const purchaser = await tradePurchaser(t.sql, { key: 'REFUSAL_P', subDelegation: 'COMMERCE' });
    r.purchaser = purchaser.gid;
    const lead = await one(
      `select l.organisation_id as id from sub_delegation_lead l
       where l.sub_delegation_id = $1 order by l.position limit 1`,
      [fromGlobalId(r.commerce)!.id],
    );
    r.leadOrganisation = toGlobalId('Organisation', lead);
    r.cultureTourism = toGlobalId(
      'Organisation',
      await one(`select id from organisation where key = 'CULTURE_TOURISM'`),
    );
    r.inviteOrganisation = toGlobalId(
      'Organisation',
      await one(
        `insert into organisation (kind, name_zh) values ('ENTERPRISE', '待邀请企业') returning id`,
      ),
    );
    const person = await one(
      `insert into person (delegation_id, name) values ($1, '参会人') returning id`,
      [purchaser.delegation],
    );
    r.attendee = toGlobalId(
      'Attendee',
      await one(
        `insert into attendee (delegation_id, purchaser_id, person_id) values ($1, $2, $3) returning id`,
        [purchaser.delegation, purchaser.id, person],
      ),
    );
    const exhibitor = await one(
      `insert into exhibitor (expo_id, exhibition_area_id, name_en, country, products)
       values ($1, $2, 'Refusal Valves AG', 'CH', 'valves') returning id`,
      [ids.expoId, fromGlobalId(r.area)!.id],
    );
    r.exhibitor = toGlobalId('Exhibitor', exhibitor);
    // who meets, where: a representative of the exhibitor, an online room of the expo, a blocked
    // time and a calendar feed of the attendee
    r.representative = toGlobalId(
      'ExhibitorRepresentative',
      await one(
        `insert into exhibitor_representative (exhibitor_id, expo_id, name) values ($1, $2, 'Rep') returning id`,
        [exhibitor, ids.expoId],
      ),
    );
    r.point = toGlobalId(
      'MeetingPoint',
      await one(
        `insert into meeting_point (expo_id, key, name, kind, capacity, link)
         values ($1, 'R-ONLINE', 'Refusals room', 'ONLINE_ROOM', 4, 'https://meet.example/r') returning id`,
        [ids.expoId],
      ),
    );
    r.unavailability = toGlobalId(
      'Unavailability',
      await one(
        `insert into unavailability (attendee_id, during)
         values ($1, '[2022-11-07 00:00Z, 2022-11-07 02:00Z)') returning id`,
        [fromGlobalId(r.attendee)!.id],
      ),
    );
    // a disabled webhook of Qinghai and a dead delivery of it (the worker leaves both alone)
    const webhook = await one(
      `insert into webhook (delegation_id, url, secret, enabled, created_by)
       values ($1, 'http://127.0.0.1:9/hook', 'whsec_refusal', false, 'test') returning id`,
      [ids.delegationId],
    );
    r.webhook = toGlobalId('Webhook', webhook);
    const notice = await one(
      `insert into notification_event (delegation_id, kind, subject, audience, idempotency_key, fanned_out_at)
       values ($1, 'CIRCULAR', 'refusal', 'DELEGATION', 'refusal', now()) returning id`,
      [ids.delegationId],
    );
    r.delivery = toGlobalId(
      'WebhookDelivery',
      await one(
        `insert into webhook_delivery (webhook_id, event_id, delegation_id, status, attempts)
         values ($1, $2, $3, 'DEAD', 3) returning id`,
        [webhook, notice, ids.delegationId],
      ),
    );
    r.calendarToken = toGlobalId(
      'CalendarToken',
      await one(
        `insert into calendar_token (attendee_id, token_hash) values ($1, repeat('a', 64)) returning id`,
        [fromGlobalId(r.attendee)!.id],
      ),
    );
    const need = await one(
      `insert into procurement_need (delegation_id, purchaser_id, title, status, published_at)
       values ($1, $2, 'valves', 'PUBLISHED', now()) returning id`,
      [purchaser.delegation, purchaser.id],
    );
    r.need = toGlobalId('ProcurementNeed', need);
    const match = await one(
      `insert into exhibitor_match (delegation_id, purchaser_id, need_id, exhibitor_id, status,
         purchaser_accepted_at, exhibitor_accepted_at)
       values ($1, $2, $3, $4, 'ACCEPTED', now(), now()) returning id`,
      [purchaser.delegation, purchaser.id, need, exhibitor],
    );
    r.match = toGlobalId('ExhibitorMatch', match);
    r.meeting = toGlobalId(
      'Meeting',
      await one(
        `insert into meeting (delegation_id, match_id, purchaser_id, exhibitor_id, phase, mode, starts_at, ends_at, link,
           purchaser_accepted_at)
         values ($1, $2, $3, $4, 'PRE_SHOW', 'ONLINE', '2022-10-01T02:00:00Z', '2022-10-01T03:00:00Z', 'https://meet.example/r',
           now())
         returning id`,
        [purchaser.delegation, match, purchaser.id, exhibitor],
      ),
    );
    // a DRAFT run of the Qinghai office's scheduler, to publish or discard
    r.schedule = toGlobalId(
      'MeetingSchedule',
      await one(
        `insert into meeting_schedule (expo_id, delegation_id, matches, placeable, placed, must_meet,
           must_meet_placed, created_by)
         values ($1, $2, 0, 0, 0, 0, 0, 'refusals') returning id`,
        [ids.expoId, purchaser.delegation],
      ),
    );
    r.deal = toGlobalId(
      'Deal',
      await one(
        `insert into deal (delegation_id, expo_id, purchaser_id, goods, amount, currency, usd_rate, amount_usd)
         values ($1, $2, $3, 'valves', '100.00', 'USD', 1, '100.00') returning id`,
        [purchaser.delegation, ids.expoId, purchaser.id],
      ),
    );
    const user = await one(
      `insert into app_user (name, delegation_id) values ('qh-refusals', $1) returning id`,
      [ids.delegationId],
    );
    r.user = toGlobalId('User', user);
    r.grant = toGlobalId(
      'RoleGrant',
      await one(
        `insert into role_grant (user_id, role, delegation_id, granted_by) values ($1, 'ANALYST', $2, 'test') returning id`,
        [user, ids.delegationId],
      ),
    );
    for (const [role, [name, scope]] of Object.entries(OUTSIDER)) {
      const userName = `reader-${role}`;
      readerTokens[role as Role] = await t.token(name, scope, userName);
      await t.sql.query(
        `insert into role_grant (user_id, role, delegation_id, granted_by)
         select id, 'ANALYST', $2, 'test' from app_user where name = $1`,
        [userName, ids.delegationId],
      );
    }
    // a delegation's structure: a leading group member, a member unit, a lead unit, a duty
    const structure = async (type: string, sql: string) => toGlobalId(type, await one(sql));
    r.member = await structure(
      'LeadingGroupMember',
      `select id from leading_group_member where role = 'MEMBER' order by position limit 1`,
    );
    r.official = await structure(
      'Person',
      `select person_id as id from leading_group_member where role = 'MEMBER' order by position limit 1`,
    );
    r.unit = await structure(
      'MemberUnit',
      `select u.id from member_unit u join organisation o on o.id = u.organisation_id where o.key = 'CULTURE_TOURISM'`,
    );
    r.lead = await structure(
      'SubDelegationLead',
      `select id from sub_delegation_lead where sub_delegation_id = '${fromGlobalId(r.commerce)!.id}'`,
    );
    r.duty = await structure('Responsibility', `select id from responsibility order by id limit 1`);
    // a task of Qinghai's Culture & Tourism unit, and a problem it raised about it
    const task = await one(
      `insert into task (delegation_id, owner_organisation_id, title, deadline)
       values ($1, $2, 'Refusal task', current_date + 30) returning id`,
      [ids.delegationId, fromGlobalId(r.cultureTourism)!.id],
    );
    r.task = toGlobalId('Task', task);
    r.problem = toGlobalId(
      'TaskProblem',
      await one(
        `insert into task_problem (delegation_id, organisation_id, task_id, text, raised_by)
         values ($1, $2, $3, 'Refusal problem', 'test') returning id`,
        [ids.delegationId, fromGlobalId(r.cultureTourism)!.id, task],
      ),
    );
    // a circular of the Qinghai office to its Culture & Tourism unit
    const circular = await one(
      `insert into circular (delegation_id, title, body, sent_by)
       values ($1, 'Refusal circular', 'text', 'test') returning id`,
      [ids.delegationId],
    );
    await t.sql.query(
      `insert into circular_recipient (delegation_id, circular_id, organisation_id) values ($1, $2, $3)`,
      [ids.delegationId, circular, fromGlobalId(r.cultureTourism)!.id],
    );
    r.circular = toGlobalId('Circular', circular);
    // logistics: the plan's railway as a service unit, a trip and a certificate of the
    // attendee, a room block with a room the attendee sleeps in, a meal
    r.serviceUnit = toGlobalId(
      'ServiceUnit',
      await one(
        `select sv.id from service_unit sv join organisation o on o.id = sv.organisation_id
        where o.key = 'RAILWAY' and sv.delegation_id = $1`,
        [ids.delegationId],
      ),
    );
    const attendeeId = fromGlobalId(r.attendee)!.id;
    r.trip = toGlobalId(
      'Trip',
      await one(
        `insert into trip (delegation_id, attendee_id, direction, travel_date, mode, service_number, requested_by)
         values ($1, $2, 'OUTBOUND', '2022-11-03', 'TRAIN', 'Z164', 'test') returning id`,
        [ids.delegationId, attendeeId],
      ),
    );
    r.certificate = toGlobalId(
      'AdmissionCertificate',
      await one(
        `insert into admission_certificate (delegation_id, attendee_id, applied_by)
         values ($1, $2, 'test') returning id`,
        [ids.delegationId, attendeeId],
      ),
    );
    const block = await one(
      `insert into room_block (delegation_id, hotel, first_night, last_night, rooms, price_per_night)
       values ($1, 'Refusal Hotel', '2022-11-04', '2022-11-09', 2, 500) returning id`,
      [ids.delegationId],
    );
    r.block = toGlobalId('RoomBlock', block);
    const room = await one(
      `insert into room (delegation_id, block_id, number, capacity) values ($1, $2, '101', 2) returning id`,
      [ids.delegationId, block],
    );
    r.room = toGlobalId('Room', room);
    r.assignment = toGlobalId(
      'RoomAssignment',
      await one(
        `insert into room_assignment (delegation_id, room_id, attendee_id, night, assigned_by)
         values ($1, $2, $3, '2022-11-04', 'test') returning id`,
        [ids.delegationId, room, attendeeId],
      ),
    );
    r.meal = toGlobalId(
      'Meal',
      await one(
        `insert into meal (delegation_id, day, meal, place, headcount)
         values ($1, '2022-11-05', 'LUNCH', 'Hall', 10) returning id`,
        [ids.delegationId],
      ),
    );
    // on-site: an event with a guest; a funding request of the office
    const event = await one(
      `insert into onsite_event (delegation_id, kind, title, starts_at, ends_at, created_by)
       values ($1, 'SIGNING_CEREMONY', 'Refusal ceremony', '2022-11-06T06:00Z', '2022-11-06T07:00Z', 'test') returning id`,
      [ids.delegationId],
    );
    r.event = toGlobalId('OnsiteEvent', event);
    r.participant = toGlobalId(
      'OnsiteParticipant',
      await one(
        `insert into onsite_participant (delegation_id, event_id, kind, guest_name, added_by)
         values ($1, $2, 'GUEST', 'Refused Guest', 'test') returning id`,
        [ids.delegationId, event],
      ),
    );
    r.funding = toGlobalId(
      'FundingRequest',
      await one(
        `insert into funding_request (delegation_id, purpose, amount_cny, requested_by)
         values ($1, 'refusals', 100, 'test') returning id`,
        [ids.delegationId],
      ),
    );
    r.incident = toGlobalId(
      'HealthIncident',
      await one(
        `insert into health_incident (delegation_id, description, opened_at, opened_by)
         values ($1, 'refusals', now(), 'test') returning id`,
        [ids.delegationId],
      ),
    );
    r.consultation = toGlobalId(
      'CustomsConsultation',
      await one(
        `insert into customs_consultation (delegation_id, purchaser_id, deal_id, goods, question, asked_by)
         select $1, purchaser_id, id, 'pumps', 'refused?', 'test' from deal where id = $2 returning id`,
        [ids.delegationId, fromGlobalId(r.deal)!.id],
      ),
    );
    r.publicity = toGlobalId(
      'PublicityRecord',
      await one(
        `insert into publicity_record (delegation_id, outlet, title, published_on, recorded_by)
         values ($1, 'Refused Daily', 'Refused', '2022-11-07', 'test') returning id`,
        [ids.delegationId],
      ),
    );
    r.protocol = toGlobalId(
      'ProtocolRequest',
      await one(
        `insert into protocol_request (delegation_id, subject, question, asked_by)
         values ($1, 'refused', 'refused?', 'test') returning id`,
        [ids.delegationId],
      ),
    );
    r.plan = toGlobalId(
      'EmergencyPlan',
      await one(
        `insert into emergency_plan (delegation_id, number, title, body, created_by)
         values ($1, 1, 'Refused plan', 'refused', 'test') returning id`,
        [ids.delegationId],
      ),
    );
    readerTokens.reference = await t.token('EXPO_BUREAU', 'CIIE-6');
    // the outsiders' users exist before the first snapshot
    for (const [name, scope] of Object.values(OUTSIDER)) await t.token(name, scope);
    const introspection = await t.as('ADMIN')(getIntrospectionQuery());
    schema = buildClientSchema(introspection.body.data);
  });

  const version = 1;
  const office = 'office' as const;
  /** A deadline a month away: a task's must not have passed. */
  const FUTURE = new Date(Date.now() + 30 * 86_400_000).toISOString().slice(0, 10);
  const CALLS: Record<string, Call[]> = {
    createOnsiteEvent: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            kind: 'MATCHMAKING',
            title: 'Refused matchmaking',
            startsAt: '2022-11-05T02:00:00Z',
            endsAt: '2022-11-05T03:00:00Z',
            organiserId: r.cultureTourism,
          },
        }),
      },
    ],
    updateOnsiteEvent: [
      {
        role: office,
        args: () => ({
          input: { id: r.event, version, title: 'Refused', organiserId: r.cultureTourism },
        }),
      },
    ],
    addOnsiteParticipant: [
      { role: office, args: () => ({ input: { eventId: r.event, purchaserId: r.purchaser } }) },
      { role: office, args: () => ({ input: { eventId: r.event, exhibitorId: r.exhibitor } }) },
    ],
    removeOnsiteParticipant: [{ role: office, args: () => ({ id: r.participant }) }],
    linkDealToEvent: [
      { role: office, args: () => ({ input: { dealId: r.deal, eventId: r.event, version } }) },
    ],
    requestFunding: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            purpose: 'refused',
            amountCny: '10.00',
            requestingUnitId: r.cultureTourism,
          },
        }),
      },
    ],
    askCustoms: [
      {
        role: office,
        args: () => ({ input: { dealId: r.deal, goods: 'pumps', question: 'refused?' } }),
      },
      {
        role: office,
        args: () => ({ input: { needId: r.need, goods: 'pumps', question: 'refused?' } }),
      },
    ],
    answerCustoms: [
      { role: office, args: () => ({ input: { id: r.consultation, version, answer: 'no' } }) },
    ],
    recordPublicity: [
      {
        role: office,
        args: () => ({
          input: { delegationId: r.qh, outlet: 'x', title: 'x', publishedOn: '2022-11-07' },
        }),
      },
    ],
    updatePublicityRecord: [
      { role: office, args: () => ({ input: { id: r.publicity, version, title: 'x' } }) },
    ],
    askProtocol: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            subject: 'x',
            question: 'x',
            requestingUnitId: r.cultureTourism,
          },
        }),
      },
    ],
    answerProtocol: [
      { role: office, args: () => ({ input: { id: r.protocol, version, answer: 'no' } }) },
    ],
    openHealthIncident: [
      {
        role: office,
        args: () => ({
          input: { delegationId: r.qh, subDelegationId: r.commerce, description: 'refused' },
        }),
      },
    ],
    respondHealthIncident: [
      { role: office, args: () => ({ input: { id: r.incident, version, response: 'refused' } }) },
    ],
    closeHealthIncident: [{ role: office, args: () => ({ input: { id: r.incident, version } }) }],
    createEmergencyPlan: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            subDelegationId: r.commerce,
            title: 'Refused',
            body: 'refused',
            authorUnitId: r.cultureTourism,
          },
        }),
      },
    ],
    updateEmergencyPlan: [
      {
        role: office,
        args: () => ({ input: { id: r.plan, version, authorUnitId: r.cultureTourism } }),
      },
    ],
    approveEmergencyPlan: [{ role: office, args: () => ({ input: { id: r.plan, version } }) }],
    designateSubDelegationContact: [
      {
        role: office,
        args: () => ({
          input: { subDelegationId: r.commerce, person: { personId: r.official } },
        }),
      },
    ],
    deleteOnsiteEvent: [{ role: office, args: () => ({ id: r.event, version }) }],
    deletePublicityRecord: [{ role: office, args: () => ({ id: r.publicity, version }) }],
    approveFunding: [{ role: office, args: () => ({ input: { id: r.funding, version } }) }],
    payFunding: [{ role: office, args: () => ({ input: { id: r.funding, version } }) }],
    rejectFunding: [
      { role: office, args: () => ({ input: { id: r.funding, version, reason: 'refused' } }) },
    ],
    addServiceUnit: [
      {
        role: office,
        args: () => ({
          input: { delegationId: r.qh, organisationId: r.cultureTourism, duty: 'PUBLICITY' },
        }),
      },
    ],
    removeServiceUnit: [{ role: office, args: () => ({ id: r.serviceUnit }) }],
    requestTrip: [
      {
        role: office,
        args: () => ({
          input: {
            attendeeId: r.attendee,
            direction: 'RETURN',
            travelDate: '2022-11-11',
            mode: 'TRAIN',
            serviceNumber: 'Z165',
          },
        }),
      },
    ],
    bookTrip: [{ role: office, args: () => ({ input: { id: r.trip, version, seat: '1A' } }) }],
    issueTrip: [{ role: office, args: () => ({ input: { id: r.trip, version } }) }],
    cancelTrip: [
      { role: office, args: () => ({ input: { id: r.trip, version, reason: 'refused' } }) },
    ],
    applyCertificate: [{ role: office, args: () => ({ input: { attendeeId: r.attendee } }) }],
    issueCertificate: [{ role: office, args: () => ({ input: { id: r.certificate, version } }) }],
    collectCertificate: [{ role: office, args: () => ({ input: { id: r.certificate, version } }) }],
    checkInAttendee: [
      {
        role: office,
        args: () => ({
          input: {
            id: r.certificate,
            version,
            checkedInAt: '2022-11-05T01:00:00Z',
            place: 'Gate 1',
          },
        }),
      },
    ],
    createRoomBlock: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            hotel: 'Refused Hotel',
            firstNight: '2022-11-04',
            lastNight: '2022-11-05',
            rooms: 1,
            pricePerNight: '100.00',
          },
        }),
      },
    ],
    addRoom: [
      { role: office, args: () => ({ input: { blockId: r.block, number: '102', capacity: 1 } }) },
    ],
    assignRoom: [
      {
        role: office,
        args: () => ({
          input: { roomId: r.room, attendeeId: r.attendee, firstNight: '2022-11-05' },
        }),
      },
    ],
    removeRoomAssignment: [{ role: office, args: () => ({ id: r.assignment }) }],
    arrangeMeal: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            day: '2022-11-06',
            meal: 'DINNER',
            place: 'Refused Hall',
            headcount: 3,
          },
        }),
      },
    ],
    updateMeal: [{ role: office, args: () => ({ input: { id: r.meal, version, headcount: 3 } }) }],
    createTask: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            ownerOrganisationId: r.cultureTourism,
            responsibilityId: r.duty,
            personInChargeId: r.official,
            title: 'Refused',
            deadline: FUTURE,
          },
        }),
      },
    ],
    createTasksFromResponsibilities: [
      {
        role: office,
        args: () => ({
          input: { delegationId: r.qh, deadline: FUTURE, responsibilityIds: [r.duty] },
        }),
      },
    ],
    updateTask: [
      {
        role: office,
        args: () => ({
          input: {
            id: r.task,
            version,
            ownerOrganisationId: r.cultureTourism,
            personInChargeId: r.official,
            status: 'BLOCKED',
            blockedByProblemId: r.problem,
          },
        }),
      },
    ],
    reportTaskProgress: [{ role: office, args: () => ({ input: { taskId: r.task, text: 'x' } }) }],
    raiseTaskProblem: [
      { role: office, args: () => ({ input: { taskId: r.task, text: 'refused' } }) },
      {
        role: office,
        args: () => ({
          input: { delegationId: r.qh, unitOrganisationId: r.cultureTourism, text: 'refused' },
        }),
      },
    ],
    registerWebhook: [
      {
        role: office,
        args: () => ({ input: { delegationId: r.qh, url: 'http://127.0.0.1:9/refused' } }),
      },
    ],
    updateWebhook: [
      { role: office, args: () => ({ input: { id: r.webhook, version, enabled: true } }) },
    ],
    redeliverWebhookDelivery: [{ role: office, args: () => ({ id: r.delivery }) }],
    answerTaskProblem: [
      { role: office, args: () => ({ input: { id: r.problem, version, answer: 'refused' } }) },
    ],
    closeTaskProblem: [{ role: office, args: () => ({ input: { id: r.problem, version } }) }],
    sendCircular: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            title: 'Refused',
            body: 'refused',
            organisationIds: [r.cultureTourism],
          },
        }),
      },
    ],
    acknowledgeCircular: [{ role: office, args: () => ({ id: r.circular }) }],
    freezeProgressReport: [
      { role: office, args: () => ({ input: { delegationId: r.qh, title: 'Refused' } }) },
    ],
    addLeadingGroupMember: [
      {
        role: office,
        args: () => ({
          input: {
            memberUnitId: r.unit,
            person: { personId: r.official },
            role: 'MEMBER',
            titleZh: '成员',
          },
        }),
      },
    ],
    updateLeadingGroupMember: [
      {
        role: office,
        args: () => ({
          input: {
            memberId: r.member,
            version,
            memberUnitId: r.unit,
            person: { personId: r.official },
          },
        }),
      },
    ],
    removeLeadingGroupMember: [
      { role: office, args: () => ({ input: { memberId: r.member, version } }) },
    ],
    addMemberUnit: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            organisationId: r.inviteOrganisation,
            liaison: { personId: r.official },
            designatedPerson: { personId: r.official },
          },
        }),
      },
    ],
    updateMemberUnit: [
      {
        role: office,
        args: () => ({
          input: {
            memberUnitId: r.unit,
            version,
            liaison: { personId: r.official },
            designatedPerson: { personId: r.official },
          },
        }),
      },
    ],
    removeMemberUnit: [
      { role: office, args: () => ({ input: { memberUnitId: r.unit, version } }) },
    ],
    addSubDelegation: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            key: 'REFUSED',
            nameZh: '拒绝分团',
            nameEn: 'Refused',
            leads: [{ organisationId: r.cultureTourism }],
          },
        }),
      },
    ],
    updateSubDelegation: [
      {
        role: office,
        args: () => ({ input: { subDelegationId: r.commerce, version, position: 1 } }),
      },
    ],
    removeSubDelegation: [
      { role: office, args: () => ({ input: { subDelegationId: r.commerce, version } }) },
    ],
    addSubDelegationLead: [
      {
        role: office,
        args: () => ({
          input: { subDelegationId: r.commerce, organisationId: r.cultureTourism },
        }),
      },
    ],
    updateSubDelegationLead: [
      { role: office, args: () => ({ input: { leadId: r.lead, version, position: 1 } }) },
    ],
    removeSubDelegationLead: [
      { role: office, args: () => ({ input: { leadId: r.lead, version } }) },
    ],
    addResponsibility: [
      {
        role: office,
        args: () => ({ input: { memberUnitId: r.unit, dutyEn: 'refused duty' } }),
      },
    ],
    updateResponsibility: [
      {
        role: office,
        args: () => ({ input: { responsibilityId: r.duty, version, dutyZh: '拒绝' } }),
      },
    ],
    removeResponsibility: [
      { role: office, args: () => ({ input: { responsibilityId: r.duty, version } }) },
    ],
    acceptMatch: [{ role: office, args: () => ({ id: r.match, version }) }],
    approvePurchaser: [
      { role: 'lead', args: () => ({ input: { purchaserId: r.purchaser, version } }) },
    ],
    cancelDeal: [{ role: office, args: () => ({ id: r.deal, version }) }],
    cancelMeeting: [{ role: office, args: () => ({ id: r.meeting, version }) }],
    // the edition's run (its bureau's), then a delegation's (its office's)
    runMeetingScheduler: [
      { role: 'reference', args: () => ({ expoId: r.expo }) },
      { role: office, args: () => ({ expoId: r.expo, delegationId: r.qh }) },
    ],
    publishMeetingSchedule: [{ role: office, args: () => ({ id: r.schedule, version }) }],
    discardMeetingSchedule: [{ role: office, args: () => ({ id: r.schedule, version }) }],
    setMatchMustMeet: [{ role: office, args: () => ({ matchId: r.match, mustMeet: true }) }],
    acceptMeeting: [
      {
        role: office,
        args: () => ({
          id: r.meeting,
          version,
          attendeeIds: [r.attendee],
          representativeIds: [r.representative],
        }),
      },
    ],
    declineMeeting: [
      { role: office, args: () => ({ input: { id: r.meeting, reason: 'not then', version } }) },
    ],
    closeProcurementNeed: [
      { role: office, args: () => ({ input: { id: r.need, reason: 'CANCELLED', version } }) },
    ],
    createExhibitor: [
      {
        role: 'reference',
        args: () => ({
          input: {
            expoId: r.expo,
            exhibitionAreaId: r.area,
            nameEn: 'Refused GmbH',
            country: 'DE',
          },
        }),
      },
    ],
    createDelegation: [
      {
        role: 'reference',
        args: () => ({
          input: {
            expoId: r.expo,
            key: 'NX',
            nameZh: '宁夏交易团',
            nameEn: 'Ningxia Delegation',
            provinceZh: '宁夏',
            provinceEn: 'Ningxia',
            officeOrganisationId: r.cultureTourism,
          },
        }),
      },
    ],
    importPlan: [
      {
        role: office,
        args: () => ({ input: { delegationId: r.qh, format: 'JSON', file: '{}' } }),
      },
      {
        role: 'reference',
        args: () => ({ input: { expoId: r.expo, format: 'JSON', file: '{}' } }),
      },
    ],
    createProcurementNeed: [
      {
        role: office,
        args: () => ({
          input: { purchaserId: r.purchaser, title: 'valves', exhibitionAreaId: r.area },
        }),
      },
    ],
    createUser: [
      { role: office, args: () => ({ input: { name: 'refused', delegationId: r.qh } }) },
      // an exhibitor's representative, managed by the bureau of the edition
      { role: 'bureau', args: () => ({ input: { name: 'refused-rep', expoId: r.expo } }) },
    ],
    declineMatch: [
      { role: office, args: () => ({ input: { id: r.match, reason: 'not now', version } }) },
    ],
    fulfilDeal: [{ role: office, args: () => ({ id: r.deal, version }) }],
    grantRole: [
      {
        role: office,
        args: () => ({ input: { userId: r.user, role: 'ANALYST', delegationId: r.qh } }),
      },
      {
        role: office,
        args: () => ({ input: { userId: r.user, role: 'EXHIBITOR', exhibitorId: r.exhibitor } }),
      },
      {
        role: office,
        args: () => ({ input: { userId: r.user, role: 'ANALYST', expoId: r.expo } }),
      },
      {
        role: office,
        args: () => ({
          input: { userId: r.user, role: 'SUB_DELEGATION_LEAD', subDelegationId: r.commerce },
        }),
      },
      {
        role: office,
        args: () => ({
          input: {
            userId: r.user,
            role: 'SUB_DELEGATION_LEAD',
            subDelegationId: r.commerce,
            leadOrganisationId: r.leadOrganisation,
          },
        }),
      },
      {
        role: office,
        args: () => ({
          input: {
            userId: r.user,
            role: 'MEMBER_UNIT',
            delegationId: r.qh,
            organisationId: r.cultureTourism,
          },
        }),
      },
      {
        role: office,
        args: () => ({ input: { userId: r.user, role: 'PURCHASER', purchaserId: r.purchaser } }),
      },
    ],
    importExhibitors: [
      { role: 'reference', args: () => ({ expoId: r.expo, csv: `${CSV_HEADER.join(',')}\r\n` }) },
    ],
    importPurchasers: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            format: 'CSV',
            file: 'organisation,category,contact_name,attendee_name,id_number\nx,IMPORT_TRADE,y,z,ABCD1234',
          },
        }),
      },
    ],
    importRegistrationNumbers: [
      {
        role: office,
        args: () => ({
          input: { delegationId: r.qh, format: 'CSV', file: 'credit_code,registration_number\n' },
        }),
      },
    ],
    invitePurchaser: [
      {
        role: office,
        args: () => ({
          input: {
            delegationId: r.qh,
            organisationId: r.inviteOrganisation,
            subDelegationId: r.commerce,
            leadOrganisationId: r.leadOrganisation,
          },
        }),
      },
    ],
    issueToken: [{ role: office, args: () => ({ input: { userId: r.user, hours: 1 } }) }],
    markMeetingHeld: [{ role: office, args: () => ({ id: r.meeting, version }) }],
    proposeMatch: [
      { role: office, args: () => ({ input: { needId: r.need, exhibitorId: r.exhibitor } }) },
      {
        role: office,
        args: () => ({ input: { purchaserId: r.purchaser, exhibitorId: r.exhibitor } }),
      },
    ],
    refreshSuggestions: [{ role: office, args: () => ({ needId: r.need, first: 20 }) }],
    publishProcurementNeed: [{ role: office, args: () => ({ id: r.need, version }) }],
    recordBackgroundCheck: [
      { role: 'background', args: () => ({ input: { attendeeId: r.attendee, result: 'PASSED' } }) },
    ],
    recordCreditCheck: [
      { role: 'credit', args: () => ({ input: { purchaserId: r.purchaser, result: 'PASSED' } }) },
    ],
    recordDeal: [
      {
        role: office,
        args: () => ({
          input: {
            purchaserId: r.purchaser,
            exhibitorId: r.exhibitor,
            exhibitionAreaId: r.area,
            goods: 'valves',
            amount: '10.00',
            currency: 'USD',
          },
        }),
      },
      {
        role: office,
        args: () => ({
          input: { matchId: r.match, goods: 'valves', amount: '10.00', currency: 'USD' },
        }),
      },
    ],
    recordDealFollowUp: [
      {
        role: office,
        args: () => ({
          input: { dealId: r.deal, followedOn: '2022-11-06', note: 'called them', version },
        }),
      },
    ],
    registerPurchaser: [
      {
        role: office,
        args: () => ({
          input: registration(r.purchaser, {
            subDelegationId: r.commerce,
            leadOrganisationId: r.leadOrganisation,
            version,
          }),
        }),
      },
    ],
    rejectPurchaser: [
      {
        role: 'lead',
        args: () => ({ input: { purchaserId: r.purchaser, reason: 'incomplete', version } }),
      },
    ],
    reportPurchasers: [
      {
        role: office,
        args: () => ({ input: { delegationId: r.qh, purchaserIds: [r.purchaser] } }),
      },
    ],
    setRegistrationNumber: [
      {
        role: office,
        args: () => ({ input: { purchaserId: r.purchaser, number: 'REFUSED-1', version } }),
      },
    ],
    resubmitPurchaser: [
      { role: office, args: () => ({ input: { purchaserId: r.purchaser, version } }) },
    ],
    sendBackPurchaser: [
      {
        role: office,
        args: () => ({ input: { purchaserId: r.purchaser, version, reason: 'incomplete' } }),
      },
    ],
    // the bureau of CIIE-6 does not read Qinghai's 5th-edition delegation; one who reads it (an
    // ANALYST there too) is not the bureau of the edition named (CIIE-5 here): FORBIDDEN
    rollOverDelegation: [
      {
        role: 'bureau',
        args: () => ({ input: { fromDelegationId: r.qh, toExpoId: r.expo } }),
      },
    ],
    revokeRole: [{ role: office, args: () => ({ grantId: r.grant }) }],
    revokeToken: [{ role: office, args: () => ({ jti: randomUUID(), userId: r.user }) }],
    scheduleMeeting: [
      {
        role: office,
        args: () => ({
          input: {
            matchId: r.match,
            meetingPointId: r.point,
            attendeeIds: [r.attendee],
            representativeIds: [r.representative],
            phase: 'PRE_SHOW',
            mode: 'ONLINE',
            link: 'https://meet.example/refused',
            startsAt: '2022-10-02T02:00:00Z',
            endsAt: '2022-10-02T03:00:00Z',
          },
        }),
      },
    ],
    setExchangeRate: [
      { role: 'reference', args: () => ({ expoId: r.expo, currency: 'EUR', usdRate: '1.1' }) },
    ],
    addExhibitorRepresentative: [
      {
        role: 'reference',
        args: () => ({ input: { exhibitorId: r.exhibitor, name: 'Refused', userId: r.user } }),
      },
    ],
    updateExhibitorRepresentative: [
      {
        role: 'reference',
        args: () => ({ input: { id: r.representative, version, name: 'Refused' } }),
      },
    ],
    removeExhibitorRepresentative: [
      { role: 'reference', args: () => ({ id: r.representative, version }) },
    ],
    // the edition's (its bureau's), then a delegation's own (its office's)
    createMeetingPoint: [
      {
        role: 'reference',
        args: () => ({
          input: {
            expoId: r.expo,
            key: 'REFUSED',
            name: 'Refused',
            kind: 'TABLE',
            capacity: 2,
            location: 'Hall 1',
          },
        }),
      },
      {
        role: office,
        args: () => ({
          input: {
            expoId: r.expo,
            delegationId: r.qh,
            key: 'REFUSED',
            name: 'Refused',
            kind: 'TABLE',
            capacity: 2,
            location: 'Hall 1',
          },
        }),
      },
    ],
    updateMeetingPoint: [
      { role: 'reference', args: () => ({ input: { id: r.point, version, capacity: 3 } }) },
    ],
    setMeetingDay: [
      {
        role: 'reference',
        args: () => ({
          input: {
            expoId: r.expo,
            day: '2022-11-06',
            starts: '09:00',
            ends: '17:00',
            slotMinutes: 30,
          },
        }),
      },
      {
        role: office,
        args: () => ({
          input: {
            expoId: r.expo,
            delegationId: r.qh,
            day: '2022-11-06',
            starts: '09:00',
            ends: '17:00',
            slotMinutes: 30,
          },
        }),
      },
    ],
    addUnavailability: [
      {
        role: office,
        args: () => ({
          input: {
            attendeeId: r.attendee,
            startsAt: '2022-11-08T01:00:00Z',
            endsAt: '2022-11-08T02:00:00Z',
          },
        }),
      },
      {
        role: 'reference',
        args: () => ({
          input: {
            representativeId: r.representative,
            startsAt: '2022-11-08T01:00:00Z',
            endsAt: '2022-11-08T02:00:00Z',
          },
        }),
      },
    ],
    removeUnavailability: [{ role: office, args: () => ({ id: r.unavailability }) }],
    issueCalendarToken: [
      { role: office, args: () => ({ attendeeId: r.attendee }) },
      { role: 'reference', args: () => ({ representativeId: r.representative }) },
    ],
    revokeCalendarToken: [{ role: office, args: () => ({ id: r.calendarToken }) }],
    setUserDisabled: [{ role: office, args: () => ({ userId: r.user, disabled: true }) }],
    signDeal: [
      { role: office, args: () => ({ input: { id: r.deal, signedOn: '2022-11-06', version } }) },
    ],
    startDealExecution: [{ role: office, args: () => ({ id: r.deal, version }) }],
    updateDelegation: [
      {
        role: 'bureau',
        args: () => ({
          input: { id: r.qh, version, nameEn: 'Refused', officeOrganisationId: r.cultureTourism },
        }),
      },
    ],
    updateExhibitor: [
      {
        role: 'reference',
        args: () => ({ input: { id: r.exhibitor, version, exhibitionAreaId: r.area } }),
      },
    ],
    updateExpo: [
      { role: 'reference', args: () => ({ input: { id: r.expo, version, nameEn: 'x' } }) },
    ],
    updateProcurementNeed: [
      {
        role: office,
        args: () => ({ input: { id: r.need, version, exhibitionAreaId: r.area } }),
      },
    ],
    updatePurchaser: [
      {
        role: office,
        args: () => ({
          input: {
            purchaserId: r.purchaser,
            version,
            subDelegationId: r.commerce,
            leadOrganisationId: r.leadOrganisation,
          },
        }),
      },
    ],
    withdrawPurchaser: [
      { role: office, args: () => ({ input: { purchaserId: r.purchaser, version } }) },
    ],
  };

  const mutations = () => Object.values(schema.getMutationType()!.getFields());
  /** Every table's row count, and the written record's row as it stands. */
  async function snapshot(record?: string) {
    const { rows } = await t.sql.query(
      `select ${TABLES.map((table) => `(select count(*) from ${table}) as ${table}`).join(', ')}`,
    );
    const decoded = record ? fromGlobalId(record) : undefined;
    const row = decoded
      ? (
          await t.sql.query(
            `select md5(t::text) as row from ${TABLE_OF[decoded.type]} t where id = $1`,
            [decoded.id],
          )
        ).rows[0]?.row
      : undefined;
    return { ...rows[0], row };
  }

  it('covers every mutation and every ID argument of the schema', () => {
    const names = mutations().map((f) => f.name);
    expect(names.filter((name) => !CALLS[name] && !NO_RECORD[name])).toEqual([]);
    expect(Object.keys(CALLS).filter((name) => !names.includes(name))).toEqual([]);
    for (const field of mutations()) {
      const paths = idPaths(field).filter((p) => !NOT_RECORD_IDS[`${field.name}.${p}`]);
      if (NO_RECORD[field.name]) {
        expect([field.name, paths]).toEqual([field.name, []]);
        continue;
      }
      const given = new Set(
        CALLS[field.name]!.flatMap((call) =>
          [...idsIn(call.args(), paths).keys()].map(withoutIndexes),
        ),
      );
      expect([field.name, [...given].sort()]).toEqual([field.name, [...paths].sort()]);
    }
  });

  it('an ID that names no record is NOT_FOUND with its input path, for every ID argument', async () => {
    const admin = t.as('ADMIN');
    for (const field of mutations()) {
      const paths = idPaths(field).filter((p) => !NOT_RECORD_IDS[`${field.name}.${p}`]);
      for (const call of CALLS[field.name] ?? []) {
        const args = call.args();
        for (const [path, id] of idsIn(args, paths)) {
          const type = fromGlobalId(id)!.type;
          const before = await snapshot();
          const attempts = {
            missing: toGlobalId(type, randomUUID()),
            malformed: 'not-an-id',
            'of another type': toGlobalId('AuditEvent', fromGlobalId(id)!.id),
          };
          for (const [kind, value] of Object.entries(attempts)) {
            const result = await admin(documentOf(field), withValue(args, path, value));
            expect([field.name, path, kind, refusal(result).extensions]).toEqual([
              field.name,
              path,
              kind,
              { code: 'NOT_FOUND', field: path },
            ]);
          }
          expect([field.name, path, await snapshot()]).toEqual([field.name, path, before]);
        }
      }
    }
    // every ID argument of every mutation, three ways each: it grows with the schema
  }, 180_000);

  it('says which type an ID should name, with its article', async () => {
    const admin = t.as('ADMIN');
    const cases: [string, Record<string, unknown>, string][] = [
      [
        'invitePurchaser',
        { input: { ...CALLS.invitePurchaser![0]!.args().input!, organisationId: 'x' } },
        'input.organisationId is not the ID of an Organisation',
      ],
      ['setUserDisabled', { userId: 'x', disabled: true }, 'userId is not the ID of a User'],
      ['acceptMatch', { id: 'x', version }, 'id is not the ID of an ExhibitorMatch'],
      [
        'createProcurementNeed',
        { input: { purchaserId: r.purchaser, title: 'valves', exhibitionAreaId: 'x' } },
        'input.exhibitionAreaId is not the ID of an ExhibitionArea',
      ],
    ];
    const fields = schema.getMutationType()!.getFields();
    for (const [name, args, message] of cases) {
      const result = await admin(documentOf(fields[name]!), args);
      expect([name, refusal(result).message]).toEqual([name, message]);
    }
  });

  it('a record outside the read scope answers as a missing one; one read but not writable is FORBIDDEN', async () => {
    for (const field of mutations()) {
      const call = CALLS[field.name]?.[0];
      if (!call) continue;
      const args = call.args();
      const [path, id] = [...idsIn(args, idPaths(field))].find(
        ([p]) => !NOT_RECORD_IDS[`${field.name}.${p}`],
      )!;
      const before = await snapshot(id);
      const document = documentOf(field);
      const reader = (vars: Record<string, unknown>) =>
        post(t.url, document, vars, { authorization: `Bearer ${readerTokens[call.role]}` });
      if (call.role !== 'reference') {
        const [role, scope] = OUTSIDER[call.role];
        const outsider = t.as(role, scope);
        const missing = withValue(args, path, toGlobalId(fromGlobalId(id)!.type, randomUUID()));
        const absent = refusal(await outsider(document, missing));
        expect([field.name, absent.extensions]).toEqual([
          field.name,
          { code: 'NOT_FOUND', field: path },
        ]);
        expect([field.name, refusal(await outsider(document, args))]).toEqual([field.name, absent]);
      }
      expect([field.name, refusal(await reader(args)).extensions.code]).toEqual([
        field.name,
        'FORBIDDEN',
      ]);
      expect([field.name, await snapshot(id)]).toEqual([field.name, before]);
    }
  });
});
