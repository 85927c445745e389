/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
/** A representative of an exhibitor (its edition's EXPO_BUREAU, ADMIN). */
export type AddExhibitorRepresentativeInput = {
  /** A business e-mail address. */
  email?: string | null | undefined;
  /** Global ID of the exhibitor. */
  exhibitorId: string;
  /** 1 to 100 characters. */
  name: string;
  /** A business phone: digits, spaces, ( ) and -, optionally a leading +. */
  phone?: string | null | undefined;
  /** Job title: at most 200 characters. */
  title?: string | null | undefined;
  /** The User the representative signs in as, if any (one representative per user). */
  userId?: string | null | undefined;
};

/** A person joining the leading group (领导小组), for a member unit. */
export type AddLeadingGroupMemberInput = {
  /** The member unit the person stands for (its delegation). */
  memberUnitId: string;
  /** The person: one of the delegation, or a new one. */
  person: PersonInput;
  /** Order within its role; default: last. */
  position?: number | null | undefined;
  /** One LEADER (the first member), at most one SECRETARY_GENERAL; a second is refused. */
  role: LeadingGroupRole;
  /** Official title in English, e.g. "Vice Governor". */
  titleEn?: string | null | undefined;
  /** e.g. 副省长 */
  titleZh: string;
};

/** An organisation joining the leading group as a member unit (成员单位). */
export type AddMemberUnitInput = {
  /** The delegation the unit joins. */
  delegationId: string;
  /** Its designated person (专人). */
  designatedPerson?: PersonInput | null | undefined;
  /** Its liaison officer (联络员). */
  liaison?: PersonInput | null | undefined;
  /** The organisation joining; it must not be a member unit of the delegation already. */
  organisationId: string;
  /** Default: last. */
  position?: number | null | undefined;
};

/** Exactly one of purchaserId, exhibitorId and guestName. */
export type AddOnsiteParticipantInput = {
  /** The on-site event (its global ID). */
  eventId: string;
  /** An exhibitor of the delegation’s expo. */
  exhibitorId?: string | null | undefined;
  /** A guest, by name. */
  guestName?: string | null | undefined;
  /** A purchaser of the delegation. */
  purchaserId?: string | null | undefined;
};

/** A duty (任务分工) of a member unit, in English and Chinese. */
export type AddResponsibilityInput = {
  /** 1 to 1000 characters. */
  dutyEn: string;
  /** At most 1000 characters. */
  dutyZh?: string | null | undefined;
  /** The member unit that carries the duty. */
  memberUnitId: string;
  /** Unique among the unit’s duties; default: last. */
  position?: number | null | undefined;
};

/** A room added to a room block. */
export type AddRoomInput = {
  /** The room block (its global ID). */
  blockId: string;
  /** People: 1 to 20. */
  capacity: number;
  /** The room's number in its hotel (once per block). */
  number: string;
};

/** A member unit of the delegation made a service unit of a duty. */
export type AddServiceUnitInput = {
  /** The delegation (its global ID). */
  delegationId: string;
  /** The duty the unit serves. */
  duty: ServiceDuty;
  /** The organisation of a member unit of the delegation. */
  organisationId: string;
};

/** A new sector sub-delegation (交易分团), with its lead units. */
export type AddSubDelegationInput = {
  /** The delegation the sub-delegation belongs to. */
  delegationId: string;
  /** The sectors it recruits in. */
  focus?: string | null | undefined;
  /** Unique in the delegation: A-Z, 0-9, _ (e.g. HEALTH). */
  key: string;
  /** Its lead units (牵头单位), each with its own target unless they share one. */
  leads?: Array<NewSubDelegationLeadInput> | null | undefined;
  /** Name in English, e.g. "Medicine & Health". */
  nameEn: string;
  /** Name in Chinese, e.g. 医药卫生分团. */
  nameZh: string;
  /** Default: last. */
  position?: number | null | undefined;
  /** Takes over receiving the purchasers of units without a sub-delegation (exactly one per delegation; a delegation's first sub-delegation receives them). */
  receivesUnassigned?: boolean | null | undefined;
  /** A target the co-leads share (then the leads have none of their own). */
  sharedTarget?: TargetInput | null | undefined;
};

/** A lead unit (牵头单位) joining a sub-delegation. */
export type AddSubDelegationLeadInput = {
  /** A member unit of the delegation, by its organisation. */
  organisationId: string;
  /** Default: last. */
  position?: number | null | undefined;
  /** The sub-delegation the lead unit joins. */
  subDelegationId: string;
  /** The lead's own target. */
  target?: TargetInput | null | undefined;
};

/** A blocked time of one attendee or one representative (exactly one). */
export type AddUnavailabilityInput = {
  /** An attendee (written by those who write its purchaser's trade decisions). */
  attendeeId?: string | null | undefined;
  /** When it ends: after startsAt. */
  endsAt: string;
  /** Why: at most 500 characters. */
  note?: string | null | undefined;
  /** An exhibitor representative (written by the edition's EXPO_BUREAU). */
  representativeId?: string | null | undefined;
  /** When the blocked time starts. */
  startsAt: string;
};

/** Filters AdmissionCertificate rows; all given conditions must hold. */
export type AdmissionCertificateFilter = {
  /** Every one of these holds. */
  and?: Array<AdmissionCertificateFilter> | null | undefined;
  /** AdmissionCertificate rows whose `attendee` matches. */
  attendee?: IdFilter | null | undefined;
  /** AdmissionCertificate rows whose `checkedInAt` matches. */
  checkedInAt?: DateTimeFilter | null | undefined;
  /** AdmissionCertificate rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** AdmissionCertificate rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** AdmissionCertificate rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: AdmissionCertificateFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<AdmissionCertificateFilter> | null | undefined;
  /** AdmissionCertificate rows whose `status` matches. */
  status?: CertificateStatusFilter | null | undefined;
};

/** Answers a question (customs, protocol): its department only. */
export type AnswerQuestionInput = {
  /** 1 to 4,000 characters. */
  answer: string;
  /** The record (its global ID). */
  id: string;
  /** The version you read. */
  version: number;
};

/** The office's answer to a problem. */
export type AnswerTaskProblemInput = {
  /** The answer: 1 to 4000 characters. */
  answer: string;
  /** The problem to answer. */
  id: string;
  /** The version you read. */
  version: number;
};

/** An admission certificate applied for an attendee: APPLIED. */
export type ApplyCertificateInput = {
  /** The attendee (its global ID). */
  attendeeId: string;
};

/** Approves a DRAFT emergency plan: the version in force of the same delegation (or sub-delegation) is SUPERSEDED in the same transaction. */
export type ApproveEmergencyPlanInput = {
  /** The plan (a DRAFT). */
  id: string;
  /** The version you read. */
  version: number;
};

/** A REGISTERED purchaser its lead unit approves: → APPROVED, counted towards the target. */
export type ApprovePurchaserInput = {
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** The version you reviewed: if it changed meanwhile, CONFLICT (and nothing changes). */
  version: number;
};

/** A meal arranged for the delegation on a day, at a place. */
export type ArrangeMealInput = {
  /** The day (YYYY-MM-DD). */
  day: string;
  /** The delegation (its global ID). */
  delegationId: string;
  /** 0 to 100,000. */
  headcount: number;
  /** Breakfast, lunch or dinner. */
  meal: MealKind;
  /** A note for the kitchen or the guests (dietary needs…). */
  note?: string | null | undefined;
  /** Where (1 to 200 characters). */
  place: string;
};

/** About exactly one of a deal and a need of a purchaser. */
export type AskCustomsInput = {
  /** A deal of the purchaser, the question is about (or needId). */
  dealId?: string | null | undefined;
  /** The goods: 1 to 500 characters. */
  goods: string;
  /** 6 to 10 digits, if known. */
  hsCode?: string | null | undefined;
  /** A procurement need of the purchaser the question is about (or dealId). */
  needId?: string | null | undefined;
  /** 1 to 4,000 characters. */
  question: string;
};

/** A question of protocol to the PROTOCOL unit. */
export type AskProtocolInput = {
  /** The delegation (its global ID). */
  delegationId: string;
  /** 1 to 4,000 characters. */
  question: string;
  /** The member unit that asks, as for requestFunding. */
  requestingUnitId?: string | null | undefined;
  /** 1 to 300 characters. */
  subject: string;
};

/** An attendee in a room for its nights from firstNight to lastNight. */
export type AssignRoomInput = {
  /** The attendee (its global ID). */
  attendeeId: string;
  /** The first night of the stay in the room (within the block's nights). */
  firstNight: string;
  /** Included; firstNight alone if left out. */
  lastNight?: string | null | undefined;
  /** The room (its global ID). */
  roomId: string;
};

/** Filters AttendeeReadiness rows; all given conditions must hold. */
export type AttendeeReadinessFilter = {
  /** Every one of these holds. */
  and?: Array<AttendeeReadinessFilter> | null | undefined;
  /** AttendeeReadiness rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** AttendeeReadiness rows whose `name` matches. */
  name?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: AttendeeReadinessFilter | null | undefined;
  /** Attendees not ready. An attendee is ready when its latest background check PASSED, its admission certificate is ISSUED or COLLECTED, its OUTBOUND trip is ISSUED and it has a room for the first night (the night before the expo opens). */
  notReady?: BooleanFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<AttendeeReadinessFilter> | null | undefined;
  /** AttendeeReadiness rows whose `purchaser` matches. */
  purchaser?: IdFilter | null | undefined;
  /** AttendeeReadiness rows whose `subDelegation` matches. */
  subDelegation?: IdFilter | null | undefined;
};

/** The TICKETING unit books a REQUESTED trip: BOOKED, with its seat. */
export type BookTripInput = {
  /** The record (its global ID). */
  id: string;
  /** Carriage and seat (05车12F). */
  seat: string;
  /** The version you read. */
  version: number;
};

/** Compares a boolean. */
export type BooleanFilter = {
  /** Equal to this. */
  eq?: boolean | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: boolean | null | undefined;
};

/** Cancels a trip, saying why. */
export type CancelTripInput = {
  /** The record (its global ID). */
  id: string;
  /** Why: 1 to 2,000 characters. */
  reason: string;
  /** The version you read. */
  version: number;
};

/** Where an admission certificate (证件) stands: APPLIED → ISSUED → COLLECTED. */
export type CertificateStatus =
  /** Applied for by the office. */
  | 'APPLIED'
  /** Collected by the attendee. */
  | 'COLLECTED'
  /** Issued, over the attendee's passed background check. */
  | 'ISSUED';

/** Compares a CertificateStatus. */
export type CertificateStatusFilter = {
  /** Equal to this. */
  eq?: CertificateStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<CertificateStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: CertificateStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<CertificateStatus> | null | undefined;
};

/** On-site check-in of the attendee holding the certificate. */
export type CheckInAttendeeInput = {
  /** When; not in the future. */
  checkedInAt: string;
  /** The attendee’s certificate (ISSUED or COLLECTED). */
  id: string;
  /** Where (the venue’s gate, the hotel). */
  place: string;
  /** The version you read. */
  version: number;
};

/** The result of a credit check (of a purchaser's organisation) or a background check (of an attendee). */
export type CheckResult =
  /** Failed: the purchaser cannot be approved. */
  | 'FAILED'
  /** Passed: approval may go ahead. */
  | 'PASSED';

/** Filters Circular rows; all given conditions must hold. */
export type CircularFilter = {
  /** Every one of these holds. */
  and?: Array<CircularFilter> | null | undefined;
  /** Circular rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Circular rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: CircularFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<CircularFilter> | null | undefined;
  /** Circular rows whose `sentAt` matches. */
  sentAt?: DateTimeFilter | null | undefined;
  /** Circular rows whose `title` matches. */
  title?: StringFilter | null | undefined;
  /** Some unit it is addressed to has not acknowledged it yet. */
  unacknowledged?: BooleanFilter | null | undefined;
};

/** Closes a RESPONDED health incident. */
export type CloseHealthIncidentInput = {
  /** The record (its global ID). */
  id: string;
  /** The version you read. */
  version: number;
};

/** Closes a need: → CLOSED, with the reason. */
export type CloseProcurementNeedInput = {
  /** Global ID of the need. */
  id: string;
  /** FULFILLED (only once published) or CANCELLED. */
  reason: NeedCloseReason;
  /** The version you read. */
  version: number;
};

/** A settled problem to close, by the office or the unit that raised it. */
export type CloseTaskProblemInput = {
  /** The problem to close. */
  id: string;
  /** The version you read. */
  version: number;
};

/** Records that the attendee collected an ISSUED certificate. */
export type CollectCertificateInput = {
  /** The record (its global ID). */
  id: string;
  /** The version you read. */
  version: number;
};

/** A province's delegation to an expo edition, with the organisation hosting its office: an existing one (officeOrganisationId) or a new one (officeOrganisation), exactly one of the two. */
export type CreateDelegationInput = {
  /** The expo edition the delegation goes to. */
  expoId: string;
  /** Key within the edition, unique there: A-Z, 0-9 and _, 1 to 40, e.g. "GS". */
  key: string;
  /** 1 to 300 characters. */
  nameEn: string;
  /** 1 to 200 characters. */
  nameZh: string;
  /** A new organisation to host the office, registered with the delegation. */
  officeOrganisation?: CreateOrganisationInput | null | undefined;
  /** The organisation hosting the office. */
  officeOrganisationId?: string | null | undefined;
  /** The province in English, e.g. "Qinghai". */
  provinceEn: string;
  /** The province in Chinese, e.g. 青海省. */
  provinceZh: string;
  /** How purchasers are registered, in English. */
  registrationPrincipleEn?: string | null | undefined;
  /** How purchasers are registered, in Chinese, e.g. 多方邀请、统一登记、分级审核. */
  registrationPrincipleZh?: string | null | undefined;
};

/** A new DRAFT version of an emergency plan. */
export type CreateEmergencyPlanInput = {
  /** The member unit that wrote it (an Organisation of the delegation’s member units); left out: the unit you act for, or the office. */
  authorUnitId?: string | null | undefined;
  /** The text: 1 to 100,000 characters. */
  body: string;
  /** The delegation. */
  delegationId: string;
  /** The day it takes effect. */
  effectiveFrom?: string | null | undefined;
  /** How the text is written; MARKDOWN if left out. */
  format?: PlanDocumentFormat | null | undefined;
  /** The sub-delegation it is for; left out: the whole delegation. */
  subDelegationId?: string | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** A new expo edition, with its areas, zones and rate table. */
export type CreateExpoInput = {
  /** Exhibition areas (展区), each with its zones. */
  areas?: Array<ExhibitionAreaInput> | null | undefined;
  /** Business exhibition floor area in m². */
  businessExhibitionAreaM2?: number | null | undefined;
  /** Edition number, e.g. 6 for the 6th CIIE; unique. */
  edition: number;
  /** On or after startsOn. */
  endsOn: string;
  /** Stable key: A-Z, 0-9, _ and -, 1 to 40; "CIIE-<edition>" when left out. */
  key?: string | null | undefined;
  /** Name in English: 1 to 300 characters. */
  nameEn: string;
  /** Name in Chinese: 1 to 200 characters. */
  nameZh: string;
  /** One line per currency. */
  rates?: Array<ExchangeRateInput> | null | undefined;
  /** ISO 4217 code; USD when left out. */
  reportingCurrency?: string | null | undefined;
  /** First day (a date in Shanghai). */
  startsOn: string;
  /** Venue in English. */
  venueEn?: string | null | undefined;
  /** Venue in Chinese. */
  venueZh?: string | null | undefined;
  /** The edition's website, e.g. "www.ciie.org"; at most 500 characters. */
  website?: string | null | undefined;
};

/** A meeting point of an expo (its EXPO_BUREAU) or of a delegation (its office). */
export type CreateMeetingPointInput = {
  /** How many persons a meeting here holds at most: 1 to 10000. */
  capacity: number;
  /** A delegation's own point; none: the edition's. */
  delegationId?: string | null | undefined;
  /** Global ID of the expo edition. */
  expoId: string;
  /** A-Z, 0-9, _ and -, at most 40, unique in the expo. */
  key: string;
  /** TABLE or ROOM (needs location), ONLINE_ROOM (needs link). */
  kind: MeetingPointKind;
  /** Required for ONLINE_ROOM: an http(s) URL. */
  link?: string | null | undefined;
  /** Required for TABLE and ROOM. */
  location?: string | null | undefined;
  /** 1 to 200 characters. */
  name: string;
};

/** An on-site activity put on the delegation's programme. */
export type CreateOnsiteEventInput = {
  /** The delegation (its global ID). */
  delegationId: string;
  /** Not before startsAt. */
  endsAt: string;
  /** What kind of activity it is. */
  kind: OnsiteEventKind;
  /** The member unit that organises it (an Organisation of the delegation’s member units); the office if left out. */
  organiserId?: string | null | undefined;
  /** Where (1 to 200 characters). */
  place?: string | null | undefined;
  /** When it starts. */
  startsAt: string;
  /** 1 to 200 characters. */
  title: string;
};

/** A new organisation. */
export type CreateOrganisationInput = {
  /** Validated with its check character. */
  creditCode?: string | null | undefined;
  /** What kind of body it is. */
  kind: OrganisationKind;
  /** Name in English. */
  nameEn?: string | null | undefined;
  /** Name in Chinese: 1 to 200 characters. */
  nameZh: string;
};

/** A new procurement need, saved as DRAFT. */
export type CreateProcurementNeedInput = {
  /** The budget, at most 2 decimal places; given with budgetCurrency. */
  budgetAmount?: string | null | undefined;
  /** ISO 4217 code; given with budgetAmount. */
  budgetCurrency?: string | null | undefined;
  /** The day the purchaser wants to have bought by. */
  deadline?: string | null | undefined;
  /** At most 4000 characters. */
  description?: string | null | undefined;
  /** An exhibition area or zone of the purchaser's expo. */
  exhibitionAreaId?: string | null | undefined;
  /** ISO 3166-1 alpha-2 codes of preferred countries of origin. */
  preferredCountries?: Array<string> | null | undefined;
  /** Global ID of the purchaser the need is of. */
  purchaserId: string;
  /** Positive, at most 4 decimal places. */
  quantity?: string | null | undefined;
  /** 1 to 200 characters, trimmed. */
  title: string;
  /** Unit of the quantity, at most 40 characters. */
  unit?: string | null | undefined;
};

/** Rooms booked in a hotel for a run of nights. */
export type CreateRoomBlockInput = {
  /** The hotel's address. */
  address?: string | null | undefined;
  /** The delegation (its global ID). */
  delegationId: string;
  /** The first night booked (YYYY-MM-DD). */
  firstNight: string;
  /** The hotel's name. */
  hotel: string;
  /** The last night, included; not before firstNight. */
  lastNight: string;
  /** CNY per room and night: 0 or more, 2 places. */
  pricePerNight: string;
  /** Rooms booked: 1 to 10,000. */
  rooms: number;
};

/** A new task, OPEN. */
export type CreateTaskInput = {
  /** Today or later, in Shanghai. */
  deadline: string;
  /** The delegation (its DELEGATION_OFFICE creates tasks). */
  delegationId: string;
  /** Details; at most 4000 characters. */
  description?: string | null | undefined;
  /** The owner unit: the organisation of a member unit of the delegation (by default the responsibility's unit). */
  ownerOrganisationId?: string | null | undefined;
  /** The person in charge (负责人), by name; at most 200 characters. */
  personInCharge?: string | null | undefined;
  /** A person of the delegation in charge. */
  personInChargeId?: string | null | undefined;
  /** A responsibility of the delegation the task is made from: its text is the title (and the owner its unit's, unless given). */
  responsibilityId?: string | null | undefined;
  /** Required without responsibilityId. */
  title?: string | null | undefined;
};

/** The plan's responsibilities turned into tasks in one go. */
export type CreateTasksFromResponsibilitiesInput = {
  /** The deadline of every task made; today or later. */
  deadline: string;
  /** The delegation whose responsibilities to make tasks of. */
  delegationId: string;
  /** The responsibilities to make tasks of (default: every one of the delegation). One already made a task of is left out. */
  responsibilityIds?: Array<string> | null | undefined;
};

/** Filters CustomsConsultation rows; all given conditions must hold. */
export type CustomsConsultationFilter = {
  /** Every one of these holds. */
  and?: Array<CustomsConsultationFilter> | null | undefined;
  /** CustomsConsultation rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** CustomsConsultation rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** CustomsConsultation rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: CustomsConsultationFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<CustomsConsultationFilter> | null | undefined;
  /** CustomsConsultation rows whose `purchaser` matches. */
  purchaser?: IdFilter | null | undefined;
  /** CustomsConsultation rows whose `status` matches. */
  status?: QuestionStatusFilter | null | undefined;
};

/** Compares a date. */
export type DateFilter = {
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Greater than (later than) this. */
  gt?: string | null | undefined;
  /** Greater than (later than) or equal to this. */
  gte?: string | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than (earlier than) this. */
  lt?: string | null | undefined;
  /** Less than (earlier than) or equal to this. */
  lte?: string | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: string | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<string> | null | undefined;
};

/** Compares a time. */
export type DateTimeFilter = {
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Greater than (later than) this. */
  gt?: string | null | undefined;
  /** Greater than (later than) or equal to this. */
  gte?: string | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than (earlier than) this. */
  lt?: string | null | undefined;
  /** Less than (earlier than) or equal to this. */
  lte?: string | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: string | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<string> | null | undefined;
};

/** Filters Deal rows; all given conditions must hold. */
export type DealFilter = {
  /** In the original currency. */
  amount?: DecimalFilter | null | undefined;
  /** Deal rows whose `amountUsd` matches. */
  amountUsd?: DecimalFilter | null | undefined;
  /** Every one of these holds. */
  and?: Array<DealFilter> | null | undefined;
  /** Deal rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Deal rows whose `currency` matches. */
  currency?: StringFilter | null | undefined;
  /** Deal rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** The on-site event the deal was signed at (isNull: linked to none). */
  event?: IdFilter | null | undefined;
  /** Deal rows whose `exhibitionArea` matches. */
  exhibitionArea?: IdFilter | null | undefined;
  /** Deals whose exhibitor matches (country, name…). */
  exhibitor?: ExhibitorFilter | null | undefined;
  /** The edition the deal was made at. */
  expo?: IdFilter | null | undefined;
  /** Deal rows whose `goods` matches. */
  goods?: StringFilter | null | undefined;
  /** Deal rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: DealFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<DealFilter> | null | undefined;
  /** Deals whose purchaser matches (category, sub-delegation, status…). */
  purchaser?: PurchaserFilter | null | undefined;
  /** Deal rows whose `signedOn` matches. */
  signedOn?: DateFilter | null | undefined;
  /** Deal rows whose `status` matches. */
  status?: DealStatusFilter | null | undefined;
  /** Deal rows whose `updatedAt` matches. */
  updatedAt?: DateTimeFilter | null | undefined;
  /** Deal rows whose `usdRate` matches. */
  usdRate?: DecimalFilter | null | undefined;
};

/** A dimension deal totals are grouped by; the group carries its value. */
export type DealGroupBy =
  /** YYYY-MM-DD of the signing date, a day in Shanghai as signing dates are (null while not signed). */
  | 'DAY_SIGNED'
  /** The delegation that made the deal. */
  | 'DELEGATION'
  /** The on-site event the deal was signed at (linkDealToEvent); null for deals linked to none. */
  | 'EVENT'
  /** The exhibition area; a deal in a zone counts under its area. */
  | 'EXHIBITION_AREA'
  /** The exhibitor's country, ISO 3166-1 alpha-2 (null: deal without exhibitor). */
  | 'EXHIBITOR_COUNTRY'
  /** The expo edition the deal was made at. */
  | 'EXPO'
  /** The lead unit whose target the deal's purchaser counts towards. */
  | 'LEAD_UNIT'
  /** YYYY-MM of the signing date (null while not signed). */
  | 'MONTH_SIGNED'
  /** The purchaser's category (an enterprise or an institution of a kind). */
  | 'PURCHASER_CATEGORY'
  /** The deal status: each status its own group, CANCELLED included (inTotals false). */
  | 'STATUS'
  /** The purchaser's sub-delegation (null: in none). */
  | 'SUB_DELEGATION'
  /** The zone, for deals in one (null otherwise). */
  | 'ZONE';

/** An ordering of Deal rows. */
export type DealOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: DealOrderField;
};

/** What Deal rows can be ordered by; ties are broken by ID. Without `orderBy`: CREATED_AT descending. */
export type DealOrderField =
  /** By each Deal's `amountUsd`. */
  | 'AMOUNT_USD'
  /** By each Deal's `createdAt`. */
  | 'CREATED_AT'
  /** By each Deal's `id`. */
  | 'ID'
  /** By each Deal's `status`. */
  | 'STATUS'
  /** By each Deal's `updatedAt`. */
  | 'UPDATED_AT';

/** Where a deal stands: INTENDED → SIGNED → EXECUTING → FULFILLED, or CANCELLED from any state not final. */
export type DealStatus =
  /** Will not go ahead; final. */
  | 'CANCELLED'
  /** The contract is being carried out (goods shipped, services delivered). */
  | 'EXECUTING'
  /** Carried out in full; final. */
  | 'FULFILLED'
  /** An intended deal (意向成交): the amount both sides mean to trade. */
  | 'INTENDED'
  /** A contract is signed. */
  | 'SIGNED';

/** Compares a DealStatus. */
export type DealStatusFilter = {
  /** Equal to this. */
  eq?: DealStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<DealStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: DealStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<DealStatus> | null | undefined;
};

/** Compares an exact decimal. */
export type DecimalFilter = {
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Greater than (later than) this. */
  gt?: string | null | undefined;
  /** Greater than (later than) or equal to this. */
  gte?: string | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than (earlier than) this. */
  lt?: string | null | undefined;
  /** Less than (earlier than) or equal to this. */
  lte?: string | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: string | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<string> | null | undefined;
};

/** Either side declines a match, with a reason: DECLINED (not after a deal); its proposed and scheduled meetings are cancelled. */
export type DeclineMatchInput = {
  /** Global ID of the match or meeting declined. */
  id: string;
  /** Why: 1 to 2000 characters, trimmed; shown to both sides. */
  reason: string;
  /** The side you act for, where you act for both (ADMIN); otherwise the one you act for. */
  side?: TradeSide | null | undefined;
  /** The version you read. */
  version: number;
};

/** The other side declines a PROPOSED meeting. */
export type DeclineMeetingInput = {
  /** Global ID of the match or meeting declined. */
  id: string;
  /** Why: 1 to 2000 characters, trimmed; shown to both sides. */
  reason: string;
  /** The side you act for, where you act for both (ADMIN); otherwise the one you act for. */
  side?: TradeSide | null | undefined;
  /** The version you read. */
  version: number;
};

/** What a delegation's contact person is the contact for. */
export type DelegationContactRole =
  /** A contact of the delegation office (联系人). */
  | 'OFFICE_CONTACT'
  /** A contact for purchaser registration (注册联系人). */
  | 'REGISTRATION_CONTACT';

/** The names of a delegation rolled over (both, or neither: then the earlier ones, with the edition's number made the new one's). */
export type DelegationNamesInput = {
  /** 1 to 300 characters. */
  nameEn: string;
  /** 1 to 200 characters. */
  nameZh: string;
};

/** Designates a sub-delegation's person for a duty (replacing the one designated, with its version). */
export type DesignateSubDelegationContactInput = {
  /** What for; HEALTH_SAFETY if left out. */
  kind?: SubDelegationContactKind | null | undefined;
  /** Someone of the delegation (personId), or a new person standing for the sub-delegation's first lead unit. */
  person: PersonInput;
  /** The sub-delegation. */
  subDelegationId: string;
  /** The version of the designation you read, when replacing one. */
  version?: number | null | undefined;
};

/** Filters EmergencyPlan rows; all given conditions must hold. */
export type EmergencyPlanFilter = {
  /** Every one of these holds. */
  and?: Array<EmergencyPlanFilter> | null | undefined;
  /** EmergencyPlan rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** EmergencyPlan rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: EmergencyPlanFilter | null | undefined;
  /** EmergencyPlan rows whose `number` matches. */
  number?: IntFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<EmergencyPlanFilter> | null | undefined;
  /** EmergencyPlan rows whose `status` matches. */
  status?: PlanDocumentStatusFilter | null | undefined;
  /** EmergencyPlan rows whose `subDelegation` matches. */
  subDelegation?: IdFilter | null | undefined;
};

/** One line of an edition's rate table. */
export type ExchangeRateInput = {
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** USD for one unit of the currency: over 0, under 10^10, at most 10 decimal places. */
  usdRate: string;
};

/** An exhibition area (展区) and its zones. In updateExpo, an area or zone whose key the edition has is renamed, one it has not is added; none is removed. */
export type ExhibitionAreaInput = {
  /** Key within the edition (areas and zones alike): A-Z, 0-9 and _, 1 to 40. */
  key: string;
  /** Name in English: 1 to 300 characters. */
  nameEn: string;
  /** Name in Chinese: 1 to 200 characters. */
  nameZh: string;
  /** Zones (专区) nested under the area. */
  zones?: Array<ExhibitionZoneInput> | null | undefined;
};

/** An exhibition area of the expo, or a zone nested under one. */
export type ExhibitionAreaKind =
  /** An exhibition area (展区), e.g. Food & Agricultural Products. */
  | 'AREA'
  /** A zone (专区) inside an area, e.g. crop seeds; it has a parent area. */
  | 'ZONE';

/** A zone (专区) nested under an exhibition area. */
export type ExhibitionZoneInput = {
  /** Key within the edition (areas and zones alike): A-Z, 0-9 and _, 1 to 40. */
  key: string;
  /** Name in English: 1 to 300 characters. */
  nameEn: string;
  /** Name in Chinese: 1 to 200 characters. */
  nameZh: string;
};

/** Filters Exhibitor rows; all given conditions must hold. */
export type ExhibitorFilter = {
  /** Every one of these holds. */
  and?: Array<ExhibitorFilter> | null | undefined;
  /** Exhibitor rows whose `booth` matches. */
  booth?: StringFilter | null | undefined;
  /** ISO 3166-1 alpha-2. */
  country?: StringFilter | null | undefined;
  /** Exhibitor rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Exhibitor rows whose `exhibitionArea` matches. */
  exhibitionArea?: IdFilter | null | undefined;
  /** Exhibitor rows whose `expo` matches. */
  expo?: IdFilter | null | undefined;
  /** Exhibitor rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** Exhibitor rows whose `nameEn` matches. */
  nameEn?: StringFilter | null | undefined;
  /** Exhibitor rows whose `nameZh` matches. */
  nameZh?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: ExhibitorFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<ExhibitorFilter> | null | undefined;
  /** Exhibitor rows whose `products` matches. */
  products?: StringFilter | null | undefined;
};

/** Filters ExhibitorMatch rows; all given conditions must hold. */
export type ExhibitorMatchFilter = {
  /** Every one of these holds. */
  and?: Array<ExhibitorMatchFilter> | null | undefined;
  /** ExhibitorMatch rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** ExhibitorMatch rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** ExhibitorMatch rows whose `exhibitor` matches. */
  exhibitor?: IdFilter | null | undefined;
  /** ExhibitorMatch rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** ExhibitorMatch rows whose `need` matches. */
  need?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: ExhibitorMatchFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<ExhibitorMatchFilter> | null | undefined;
  /** ExhibitorMatch rows whose `purchaser` matches. */
  purchaser?: IdFilter | null | undefined;
  /** ExhibitorMatch rows whose `score` matches. */
  score?: DecimalFilter | null | undefined;
  /** ExhibitorMatch rows whose `status` matches. */
  status?: MatchStatusFilter | null | undefined;
};

/** An ordering of ExhibitorMatch rows. */
export type ExhibitorMatchOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: ExhibitorMatchOrderField;
};

/** What ExhibitorMatch rows can be ordered by; ties are broken by ID. Without `orderBy`: CREATED_AT descending. */
export type ExhibitorMatchOrderField =
  /** By each ExhibitorMatch's `createdAt`. */
  | 'CREATED_AT'
  /** By each ExhibitorMatch's `id`. */
  | 'ID'
  /** By each ExhibitorMatch's `status`. */
  | 'STATUS'
  /** By each ExhibitorMatch's `updatedAt`. */
  | 'UPDATED_AT';

/** The delegation's next progress report. */
export type FreezeProgressReportInput = {
  /** The delegation whose report to freeze (its DELEGATION_OFFICE). */
  delegationId: string;
  /** At most 4,000 characters. */
  note?: string | null | undefined;
  /** At most 200 characters; "<delegation> 工作进展报告（第 n 期）" when not given. */
  title?: string | null | undefined;
};

/** Filters FundingRequest rows; all given conditions must hold. */
export type FundingRequestFilter = {
  /** FundingRequest rows whose `amountCny` matches. */
  amountCny?: DecimalFilter | null | undefined;
  /** Every one of these holds. */
  and?: Array<FundingRequestFilter> | null | undefined;
  /** FundingRequest rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** FundingRequest rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** FundingRequest rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: FundingRequestFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<FundingRequestFilter> | null | undefined;
  /** FundingRequest rows whose `status` matches. */
  status?: FundingStatusFilter | null | undefined;
};

/** Where a funding request stands: SUBMITTED → APPROVED → PAID, or REJECTED. */
export type FundingStatus =
  /** Approved by the FINANCE unit. */
  | 'APPROVED'
  /** Paid by the FINANCE unit. */
  | 'PAID'
  /** Rejected, with a reason. */
  | 'REJECTED'
  /** Asked, waiting for the FINANCE unit. */
  | 'SUBMITTED';

/** Compares a FundingStatus. */
export type FundingStatusFilter = {
  /** Equal to this. */
  eq?: FundingStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<FundingStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: FundingStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<FundingStatus> | null | undefined;
};

/** Filters HealthIncident rows; all given conditions must hold. */
export type HealthIncidentFilter = {
  /** Every one of these holds. */
  and?: Array<HealthIncidentFilter> | null | undefined;
  /** HealthIncident rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** HealthIncident rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: HealthIncidentFilter | null | undefined;
  /** HealthIncident rows whose `openedAt` matches. */
  openedAt?: DateTimeFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<HealthIncidentFilter> | null | undefined;
  /** HealthIncident rows whose `status` matches. */
  status?: IncidentStatusFilter | null | undefined;
  /** HealthIncident rows whose `subDelegation` matches. */
  subDelegation?: IdFilter | null | undefined;
};

/** Compares a global ID. */
export type IdFilter = {
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: string | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<string> | null | undefined;
};

/** A delegation's plan as a file: into an existing delegation (delegationId, its DELEGATION_OFFICE), or as a new delegation of an edition (expoId, its EXPO_BUREAU), exactly one of the two. */
export type ImportPlanInput = {
  /** Import into this existing delegation (its DELEGATION_OFFICE). */
  delegationId?: string | null | undefined;
  /** Check everything and report what would be written, writing nothing. */
  dryRun?: boolean | null | undefined;
  /** Or create a new delegation of this expo edition from the plan (its EXPO_BUREAU). */
  expoId?: string | null | undefined;
  /** The JSON text, or the XLSX workbook in base64. */
  file: string;
  /** JSON or XLSX. */
  format: PlanFormat;
};

/** Purchasers and their attendees from a file: one row per attendee, grouped by the organisation's credit code (see the README, Bulk registration, for the columns). */
export type ImportPurchasersInput = {
  /** Global ID of the delegation. */
  delegationId: string;
  /** Check everything (the database rules included) and write nothing. */
  dryRun?: boolean | null | undefined;
  /** The file: base64 for XLSX, the text for CSV. */
  file: string;
  /** How the file is given: XLSX or CSV. */
  format: SheetFormat;
};

/** The registration site's numbers, matched by credit code. */
export type ImportRegistrationNumbersInput = {
  /** Global ID of the delegation. */
  delegationId: string;
  /** The file: base64 for XLSX, the text for CSV; columns 统一社会信用代码 (credit_code) and 注册编号 (registration_number), optionally 单位名称. */
  file: string;
  /** How the file is given: XLSX or CSV. */
  format: SheetFormat;
};

/** Where a health incident stands: OPEN → RESPONDED → CLOSED. */
export type IncidentStatus =
  /** Over. */
  | 'CLOSED'
  /** Logged, waiting for a response. */
  | 'OPEN'
  /** The HEALTH unit (or the office) responded. */
  | 'RESPONDED';

/** Compares a IncidentStatus. */
export type IncidentStatusFilter = {
  /** Equal to this. */
  eq?: IncidentStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<IncidentStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: IncidentStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<IncidentStatus> | null | undefined;
};

/** Compares an integer. */
export type IntFilter = {
  /** Equal to this. */
  eq?: number | null | undefined;
  /** Greater than (later than) this. */
  gt?: number | null | undefined;
  /** Greater than (later than) or equal to this. */
  gte?: number | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<number> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Less than (earlier than) this. */
  lt?: number | null | undefined;
  /** Less than (earlier than) or equal to this. */
  lte?: number | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: number | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<number> | null | undefined;
};

/** Who to invite into which sub-delegation. */
export type InvitePurchaserInput = {
  /** The unified social credit code of an organisation known already. */
  creditCode?: string | null | undefined;
  /** Global ID of the delegation the purchaser joins. */
  delegationId: string;
  /** The lead unit (an Organisation) whose target the purchaser counts towards, when the sub-delegation has several (Health: HEALTH for hospitals and institutions, DRUGS for drug and device enterprises): that lead reviews it. Defaults to the only lead, or to the lead unit that invites. A SUB_DELEGATION_LEAD invites for its own lead unit (where the leads share one target, it may name a co-lead). */
  leadOrganisationId?: string | null | undefined;
  /** A new organisation. If its credit code is known already, that organisation is invited. */
  organisation?: CreateOrganisationInput | null | undefined;
  /** An organisation known already. Give one of three. */
  organisationId?: string | null | undefined;
  /** Where the purchaser registers. A member unit that leads no sub-delegation (Culture & Tourism, the Federation of Industry and Commerce…) always invites into the sub-delegation that receives unassigned purchasers (Commerce & Trade), whatever is asked here. Lead units and member units that lead one invite into theirs (the default when there is only one); the delegation office chooses. */
  subDelegationId?: string | null | undefined;
};

/** Issues an APPLIED certificate (only over the attendee's passed background check). */
export type IssueCertificateInput = {
  /** The record (its global ID). */
  id: string;
  /** The certificate's number. */
  number?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Issues a BOOKED trip's ticket. */
export type IssueTripInput = {
  /** The record (its global ID). */
  id: string;
  /** The version you read. */
  version: number;
};

/** A person's role in the delegation's leading group (领导小组), held on behalf of an organisation. */
export type LeadingGroupRole =
  /** Deputy leader (副组长). */
  | 'DEPUTY_LEADER'
  /** Leader (组长). */
  | 'LEADER'
  /** Member (成员), for a member unit. */
  | 'MEMBER'
  /** Secretary-general (秘书长). */
  | 'SECRETARY_GENERAL';

/** Links a deal to the on-site event it was signed at (eventId null: to none), with the deal’s version. */
export type LinkDealToEventInput = {
  /** The deal (its global ID). */
  dealId: string;
  /** An event of the deal’s delegation; null unlinks. */
  eventId?: string | null | undefined;
  /** The deal’s version you read. */
  version: number;
};

/** Where a match of a purchaser (or its need) with an exhibitor stands: SUGGESTED or PROPOSED → ACCEPTED → MEETING_SCHEDULED → MET → DEAL, or DECLINED. */
export type MatchStatus =
  /** Both sides accepted; no meeting yet. */
  | 'ACCEPTED'
  /** A deal came of it. */
  | 'DEAL'
  /** One side said no; final. */
  | 'DECLINED'
  /** A meeting is scheduled. */
  | 'MEETING_SCHEDULED'
  /** The two sides met. */
  | 'MET'
  /** Proposed by one side; the other has yet to accept. */
  | 'PROPOSED'
  /** Suggested by the system from needs and exhibitors; nobody has acted on it yet. */
  | 'SUGGESTED';

/** Compares a MatchStatus. */
export type MatchStatusFilter = {
  /** Equal to this. */
  eq?: MatchStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<MatchStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: MatchStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<MatchStatus> | null | undefined;
};

/** Filters Meal rows; all given conditions must hold. */
export type MealFilter = {
  /** Every one of these holds. */
  and?: Array<MealFilter> | null | undefined;
  /** Meal rows whose `day` matches. */
  day?: DateFilter | null | undefined;
  /** Meal rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Meal rows whose `headcount` matches. */
  headcount?: IntFilter | null | undefined;
  /** Meal rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** Meal rows whose `meal` matches. */
  meal?: MealKindFilter | null | undefined;
  /** This does not hold. */
  not?: MealFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<MealFilter> | null | undefined;
  /** Meal rows whose `place` matches. */
  place?: StringFilter | null | undefined;
};

/** Which meal of the day. */
export type MealKind =
  /** Breakfast. */
  | 'BREAKFAST'
  /** Dinner. */
  | 'DINNER'
  /** Lunch. */
  | 'LUNCH';

/** Compares a MealKind. */
export type MealKindFilter = {
  /** Equal to this. */
  eq?: MealKind | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<MealKind> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: MealKind | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<MealKind> | null | undefined;
};

/** Filters Meeting rows; all given conditions must hold. */
export type MeetingFilter = {
  /** Every one of these holds. */
  and?: Array<MeetingFilter> | null | undefined;
  /** Meeting rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Meeting rows whose `endsAt` matches. */
  endsAt?: DateTimeFilter | null | undefined;
  /** Meeting rows whose `exhibitor` matches. */
  exhibitor?: IdFilter | null | undefined;
  /** Meeting rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** Meeting rows whose `match` matches. */
  match?: IdFilter | null | undefined;
  /** Meeting rows whose `meetingPoint` matches. */
  meetingPoint?: IdFilter | null | undefined;
  /** Meeting rows whose `mode` matches. */
  mode?: MeetingModeFilter | null | undefined;
  /** This does not hold. */
  not?: MeetingFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<MeetingFilter> | null | undefined;
  /** Meeting rows whose `phase` matches. */
  phase?: MeetingPhaseFilter | null | undefined;
  /** Meeting rows whose `purchaser` matches. */
  purchaser?: IdFilter | null | undefined;
  /** Meeting rows whose `startsAt` matches. */
  startsAt?: DateTimeFilter | null | undefined;
  /** Meeting rows whose `status` matches. */
  status?: MeetingStatusFilter | null | undefined;
};

/** How a meeting is held. */
export type MeetingMode =
  /** In person, at a table or room. */
  | 'OFFLINE'
  /** Online (video call), at an online room. */
  | 'ONLINE';

/** Compares a MeetingMode. */
export type MeetingModeFilter = {
  /** Equal to this. */
  eq?: MeetingMode | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<MeetingMode> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: MeetingMode | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<MeetingMode> | null | undefined;
};

/** When a meeting is held relative to the expo. */
export type MeetingPhase =
  /** During the expo, at the venue in Shanghai. */
  | 'ON_SITE'
  /** Before the expo opens (pre-show matchmaking). */
  | 'PRE_SHOW';

/** Compares a MeetingPhase. */
export type MeetingPhaseFilter = {
  /** Equal to this. */
  eq?: MeetingPhase | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<MeetingPhase> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: MeetingPhase | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<MeetingPhase> | null | undefined;
};

/** Filters MeetingPoint rows; all given conditions must hold. */
export type MeetingPointFilter = {
  /** MeetingPoint rows whose `active` matches. */
  active?: BooleanFilter | null | undefined;
  /** Every one of these holds. */
  and?: Array<MeetingPointFilter> | null | undefined;
  /** MeetingPoint rows whose `capacity` matches. */
  capacity?: IntFilter | null | undefined;
  /** MeetingPoint rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** MeetingPoint rows whose `expo` matches. */
  expo?: IdFilter | null | undefined;
  /** MeetingPoint rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** MeetingPoint rows whose `key` matches. */
  key?: StringFilter | null | undefined;
  /** MeetingPoint rows whose `kind` matches. */
  kind?: MeetingPointKindFilter | null | undefined;
  /** MeetingPoint rows whose `name` matches. */
  name?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: MeetingPointFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<MeetingPointFilter> | null | undefined;
};

/** What kind of place a meeting point is. */
export type MeetingPointKind =
  /** An online meeting room (a video-call link). */
  | 'ONLINE_ROOM'
  /** A meeting room. */
  | 'ROOM'
  /** A table in a shared matchmaking hall. */
  | 'TABLE';

/** Compares a MeetingPointKind. */
export type MeetingPointKindFilter = {
  /** Equal to this. */
  eq?: MeetingPointKind | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<MeetingPointKind> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: MeetingPointKind | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<MeetingPointKind> | null | undefined;
};

/** An ordering of MeetingPoint rows. */
export type MeetingPointOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: MeetingPointOrderField;
};

/** What MeetingPoint rows can be ordered by; ties are broken by ID. Without `orderBy`: KEY ascending. */
export type MeetingPointOrderField =
  /** By each MeetingPoint's `capacity`. */
  | 'CAPACITY'
  /** By each MeetingPoint's `createdAt`. */
  | 'CREATED_AT'
  /** By each MeetingPoint's `id`. */
  | 'ID'
  /** By each MeetingPoint's `key`. */
  | 'KEY'
  /** By each MeetingPoint's `name`. */
  | 'NAME';

/** Where a run of the meeting scheduler stands: a DRAFT to review, then PUBLISHED or DISCARDED. */
export type MeetingScheduleStatus =
  /** Thrown away; no meeting came of it. */
  | 'DISCARDED'
  /** Proposed placements to review; no meeting exists yet. */
  | 'DRAFT'
  /** Its items became meetings. */
  | 'PUBLISHED';

/** Where a meeting stands: PROPOSED → SCHEDULED → HELD, or CANCELLED; or DECLINED by the other side. */
export type MeetingStatus =
  /** Called off after it was scheduled. */
  | 'CANCELLED'
  /** The other side said no. */
  | 'DECLINED'
  /** It took place. */
  | 'HELD'
  /** One side asked for it and the other has yet to accept; it holds the time already. */
  | 'PROPOSED'
  /** Confirmed: both sides accepted. */
  | 'SCHEDULED';

/** Compares a MeetingStatus. */
export type MeetingStatusFilter = {
  /** Equal to this. */
  eq?: MeetingStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<MeetingStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: MeetingStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<MeetingStatus> | null | undefined;
};

/** Why a procurement need was closed. */
export type NeedCloseReason =
  /** The purchaser no longer needs it. */
  | 'CANCELLED'
  /** What was needed has been found (usually a deal). */
  | 'FULFILLED';

/** Compares a NeedCloseReason. */
export type NeedCloseReasonFilter = {
  /** Equal to this. */
  eq?: NeedCloseReason | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<NeedCloseReason> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: NeedCloseReason | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<NeedCloseReason> | null | undefined;
};

/** Where a procurement need stands: DRAFT → PUBLISHED → CLOSED. */
export type NeedStatus =
  /** Closed, with a reason; final. */
  | 'CLOSED'
  /** Being written; not yet open to matching. */
  | 'DRAFT'
  /** Published: exhibitors may be matched to it. */
  | 'PUBLISHED';

/** Compares a NeedStatus. */
export type NeedStatusFilter = {
  /** Equal to this. */
  eq?: NeedStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<NeedStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: NeedStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<NeedStatus> | null | undefined;
};

/** A lead unit (牵头单位) of a new sub-delegation. */
export type NewSubDelegationLeadInput = {
  /** A member unit of the delegation, by its organisation. */
  organisationId: string;
  /** The lead's own target; none where the co-leads share the sub-delegation's. */
  target?: TargetInput | null | undefined;
};

/** Filters Notification rows; all given conditions must hold. */
export type NotificationFilter = {
  /** Every one of these holds. */
  and?: Array<NotificationFilter> | null | undefined;
  /** Notification rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Notification rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Notification rows whose `kind` matches. */
  kind?: NotificationKindFilter | null | undefined;
  /** This does not hold. */
  not?: NotificationFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<NotificationFilter> | null | undefined;
};

/** What happened. Those who read the delegation in full (its office, the expo bureau, analysts) are told of every kind; each value says who else is. */
export type NotificationKind =
  /** The background check of one of a purchaser's attendees FAILED: those who read the purchaser are told. */
  | 'BACKGROUND_CHECK_FAILED'
  /** The office sent a circular (通报): the member units it is addressed to are told (everyone who reads the delegation, when addressed to all). */
  | 'CIRCULAR'
  /** The credit check of a purchaser's organisation FAILED: those who read the purchaser are told. */
  | 'CREDIT_CHECK_FAILED'
  /** A meeting was confirmed (accepted by the other side, or published in a schedule): those who read its purchaser are told. */
  | 'MEETING_SCHEDULED'
  /** The office answered a problem a member unit raised: that unit is told. */
  | 'PROBLEM_ANSWERED'
  /** A lead unit rejected a purchaser: those who read the purchaser are told (its lead, the member unit that invited it, the purchaser). */
  | 'PURCHASER_REJECTED'
  /** The office sent an approved purchaser back to its lead unit: those who read the purchaser are told. */
  | 'PURCHASER_SENT_BACK'
  /** A task not DONE whose deadline is within 2 days (the reminder scheduler): its owner unit is told. */
  | 'TASK_DUE_SOON'
  /** A task not DONE whose deadline day (a date in Shanghai) has passed in Shanghai (the reminder scheduler): its owner unit is told. */
  | 'TASK_OVERDUE';

/** Compares a NotificationKind. */
export type NotificationKindFilter = {
  /** Equal to this. */
  eq?: NotificationKind | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<NotificationKind> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: NotificationKind | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<NotificationKind> | null | undefined;
};

/** Filters OnsiteEvent rows; all given conditions must hold. */
export type OnsiteEventFilter = {
  /** Every one of these holds. */
  and?: Array<OnsiteEventFilter> | null | undefined;
  /** OnsiteEvent rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** OnsiteEvent rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** OnsiteEvent rows whose `kind` matches. */
  kind?: OnsiteEventKindFilter | null | undefined;
  /** This does not hold. */
  not?: OnsiteEventFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<OnsiteEventFilter> | null | undefined;
  /** OnsiteEvent rows whose `startsAt` matches. */
  startsAt?: DateTimeFilter | null | undefined;
  /** OnsiteEvent rows whose `title` matches. */
  title?: StringFilter | null | undefined;
};

/** What an on-site activity of the delegation is. */
export type OnsiteEventKind =
  /** Supply-and-demand matchmaking (供需对接会). */
  | 'MATCHMAKING'
  /** The delegation publishes its purchasing needs (采购需求发布会). */
  | 'NEEDS_PUBLISHING'
  /** Any other activity. */
  | 'OTHER'
  /** A signing ceremony (集中签约仪式): its deals are linked to it. */
  | 'SIGNING_CEREMONY';

/** Compares a OnsiteEventKind. */
export type OnsiteEventKindFilter = {
  /** Equal to this. */
  eq?: OnsiteEventKind | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<OnsiteEventKind> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: OnsiteEventKind | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<OnsiteEventKind> | null | undefined;
};

/** A health incident logged for the delegation (or one of its sub-delegations). */
export type OpenHealthIncidentInput = {
  /** The delegation (its global ID). */
  delegationId: string;
  /** 1 to 4,000 characters. */
  description: string;
  /** When; now if left out; not in the future. */
  openedAt?: string | null | undefined;
  /** Who is affected, by name (optional). */
  personName?: string | null | undefined;
  /** The sub-delegation concerned (required of a lead: one it leads). */
  subDelegationId?: string | null | undefined;
};

/** Which way an ordering runs. */
export type OrderDirection =
  /** Ascending: smallest, earliest or first in the alphabet first. */
  | 'ASC'
  /** Descending: largest, latest or last in the alphabet first. */
  | 'DESC';

/** Filters Organisation rows; all given conditions must hold. */
export type OrganisationFilter = {
  /** Every one of these holds. */
  and?: Array<OrganisationFilter> | null | undefined;
  /** Organisation rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Organisation rows whose `creditCode` matches. */
  creditCode?: StringFilter | null | undefined;
  /** Organisation rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** Organisation rows whose `key` matches. */
  key?: StringFilter | null | undefined;
  /** Organisation rows whose `kind` matches. */
  kind?: OrganisationKindFilter | null | undefined;
  /** Organisation rows whose `nameEn` matches. */
  nameEn?: StringFilter | null | undefined;
  /** Organisation rows whose `nameZh` matches. */
  nameZh?: StringFilter | null | undefined;
  /** This does not hold. */
  not?: OrganisationFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<OrganisationFilter> | null | undefined;
};

/** What kind of body an organisation is. */
export type OrganisationKind =
  /** An industry association or federation (e.g. the Federation of Industry and Commerce). */
  | 'ASSOCIATION'
  /** A company. */
  | 'ENTERPRISE'
  /** A government department or agency (e.g. the Commerce department). */
  | 'GOVERNMENT'
  /** A public institution (hospital, school, research institute…). */
  | 'INSTITUTION';

/** Compares a OrganisationKind. */
export type OrganisationKindFilter = {
  /** Equal to this. */
  eq?: OrganisationKind | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<OrganisationKind> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: OrganisationKind | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<OrganisationKind> | null | undefined;
};

/** An ordering of Organisation rows. */
export type OrganisationOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: OrganisationOrderField;
};

/** What Organisation rows can be ordered by; ties are broken by ID. Without `orderBy`: NAME_ZH ascending. */
export type OrganisationOrderField =
  /** By each Organisation's `createdAt`. */
  | 'CREATED_AT'
  /** By each Organisation's `id`. */
  | 'ID'
  /** By each Organisation's `kind`. */
  | 'KIND'
  /** By each Organisation's `nameZh`. */
  | 'NAME_ZH';

/** Who takes part in an on-site activity. */
export type ParticipantKind =
  /** An exhibitor of the delegation's expo. */
  | 'EXHIBITOR'
  /** A guest, by name. */
  | 'GUEST'
  /** A purchaser of the delegation. */
  | 'PURCHASER';

/** A person of the delegation: `personId` (someone of the delegation already, not a purchaser's contact or attendee), or a new person by `name` with contact data, of the organisation the person stands for. Contacts show masked to whoever does not own them. */
export type PersonInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** Mobile number: digits, spaces, ( ) and -, optionally +. */
  mobile?: string | null | undefined;
  /** A new person: 1 to 100 characters. */
  name?: string | null | undefined;
  /** A person of the delegation. Or a new one: */
  personId?: string | null | undefined;
  /** Digits, spaces, ( ) and -, optionally +. */
  phone?: string | null | undefined;
};

/** How an emergency plan's text is written. */
export type PlanDocumentFormat =
  /** Markdown (headings, lists). */
  | 'MARKDOWN'
  /** Plain text. */
  | 'PLAIN';

/** Where an emergency plan document stands: DRAFT → APPROVED → SUPERSEDED. */
export type PlanDocumentStatus =
  /** The plan in force: at most one per delegation or sub-delegation. */
  | 'APPROVED'
  /** Being written: it may still change. */
  | 'DRAFT'
  /** Replaced by a later approved version. */
  | 'SUPERSEDED';

/** Compares a PlanDocumentStatus. */
export type PlanDocumentStatusFilter = {
  /** Equal to this. */
  eq?: PlanDocumentStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<PlanDocumentStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: PlanDocumentStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<PlanDocumentStatus> | null | undefined;
};

/** A plan file: JSON in the shape of the built-in Qinghai plan, or an XLSX workbook of one sheet per part (README, 'Plans as files'), sent and returned as base64. */
export type PlanFormat =
  /** JSON text in the shape of the built-in Qinghai plan. */
  | 'JSON'
  /** An XLSX workbook, one sheet per part of the plan, in base64. */
  | 'XLSX';

/** Where a problem (存在问题) raised to the delegation office stands: OPEN → ANSWERED → CLOSED. */
export type ProblemStatus =
  /** The office answered. */
  | 'ANSWERED'
  /** Settled; final. */
  | 'CLOSED'
  /** Raised; the office has not answered. */
  | 'OPEN';

/** Compares a ProblemStatus. */
export type ProblemStatusFilter = {
  /** Equal to this. */
  eq?: ProblemStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<ProblemStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: ProblemStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<ProblemStatus> | null | undefined;
};

/** Filters ProcurementNeed rows; all given conditions must hold. */
export type ProcurementNeedFilter = {
  /** Every one of these holds. */
  and?: Array<ProcurementNeedFilter> | null | undefined;
  /** ProcurementNeed rows whose `budgetCurrency` matches. */
  budgetCurrency?: StringFilter | null | undefined;
  /** ProcurementNeed rows whose `closeReason` matches. */
  closeReason?: NeedCloseReasonFilter | null | undefined;
  /** ProcurementNeed rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** ProcurementNeed rows whose `deadline` matches. */
  deadline?: DateFilter | null | undefined;
  /** ProcurementNeed rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** ProcurementNeed rows whose `exhibitionArea` matches. */
  exhibitionArea?: IdFilter | null | undefined;
  /** ProcurementNeed rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: ProcurementNeedFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<ProcurementNeedFilter> | null | undefined;
  /** ProcurementNeed rows whose `publishedAt` matches. */
  publishedAt?: DateTimeFilter | null | undefined;
  /** ProcurementNeed rows whose `purchaser` matches. */
  purchaser?: IdFilter | null | undefined;
  /** ProcurementNeed rows whose `status` matches. */
  status?: NeedStatusFilter | null | undefined;
  /** ProcurementNeed rows whose `title` matches. */
  title?: StringFilter | null | undefined;
};

/** An ordering of ProcurementNeed rows. */
export type ProcurementNeedOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: ProcurementNeedOrderField;
};

/** What ProcurementNeed rows can be ordered by; ties are broken by ID. Without `orderBy`: CREATED_AT descending. */
export type ProcurementNeedOrderField =
  /** By each ProcurementNeed's `createdAt`. */
  | 'CREATED_AT'
  /** By each ProcurementNeed's `id`. */
  | 'ID'
  /** By each ProcurementNeed's `status`. */
  | 'STATUS'
  /** By each ProcurementNeed's `title`. */
  | 'TITLE'
  /** By each ProcurementNeed's `updatedAt`. */
  | 'UPDATED_AT';

/** A section of a progress report (one sheet of its XLSX, one part of its HTML). */
export type ProgressReportSection =
  /** Deal totals in USD, by exhibition area and exhibitor country. */
  | 'DEALS'
  /** Problems raised to the office that are still open. */
  | 'PROBLEMS'
  /** Recruitment progress: approved and reported purchasers against the targets. */
  | 'RECRUITMENT'
  /** Tasks by status, and the overdue ones. */
  | 'TASKS';

/** Proposes an exhibitor for a published need (needId), or for a purchaser without a need (purchaserId): exactly one of them. */
export type ProposeMatchInput = {
  /** Global ID of the exhibitor proposed: of the same expo as the purchaser's delegation. */
  exhibitorId: string;
  /** A PUBLISHED need of the purchaser. */
  needId?: string | null | undefined;
  /** For a purchaser-level match, without a need: an APPROVED or REPORTED purchaser. */
  purchaserId?: string | null | undefined;
  /** The side you act for, where you act for both (ADMIN); otherwise the one you act for. */
  side?: TradeSide | null | undefined;
};

/** Filters ProtocolRequest rows; all given conditions must hold. */
export type ProtocolRequestFilter = {
  /** Every one of these holds. */
  and?: Array<ProtocolRequestFilter> | null | undefined;
  /** ProtocolRequest rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** ProtocolRequest rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** ProtocolRequest rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: ProtocolRequestFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<ProtocolRequestFilter> | null | undefined;
  /** ProtocolRequest rows whose `status` matches. */
  status?: QuestionStatusFilter | null | undefined;
};

/** Filters PublicityRecord rows; all given conditions must hold. */
export type PublicityRecordFilter = {
  /** Every one of these holds. */
  and?: Array<PublicityRecordFilter> | null | undefined;
  /** PublicityRecord rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** PublicityRecord rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: PublicityRecordFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<PublicityRecordFilter> | null | undefined;
  /** PublicityRecord rows whose `outlet` matches. */
  outlet?: StringFilter | null | undefined;
  /** PublicityRecord rows whose `publishedOn` matches. */
  publishedOn?: DateFilter | null | undefined;
};

/** What kind of buyer a purchaser is, as the plan lists them (二): enterprises first, then institutions. */
export type PurchaserCategory =
  /** Agricultural institution (农业机构). */
  | 'AGRICULTURE_INSTITUTION'
  /** Car sales (汽车销售). */
  | 'AUTO_SALES'
  /** Cultural institution (文化机构). */
  | 'CULTURE_INSTITUTION'
  /** Distributor or agent (经销商代理商). */
  | 'DISTRIBUTOR_AGENT'
  /** E-commerce enterprise (电子商务企业). */
  | 'ECOMMERCE'
  /** Educational institution (教育机构). */
  | 'EDUCATION_INSTITUTION'
  /** End user (终端用户). */
  | 'END_USER'
  /** Environmental institution (环保机构). */
  | 'ENVIRONMENT_INSTITUTION'
  /** Import trading enterprise (进口贸易企业). */
  | 'IMPORT_TRADE'
  /** Manufacturing enterprise (生产制造企业). */
  | 'MANUFACTURING'
  /** Medical institution (医疗机构). */
  | 'MEDICAL_INSTITUTION'
  /** Research institution (科研机构). */
  | 'RESEARCH_INSTITUTION'
  /** Service enterprise (服务企业). */
  | 'SERVICE'
  /** Tourism institution (旅游机构). */
  | 'TOURISM_INSTITUTION'
  /** Trading centre (交易中心). */
  | 'TRADING_CENTRE'
  /** Wholesale or retail enterprise (批发零售企业). */
  | 'WHOLESALE_RETAIL';

/** Compares a PurchaserCategory. */
export type PurchaserCategoryFilter = {
  /** Equal to this. */
  eq?: PurchaserCategory | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<PurchaserCategory> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: PurchaserCategory | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<PurchaserCategory> | null | undefined;
};

/** Filters Purchaser rows; all given conditions must hold. */
export type PurchaserFilter = {
  /** Every one of these holds. */
  and?: Array<PurchaserFilter> | null | undefined;
  /** Purchaser rows whose `approvedAt` matches. */
  approvedAt?: DateTimeFilter | null | undefined;
  /** Purchaser rows whose `category` matches. */
  category?: PurchaserCategoryFilter | null | undefined;
  /** Purchaser rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Purchaser rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** Purchaser rows whose `invitedAt` matches. */
  invitedAt?: DateTimeFilter | null | undefined;
  /** The member unit or lead that invited the purchaser. */
  invitedBy?: IdFilter | null | undefined;
  /** Purchaser rows whose `lead` matches. */
  lead?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: PurchaserFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<PurchaserFilter> | null | undefined;
  /** The purchasing organisation matches this. */
  organisation?: OrganisationFilter | null | undefined;
  /** Purchaser rows whose `registeredAt` matches. */
  registeredAt?: DateTimeFilter | null | undefined;
  /** Purchaser rows whose `reportedAt` matches. */
  reportedAt?: DateTimeFilter | null | undefined;
  /** Purchaser rows whose `status` matches. */
  status?: PurchaserStatusFilter | null | undefined;
  /** Purchaser rows whose `subDelegation` matches. */
  subDelegation?: IdFilter | null | undefined;
};

/** An ordering of Purchaser rows. */
export type PurchaserOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: PurchaserOrderField;
};

/** What Purchaser rows can be ordered by; ties are broken by ID. Without `orderBy`: INVITED_AT ascending. */
export type PurchaserOrderField =
  /** By each Purchaser's `id`. */
  | 'ID'
  /** By each Purchaser's `invitedAt`. */
  | 'INVITED_AT'
  /** By each Purchaser's `organisationNameZh`. */
  | 'ORGANISATION_NAME_ZH'
  /** By each Purchaser's `status`. */
  | 'STATUS'
  /** By each Purchaser's `updatedAt`. */
  | 'UPDATED_AT';

/** Where a purchaser stands: INVITED → REGISTERED → APPROVED → REPORTED, with REJECTED and WITHDRAWN. */
export type PurchaserStatus =
  /** Approved by a lead unit (after a passed credit check and every attendee's background check); counts towards the target. */
  | 'APPROVED'
  /** Invited by a member unit; not registered yet. */
  | 'INVITED'
  /** Registered, awaiting review by a lead unit of its sub-delegation. */
  | 'REGISTERED'
  /** Rejected by a lead unit, with a reason; may go back to REGISTERED on resubmission. */
  | 'REJECTED'
  /** Reported up to the expo bureau by the delegation office; counts towards the target. */
  | 'REPORTED'
  /** Withdrawn before being reported; final. */
  | 'WITHDRAWN';

/** Compares a PurchaserStatus. */
export type PurchaserStatusFilter = {
  /** Equal to this. */
  eq?: PurchaserStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<PurchaserStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: PurchaserStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<PurchaserStatus> | null | undefined;
};

/** Where a question to a service department stands: OPEN → ANSWERED. */
export type QuestionStatus =
  /** Answered by the department. */
  | 'ANSWERED'
  /** Asked, waiting for the department. */
  | 'OPEN';

/** Compares a QuestionStatus. */
export type QuestionStatusFilter = {
  /** Equal to this. */
  eq?: QuestionStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<QuestionStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: QuestionStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<QuestionStatus> | null | undefined;
};

/** A problem raised to the office, by a member unit. */
export type RaiseTaskProblemInput = {
  /** Without a task: the delegation the problem is raised in. */
  delegationId?: string | null | undefined;
  /** The task it is about; its owner unit raises it. Without one, give delegationId. */
  taskId?: string | null | undefined;
  /** The problem: 1 to 4000 characters. */
  text: string;
  /** Without a task: the raising unit's organisation (a MEMBER_UNIT's own by default). */
  unitOrganisationId?: string | null | undefined;
};

/** The result of Public Security's background check of an attendee. */
export type RecordBackgroundCheckInput = {
  /** Global ID of the attendee checked. */
  attendeeId: string;
  /** At most 2000 characters. */
  note?: string | null | undefined;
  /** The outcome of the background check. */
  result: CheckResult;
};

/** The result of Market Regulation's credit check of the organisation. */
export type RecordCreditCheckInput = {
  /** At most 2000 characters. */
  note?: string | null | undefined;
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** The outcome of the credit check. */
  result: CheckResult;
};

/** A follow-up on a deal of this or an earlier edition, optionally moving its state. */
export type RecordDealFollowUpInput = {
  /** Global ID of the deal followed up: not yet FULFILLED or CANCELLED. */
  dealId: string;
  /** When the follow-up took place; not in the future. */
  followedOn: string;
  /** What was done or learnt: 1 to 4000 characters, trimmed. */
  note: string;
  /** For a move to SIGNED; defaults to followedOn. */
  signedOn?: string | null | undefined;
  /** The state the deal moves to; absent: unchanged. */
  toStatus?: DealStatus | null | undefined;
  /** The version of the deal you read. */
  version: number;
};

/** An intended deal, from a match (matchId) or directly (purchaserId). The USD amount comes from usdRate, from amountUsd, or from the expo's exchange rate, in that order. */
export type RecordDealInput = {
  /** In the original currency, at most 2 decimal places. */
  amount: string;
  /** The USD amount as agreed, stored as given. The rate stored is the shortest (fewest decimal places, at most 20; of those the nearest to amountUsd / amount) whose product with amount rounds to it. */
  amountUsd?: string | null | undefined;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** Defaults to the exhibitor's area. */
  exhibitionAreaId?: string | null | undefined;
  /** For a deal without a match; an exhibitor of the same expo. */
  exhibitorId?: string | null | undefined;
  /** What is bought: 1 to 1000 characters, trimmed. */
  goods: string;
  /** The match it came from: gives purchaser and exhibitor. */
  matchId?: string | null | undefined;
  /** For a deal without a match. */
  purchaserId?: string | null | undefined;
  /** Given when the deal is signed already: it is recorded SIGNED. */
  signedOn?: string | null | undefined;
  /** USD per unit of currency, if not the expo rate: under 10^10, at most 20 decimal places. */
  usdRate?: string | null | undefined;
};

/** Coverage of the delegation in an outlet. */
export type RecordPublicityInput = {
  /** The delegation (its global ID). */
  delegationId: string;
  /** An http(s) link. */
  link?: string | null | undefined;
  /** The newspaper, broadcaster or site that ran it. */
  outlet: string;
  /** The day it was published. */
  publishedOn: string;
  /** The piece's headline. */
  title: string;
};

/** A person attending for the purchaser; identified by the ID number (a resident ID number is checked with its check digit), which Public Security checks. */
export type RegisterAttendeeInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** ID or passport number, 4 to 40 letters and digits. */
  idNumber: string;
  /** At most 100 characters. */
  jobTitle?: string | null | undefined;
  /** Mobile number. */
  mobile?: string | null | undefined;
  /** 1 to 100 characters. */
  name: string;
  /** Landline number. */
  phone?: string | null | undefined;
};

/** The purchaser's contact person. */
export type RegisterContactInput = {
  /** E-mail address. */
  email?: string | null | undefined;
  /** Mobile or phone is required. */
  mobile?: string | null | undefined;
  /** 1 to 100 characters. */
  name: string;
  /** Digits, spaces, ( ) and -, optionally +. */
  phone?: string | null | undefined;
};

/** The unified registration, by the purchaser or for it. Every category needs a contact with a mobile or phone number and at least one attendee; enterprise categories need the organisation's credit code (for the credit check); institution categories an organisation of kind INSTITUTION. */
export type RegisterPurchaserInput = {
  /** 1 to 50 attendees. */
  attendees: Array<RegisterAttendeeInput>;
  /** What kind of purchaser: decides what the registration needs (credit code, kind). */
  category: PurchaserCategory;
  /** The purchaser's contact person. */
  contact: RegisterContactInput;
  /** The organisation's credit code, when it was invited without one. */
  creditCode?: string | null | undefined;
  /** The lead unit (an Organisation) the purchaser counts for and that reviews it: required when the sub-delegation has several and none was chosen at the invitation (a SUB_DELEGATION_LEAD registering it: its own unit by default, and only its own). */
  leadOrganisationId?: string | null | undefined;
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** Change of sub-delegation. Purchasers invited by a member unit that leads no sub-delegation stay in the one receiving unassigned purchasers (Commerce & Trade). */
  subDelegationId?: string | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version?: number | null | undefined;
};

/** A webhook for a delegation: its events POSTed to url. */
export type RegisterWebhookInput = {
  /** The delegation whose events it receives (its DELEGATION_OFFICE). */
  delegationId: string;
  /** Only these kinds; all if null. */
  kinds?: Array<NotificationKind> | null | undefined;
  /** http(s) URL; in production not a private address. */
  url: string;
};

/** Rejects a SUBMITTED funding request, saying why. */
export type RejectFundingInput = {
  /** The record (its global ID). */
  id: string;
  /** 1 to 2,000 characters. */
  reason: string;
  /** The version you read. */
  version: number;
};

/** A REGISTERED purchaser its lead unit rejects, with a reason: → REJECTED. */
export type RejectPurchaserInput = {
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** Why, for the purchaser: 1 to 2000 characters. */
  reason: string;
  /** The version you reviewed: if it changed meanwhile, CONFLICT (and nothing changes). */
  version: number;
};

/** Removes a person from the leading group. */
export type RemoveLeadingGroupMemberInput = {
  /** The leading group member to remove. */
  memberId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Removes a member unit from the leading group. */
export type RemoveMemberUnitInput = {
  /** The member unit to remove. */
  memberUnitId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Removes a duty of a member unit. */
export type RemoveResponsibilityInput = {
  /** The duty to remove. */
  responsibilityId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Removes a sub-delegation. */
export type RemoveSubDelegationInput = {
  /** The sub-delegation to remove. */
  subDelegationId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Removes a lead unit from its sub-delegation. */
export type RemoveSubDelegationLeadInput = {
  /** The lead unit to remove. */
  leadId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Approved purchasers to report up to the expo bureau, as one batch. */
export type ReportPurchasersInput = {
  /** Global ID of the delegation reporting. */
  delegationId: string;
  /** At most 1000; all APPROVED. Left out: every APPROVED purchaser of the delegation. */
  purchaserIds?: Array<string> | null | undefined;
};

/** Progress on a task, reported by the office or its owner unit. */
export type ReportTaskProgressInput = {
  /** A figure the task is measured by (purchasers recruited, an amount…). */
  figure?: string | null | undefined;
  /** 0 to 100. */
  percent?: number | null | undefined;
  /** The task reported on. */
  taskId: string;
  /** What was done. */
  text: string;
};

/** Funds asked of the FINANCE unit. */
export type RequestFundingInput = {
  /** CNY, over 0, at most 2 decimal places. */
  amountCny: string;
  /** The delegation (its global ID). */
  delegationId: string;
  /** What the money is for: 1 to 2,000 characters. */
  purpose: string;
  /** The member unit that asks (an Organisation): a MEMBER_UNIT grant asks for its own unit (its only one if left out); the office for itself when left out. */
  requestingUnitId?: string | null | undefined;
};

/** A trip asked for an attendee: REQUESTED. */
export type RequestTripInput = {
  /** The attendee (its global ID). */
  attendeeId: string;
  /** To the expo (OUTBOUND) or home (RETURN). */
  direction: TripDirection;
  /** Where the trip starts (station or airport). */
  fromStation?: string | null | undefined;
  /** By train or by air. */
  mode: TravelMode;
  /** Train or flight number: 1 to 8 letters and digits. */
  serviceNumber: string;
  /** Where the trip ends (station or airport). */
  toStation?: string | null | undefined;
  /** The day of travel (YYYY-MM-DD). */
  travelDate: string;
};

/** Responds to an OPEN health incident, saying what was done. */
export type RespondHealthIncidentInput = {
  /** The record (its global ID). */
  id: string;
  /** What was done: 1 to 4,000 characters. */
  response: string;
  /** The version you read. */
  version: number;
};

/** A REJECTED registration submitted again: → REGISTERED. */
export type ResubmitPurchaserInput = {
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** The version you saw; CONFLICT if it changed. */
  version?: number | null | undefined;
};

/** Approves, or pays, a funding request: the FINANCE unit. */
export type ReviewFundingInput = {
  /** The record (its global ID). */
  id: string;
  /** The version you read. */
  version: number;
};

/** What a role grant lets its user do; each grant binds one role to the scope the role needs. */
export type Role =
  /** Runs the platform: reads and writes everything, in every expo and delegation. */
  | 'ADMIN'
  /** Reads the lists and aggregates of one delegation or one expo, with personal contact fields masked. */
  | 'ANALYST'
  /** Records background checks of attendees (Public Security) in one delegation; reads only what a check needs. */
  | 'BACKGROUND_CHECKER'
  /** Records credit checks of purchasers' organisations (Market Regulation) in one delegation; reads only what a check needs. */
  | 'CREDIT_CHECKER'
  /** The delegation office (领导小组办公室) of one delegation: reads and writes all of it and reports purchasers up. */
  | 'DELEGATION_OFFICE'
  /** A representative of one exhibitor of one edition: the exhibitor side of matchmaking. */
  | 'EXHIBITOR'
  /** The expo bureau of one edition: reads every delegation of it, receives reported purchasers, keeps exhibitors and exchange rates. */
  | 'EXPO_BUREAU'
  /** A member unit (成员单位) of one delegation: invites and registers purchasers and reads those it invited; with a service duty, works that duty. */
  | 'MEMBER_UNIT'
  /** Acts for one purchaser: its profile, attendees, needs, matches, meetings and deals. */
  | 'PURCHASER'
  /** A lead unit (牵头单位) of one sub-delegation: registers, reviews, matches and records deals there, and reads it. */
  | 'SUB_DELEGATION_LEAD';

/** The next edition's delegation of a province, made from its last one (the EXPO_BUREAU of the target edition, or ADMIN): its structure, people (copied) and office host, as a starting point. */
export type RollOverDelegationInput = {
  /** The delegation to roll over (of an earlier edition). */
  fromDelegationId: string;
  /** Key in the new edition; by default the earlier delegation's. */
  key?: string | null | undefined;
  /** By default the earlier names with the edition number replaced (第五届 → 第六届, 5th → 6th). */
  names?: DelegationNamesInput | null | undefined;
  /** The edition to roll over to: it starts later; CONFLICT when it has the province's delegation already. */
  toExpoId: string;
};

/** Filters RoomBlock rows; all given conditions must hold. */
export type RoomBlockFilter = {
  /** Every one of these holds. */
  and?: Array<RoomBlockFilter> | null | undefined;
  /** RoomBlock rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** RoomBlock rows whose `firstNight` matches. */
  firstNight?: DateFilter | null | undefined;
  /** RoomBlock rows whose `hotel` matches. */
  hotel?: StringFilter | null | undefined;
  /** RoomBlock rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** RoomBlock rows whose `lastNight` matches. */
  lastNight?: DateFilter | null | undefined;
  /** This does not hold. */
  not?: RoomBlockFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<RoomBlockFilter> | null | undefined;
  /** RoomBlock rows whose `pricePerNight` matches. */
  pricePerNight?: DecimalFilter | null | undefined;
};

/** A meeting slot for an accepted match. Nobody is double-booked. */
export type ScheduleMeetingInput = {
  /** Who of the purchaser takes part: its attendees; the purchaser's side names at least one (the exhibitor's side leaves them to the purchaser's, who names them on accepting). */
  attendeeIds?: Array<string> | null | undefined;
  /** When it ends: after startsAt, at most 12 hours later. */
  endsAt: string;
  /** Required for ONLINE meetings without an ONLINE_ROOM: an http(s) URL. */
  link?: string | null | undefined;
  /** Global ID of the match: ACCEPTED, MEETING_SCHEDULED or MET. */
  matchId: string;
  /** Where: a meeting point of the expo or of the match's delegation (an ONLINE_ROOM for ONLINE meetings); it gives place or link when they are left out. */
  meetingPointId?: string | null | undefined;
  /** ONLINE needs a link or an ONLINE_ROOM; OFFLINE a place or a meeting point. */
  mode: MeetingMode;
  /** PRE_SHOW: starts before the expo's first day; ON_SITE: within the expo's days (days in Shanghai time). */
  phase: MeetingPhase;
  /** Required for OFFLINE meetings without a meeting point. */
  place?: string | null | undefined;
  /** Who of the exhibitor takes part: its representatives; the exhibitor's side names at least one when the exhibitor has any registered (else they are named on accepting). */
  representativeIds?: Array<string> | null | undefined;
  /** The side you act for, where you act for both (ADMIN); otherwise the one you act for. */
  side?: TradeSide | null | undefined;
  /** When it starts (an instant with its offset; days are counted in Shanghai time). */
  startsAt: string;
};

/** The office's review tier: an APPROVED purchaser, not yet reported, sent back to its lead unit. */
export type SendBackPurchaserInput = {
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** Why, for the lead unit: 1 to 2000 characters. */
  reason: string;
  /** The version you reviewed: if it changed meanwhile, CONFLICT (and nothing changes). */
  version: number;
};

/** A circular to the member units named, or to every one. */
export type SendCircularInput = {
  /** 1 to 20,000 characters. */
  body: string;
  /** The delegation whose office sends it. */
  delegationId: string;
  /** The member units, by their organisations; every member unit of the delegation when not given. */
  organisationIds?: Array<string> | null | undefined;
  /** 1 to 200 characters. */
  title: string;
};

/** The duty a member unit of the leading group serves the delegation with. */
export type ServiceDuty =
  /** Advice on customs declaration (报关入境咨询). */
  | 'CUSTOMS'
  /** Funding review and payment (审核拨付展会相关经费). */
  | 'FINANCE'
  /** The health plan for the stay (卫生健康). */
  | 'HEALTH'
  /** Food, lodging and travel in Shanghai (食、宿、行等后勤保障). */
  | 'LOGISTICS'
  /** Foreign-affairs protocol (外事礼仪). */
  | 'PROTOCOL'
  /** Coverage of the delegation (宣传报道). */
  | 'PUBLICITY'
  /** Train tickets (票务保障): the railway. */
  | 'TICKETING';

/** Sets the slot plan of an expo day (replacing the day's plan): the edition's (EXPO_BUREAU) or a delegation's (its office). */
export type SetMeetingDayInput = {
  /** Breaks in the day; none when left out. */
  breaks?: Array<SlotBreakInput> | null | undefined;
  /** A day of the expo (in Shanghai). */
  day: string;
  /** A delegation's own plan (its office); none: the edition's (its EXPO_BUREAU). */
  delegationId?: string | null | undefined;
  /** HH:MM, Shanghai time. */
  ends: string;
  /** Global ID of the expo edition. */
  expoId: string;
  /** How long each slot is: a whole number of minutes from 5 to 480. */
  slotMinutes: number;
  /** HH:MM, Shanghai time. */
  starts: string;
};

/** The number the expo's registration site gave an APPROVED or REPORTED purchaser. */
export type SetRegistrationNumberInput = {
  /** The number; null clears it. */
  number?: string | null | undefined;
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** The version of the purchaser you saw. */
  version: number;
};

/** A file: XLSX (given as base64) or CSV (UTF-8 text). */
export type SheetFormat =
  /** Comma-separated text in UTF-8, a header row first. */
  | 'CSV'
  /** An Excel workbook, base64-encoded; its first sheet is read. */
  | 'XLSX';

/** Signs an INTENDED deal: INTENDED → SIGNED, on the day given. */
export type SignDealInput = {
  /** Global ID of the INTENDED deal to sign. */
  id: string;
  /** The day (in Shanghai) the contract was signed; not in the future. */
  signedOn: string;
  /** The version you read. */
  version: number;
};

/** A break in a day: Shanghai wall-clock times HH:MM, [from, to). */
export type SlotBreakInput = {
  /** HH:MM, Shanghai time. */
  from: string;
  /** HH:MM, Shanghai time. */
  to: string;
};

/** Compares text; contains and startsWith ignore case. */
export type StringFilter = {
  /** Contains this text, ignoring case. */
  contains?: string | null | undefined;
  /** Equal to this. */
  eq?: string | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<string> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: string | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<string> | null | undefined;
  /** Starts with this text, ignoring case. */
  startsWith?: string | null | undefined;
};

/** What a sub-delegation's designated person is designated for. */
export type SubDelegationContactKind =
  /** Health and safety during the stay (指定专人负责), as the emergency plan names. */
  | 'HEALTH_SAFETY';

/** A minimum number of purchasers to recruit. */
export type TargetInput = {
  /** 0 or more (at most 1,000,000). */
  min: number;
  /** What is counted, e.g. "enterprises or institutions". */
  of?: string | null | undefined;
};

/** Filters Task rows; all given conditions must hold. */
export type TaskFilter = {
  /** Every one of these holds. */
  and?: Array<TaskFilter> | null | undefined;
  /** Task rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Task rows whose `deadline` matches. */
  deadline?: DateFilter | null | undefined;
  /** Task rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Task rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: TaskFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<TaskFilter> | null | undefined;
  /** A task is overdue when its deadline day (a date in Shanghai) has passed in Shanghai and it is not DONE. */
  overdue?: BooleanFilter | null | undefined;
  /** The owner unit (its organisation). */
  owner?: IdFilter | null | undefined;
  /** Task rows whose `personInCharge` matches. */
  personInCharge?: StringFilter | null | undefined;
  /** Task rows whose `responsibility` matches. */
  responsibility?: IdFilter | null | undefined;
  /** Task rows whose `status` matches. */
  status?: TaskStatusFilter | null | undefined;
  /** Task rows whose `title` matches. */
  title?: StringFilter | null | undefined;
  /** Task rows whose `updatedAt` matches. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** What taskAggregate groups tasks by. */
export type TaskGroupBy =
  /** The delegation. */
  | 'DELEGATION'
  /** A task is overdue when its deadline day (a date in Shanghai) has passed in Shanghai and it is not DONE. */
  | 'OVERDUE'
  /** The owner unit. */
  | 'OWNER'
  /** The status. */
  | 'STATUS';

/** An ordering of Task rows. */
export type TaskOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: TaskOrderField;
};

/** What Task rows can be ordered by; ties are broken by ID. Without `orderBy`: DEADLINE ascending, then CREATED_AT ascending. */
export type TaskOrderField =
  /** By each Task's `createdAt`. */
  | 'CREATED_AT'
  /** By each Task's `deadline`. */
  | 'DEADLINE'
  /** By each Task's `id`. */
  | 'ID'
  /** By each Task's `status`. */
  | 'STATUS'
  /** By each Task's `title`. */
  | 'TITLE'
  /** By each Task's `updatedAt`. */
  | 'UPDATED_AT';

/** Filters TaskProblem rows; all given conditions must hold. */
export type TaskProblemFilter = {
  /** Every one of these holds. */
  and?: Array<TaskProblemFilter> | null | undefined;
  /** TaskProblem rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** TaskProblem rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** TaskProblem rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** This does not hold. */
  not?: TaskProblemFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<TaskProblemFilter> | null | undefined;
  /** TaskProblem rows whose `status` matches. */
  status?: ProblemStatusFilter | null | undefined;
  /** TaskProblem rows whose `task` matches. */
  task?: IdFilter | null | undefined;
  /** TaskProblem rows whose `text` matches. */
  text?: StringFilter | null | undefined;
  /** The member unit that raised it (its organisation). */
  unit?: IdFilter | null | undefined;
  /** TaskProblem rows whose `updatedAt` matches. */
  updatedAt?: DateTimeFilter | null | undefined;
};

/** Where a task (督办) stands: OPEN → IN_PROGRESS → DONE, or BLOCKED by a problem. */
export type TaskStatus =
  /** Held up by a problem raised to the office. */
  | 'BLOCKED'
  /** Completed. */
  | 'DONE'
  /** Started; progress is being reported. */
  | 'IN_PROGRESS'
  /** Assigned; not started. */
  | 'OPEN';

/** Compares a TaskStatus. */
export type TaskStatusFilter = {
  /** Equal to this. */
  eq?: TaskStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<TaskStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: TaskStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<TaskStatus> | null | undefined;
};

/** The two sides of a match and of its meetings; each accepts for itself. */
export type TradeSide =
  /** The representatives of the match's exhibitor (EXHIBITOR; and ADMIN). */
  | 'EXHIBITOR_SIDE'
  /** Those who write the purchaser's trade records: its delegation office, the lead units of its sub-delegation, for some records the purchaser itself (and ADMIN). */
  | 'PURCHASER_SIDE';

/** How a trip is made. */
export type TravelMode =
  /** By air. */
  | 'FLIGHT'
  /** By train (real-name tickets, booked by the TICKETING unit). */
  | 'TRAIN';

/** Compares a TravelMode. */
export type TravelModeFilter = {
  /** Equal to this. */
  eq?: TravelMode | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<TravelMode> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: TravelMode | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<TravelMode> | null | undefined;
};

/** Which way a trip goes. */
export type TripDirection =
  /** To the expo. */
  | 'OUTBOUND'
  /** Home. */
  | 'RETURN';

/** Compares a TripDirection. */
export type TripDirectionFilter = {
  /** Equal to this. */
  eq?: TripDirection | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<TripDirection> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: TripDirection | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<TripDirection> | null | undefined;
};

/** Filters Trip rows; all given conditions must hold. */
export type TripFilter = {
  /** Every one of these holds. */
  and?: Array<TripFilter> | null | undefined;
  /** Trip rows whose `attendee` matches. */
  attendee?: IdFilter | null | undefined;
  /** Trip rows whose `createdAt` matches. */
  createdAt?: DateTimeFilter | null | undefined;
  /** Trip rows whose `delegation` matches. */
  delegation?: IdFilter | null | undefined;
  /** Trip rows whose `direction` matches. */
  direction?: TripDirectionFilter | null | undefined;
  /** Trip rows whose `id` matches. */
  id?: IdFilter | null | undefined;
  /** Trip rows whose `mode` matches. */
  mode?: TravelModeFilter | null | undefined;
  /** This does not hold. */
  not?: TripFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<TripFilter> | null | undefined;
  /** Trip rows whose `serviceNumber` matches. */
  serviceNumber?: StringFilter | null | undefined;
  /** Trip rows whose `status` matches. */
  status?: TripStatusFilter | null | undefined;
  /** Trip rows whose `travelDate` matches. */
  travelDate?: DateFilter | null | undefined;
};

/** An ordering of Trip rows. */
export type TripOrder = {
  /** Ascending (the default) or descending. */
  direction?: OrderDirection;
  /** What to order by. */
  field: TripOrderField;
};

/** What Trip rows can be ordered by; ties are broken by ID. Without `orderBy`: TRAVEL_DATE ascending, then SERVICE_NUMBER ascending. */
export type TripOrderField =
  /** By each Trip's `createdAt`. */
  | 'CREATED_AT'
  /** By each Trip's `id`. */
  | 'ID'
  /** By each Trip's `serviceNumber`. */
  | 'SERVICE_NUMBER'
  /** By each Trip's `status`. */
  | 'STATUS'
  /** By each Trip's `travelDate`. */
  | 'TRAVEL_DATE';

/** Where a trip stands: REQUESTED → BOOKED → ISSUED, or CANCELLED. */
export type TripStatus =
  /** Booked by the TICKETING unit, with a seat. */
  | 'BOOKED'
  /** Called off, with a reason. */
  | 'CANCELLED'
  /** Its ticket issued. */
  | 'ISSUED'
  /** Asked for by the purchaser's side. */
  | 'REQUESTED';

/** Compares a TripStatus. */
export type TripStatusFilter = {
  /** Equal to this. */
  eq?: TripStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<TripStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: TripStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<TripStatus> | null | undefined;
};

/** Why the meeting scheduler could not place a match. */
export type UnplacedReason =
  /** Not placeable even alone: its people are never all free in the slots. */
  | 'NO_COMMON_FREE_SLOT'
  /** Not placeable even alone: no meeting point of its scope holds its people. */
  | 'NO_FITTING_POINT'
  /** Not placeable even alone: whenever its people are all free, confirmed meetings hold every fitting point. */
  | 'NO_FREE_POINT_WHEN_ALL_FREE'
  /** Placeable, but taken by the run: one of its people meets someone else in each of its slots. */
  | 'PARTICIPANTS_BOOKED'
  /** Placeable, but taken by the run: the fitting points are full in its slots. */
  | 'POINTS_FULL';

/** Changes to a delegation (the EXPO_BUREAU of its edition, or ADMIN): the fields given change, null clears an optional one. A stale version is a CONFLICT. */
export type UpdateDelegationInput = {
  /** The delegation to change. */
  id: string;
  /** A new key within the edition, unique there: A-Z, 0-9 and _, 1 to 40. */
  key?: string | null | undefined;
  /** A new name in English; left out or null, the name stays. */
  nameEn?: string | null | undefined;
  /** A new name in Chinese; left out or null, the name stays. */
  nameZh?: string | null | undefined;
  /** Another organisation to host the office. */
  officeOrganisationId?: string | null | undefined;
  /** The province in English. */
  provinceEn?: string | null | undefined;
  /** The province in Chinese. */
  provinceZh?: string | null | undefined;
  /** How purchasers are registered, in English; null clears it. */
  registrationPrincipleEn?: string | null | undefined;
  /** How purchasers are registered, in Chinese; null clears it. */
  registrationPrincipleZh?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a DRAFT emergency plan; only the fields given change. */
export type UpdateEmergencyPlanInput = {
  /** The member unit that wrote it. */
  authorUnitId?: string | null | undefined;
  /** 1 to 100,000 characters. */
  body?: string | null | undefined;
  /** null clears it. */
  effectiveFrom?: string | null | undefined;
  /** How the text is written. */
  format?: PlanDocumentFormat | null | undefined;
  /** The plan (a DRAFT). */
  id: string;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a representative: only the fields given; null clears. */
export type UpdateExhibitorRepresentativeInput = {
  /** A business e-mail address. */
  email?: string | null | undefined;
  /** Global ID of the representative. */
  id: string;
  /** 1 to 100 characters; cannot be cleared. */
  name?: string | null | undefined;
  /** A business phone: digits, spaces, ( ) and -, optionally a leading +. */
  phone?: string | null | undefined;
  /** Job title: at most 200 characters. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to an expo edition: the fields given change (null clears an optional one), areas and zones are added or renamed by key, rates are set per currency. A stale version is a CONFLICT. */
export type UpdateExpoInput = {
  /** Areas and zones added, or renamed by key. */
  areas?: Array<ExhibitionAreaInput> | null | undefined;
  /** Business exhibition floor area in m²; null clears it. */
  businessExhibitionAreaM2?: number | null | undefined;
  /** Another edition number; unique. */
  edition?: number | null | undefined;
  /** Another last day (a date in Shanghai); not before startsOn. */
  endsOn?: string | null | undefined;
  /** The edition to change. */
  id: string;
  /** A new name in English; left out or null, the name stays. */
  nameEn?: string | null | undefined;
  /** A new name in Chinese; left out or null, the name stays. */
  nameZh?: string | null | undefined;
  /** Rates set per currency. */
  rates?: Array<ExchangeRateInput> | null | undefined;
  /** Another ISO 4217 code that deals are reported in. */
  reportingCurrency?: string | null | undefined;
  /** Another first day (a date in Shanghai); not after endsOn. */
  startsOn?: string | null | undefined;
  /** Venue in English; null clears it. */
  venueEn?: string | null | undefined;
  /** Venue in Chinese; null clears it. */
  venueZh?: string | null | undefined;
  /** The version you read. */
  version: number;
  /** Website; null clears it. */
  website?: string | null | undefined;
};

/** Corrects a member of the leading group; fields left out stay. To hand the LEADER role over, give the leader's member another person. */
export type UpdateLeadingGroupMemberInput = {
  /** The leading group member to correct. */
  memberId: string;
  /** Another member unit of the delegation to hold the role for. */
  memberUnitId?: string | null | undefined;
  /** Another person to hold the role (hands the role over). */
  person?: PersonInput | null | undefined;
  /** Order within its role. */
  position?: number | null | undefined;
  /** Another role; the one-LEADER and one-SECRETARY_GENERAL rules still hold. */
  role?: LeadingGroupRole | null | undefined;
  /** null clears it. */
  titleEn?: string | null | undefined;
  /** Official title in Chinese. */
  titleZh?: string | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Changes to a meal; only the fields given change. */
export type UpdateMealInput = {
  /** How many eat (0 to 100,000). */
  headcount?: number | null | undefined;
  /** The record (its global ID). */
  id: string;
  /** A note for the kitchen or the guests (dietary needs…). */
  note?: string | null | undefined;
  /** Where (1 to 200 characters). */
  place?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a meeting point: only the fields given. */
export type UpdateMeetingPointInput = {
  /** false: the point takes no new meetings. */
  active?: boolean | null | undefined;
  /** 1 to 10000; not below the persons of a live meeting there. */
  capacity?: number | null | undefined;
  /** Global ID of the meeting point. */
  id: string;
  /** For ONLINE_ROOM: an http(s) URL. */
  link?: string | null | undefined;
  /** For TABLE and ROOM: at most 200 characters. */
  location?: string | null | undefined;
  /** 1 to 200 characters. */
  name?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes a member unit; fields left out stay, null clears. */
export type UpdateMemberUnitInput = {
  /** Its designated person (专人). */
  designatedPerson?: PersonInput | null | undefined;
  /** Its liaison officer (联络员). */
  liaison?: PersonInput | null | undefined;
  /** The member unit to change. */
  memberUnitId: string;
  /** Order among the member units. */
  position?: number | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Changes to an on-site event; only the fields given change. */
export type UpdateOnsiteEventInput = {
  /** When it ends. */
  endsAt?: string | null | undefined;
  /** The record (its global ID). */
  id: string;
  /** What kind of activity it is. */
  kind?: OnsiteEventKind | null | undefined;
  /** null: the office organises it. */
  organiserId?: string | null | undefined;
  /** null clears it. */
  place?: string | null | undefined;
  /** When it starts. */
  startsAt?: string | null | undefined;
  /** 1 to 200 characters. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a DRAFT or PUBLISHED need: only the fields given change. */
export type UpdateProcurementNeedInput = {
  /** At most 2 decimal places; amount and currency go together. */
  budgetAmount?: string | null | undefined;
  /** ISO 4217 code; amount and currency go together. */
  budgetCurrency?: string | null | undefined;
  /** The day the purchaser wants to have bought by; null clears it. */
  deadline?: string | null | undefined;
  /** At most 4000 characters; null clears it. */
  description?: string | null | undefined;
  /** An exhibition area or zone of the purchaser's expo; null clears it. */
  exhibitionAreaId?: string | null | undefined;
  /** Global ID of the need. */
  id: string;
  /** ISO 3166-1 alpha-2 codes; the list given replaces the old one. */
  preferredCountries?: Array<string> | null | undefined;
  /** Positive, at most 4 decimal places; null clears it. */
  quantity?: string | null | undefined;
  /** 1 to 200 characters; cannot be cleared. */
  title?: string | null | undefined;
  /** At most 40 characters; null clears it. */
  unit?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a publicity record; only the fields given change. */
export type UpdatePublicityInput = {
  /** The record (its global ID). */
  id: string;
  /** null clears it. */
  link?: string | null | undefined;
  /** The newspaper, broadcaster or site that ran it. */
  outlet?: string | null | undefined;
  /** The day it was published. */
  publishedOn?: string | null | undefined;
  /** The piece's headline. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a registration not yet approved (REGISTERED or REJECTED). Fields left out stay; attendees, when given, replace the list (matched by ID number, so that their background checks stay). */
export type UpdatePurchaserInput = {
  /** 1 to 50 attendees: the whole list, which replaces the one registered. */
  attendees?: Array<RegisterAttendeeInput> | null | undefined;
  /** As in RegisterPurchaserInput. */
  category?: PurchaserCategory | null | undefined;
  /** The contact person, replaced as a whole. */
  contact?: RegisterContactInput | null | undefined;
  /** The organisation's unified social credit code (18 characters). */
  creditCode?: string | null | undefined;
  /** As in RegisterPurchaserInput. */
  leadOrganisationId?: string | null | undefined;
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** As in RegisterPurchaserInput. */
  subDelegationId?: string | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version?: number | null | undefined;
};

/** Changes a duty; fields left out stay. */
export type UpdateResponsibilityInput = {
  /** The duty in English: 1 to 1000 characters. */
  dutyEn?: string | null | undefined;
  /** null clears it. */
  dutyZh?: string | null | undefined;
  /** Order among the unit's duties; unique among them. */
  position?: number | null | undefined;
  /** The duty to change. */
  responsibilityId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Changes a sub-delegation; fields left out stay. */
export type UpdateSubDelegationInput = {
  /** null clears it. */
  focus?: string | null | undefined;
  /** A new key, unique in the delegation: A-Z, 0-9, _. */
  key?: string | null | undefined;
  /** A new name in English; left out or null, the name stays. */
  nameEn?: string | null | undefined;
  /** A new name in Chinese; left out or null, the name stays. */
  nameZh?: string | null | undefined;
  /** Order among the sub-delegations. */
  position?: number | null | undefined;
  /** true: this one receives the purchasers of units without a sub-delegation (the one that did stops). false is refused where it does: set it on another instead. */
  receivesUnassigned?: boolean | null | undefined;
  /** The target the co-leads share; null: the leads have their own. */
  sharedTarget?: TargetInput | null | undefined;
  /** The sub-delegation to change. */
  subDelegationId: string;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Changes a lead unit; fields left out stay. */
export type UpdateSubDelegationLeadInput = {
  /** The lead unit to change. */
  leadId: string;
  /** Order among the sub-delegation's lead units. */
  position?: number | null | undefined;
  /** The lead's own target; null clears. */
  target?: TargetInput | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Changes to a task; only the fields given change. The office changes everything, the owner unit the status only. */
export type UpdateTaskInput = {
  /** With status BLOCKED: a problem about this task that is not CLOSED. */
  blockedByProblemId?: string | null | undefined;
  /** Today or later, in Shanghai. */
  deadline?: string | null | undefined;
  /** Other details; at most 4000 characters. */
  description?: string | null | undefined;
  /** The task to change. */
  id: string;
  /** Another owner unit (the organisation of a member unit of the delegation). */
  ownerOrganisationId?: string | null | undefined;
  /** Another person in charge, by name. */
  personInCharge?: string | null | undefined;
  /** Another person of the delegation in charge. */
  personInChargeId?: string | null | undefined;
  /** Along OPEN → IN_PROGRESS → DONE; BLOCKED with blockedByProblemId. */
  status?: TaskStatus | null | undefined;
  /** Another title: 1 to 1000 characters. */
  title?: string | null | undefined;
  /** The version you read. */
  version: number;
};

/** Changes to a webhook: its url, kinds, or enabled (false disables it). */
export type UpdateWebhookInput = {
  /** false disables it (its deliveries wait); true enables it again. */
  enabled?: boolean | null | undefined;
  /** The webhook to change. */
  id: string;
  /** Only these kinds; null: every kind. */
  kinds?: Array<NotificationKind> | null | undefined;
  /** Another http(s) URL; in production not a private address. */
  url?: string | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version: number;
};

/** Filters WebhookDelivery rows; all given conditions must hold. */
export type WebhookDeliveryFilter = {
  /** Every one of these holds. */
  and?: Array<WebhookDeliveryFilter> | null | undefined;
  /** This does not hold. */
  not?: WebhookDeliveryFilter | null | undefined;
  /** At least one of these holds. */
  or?: Array<WebhookDeliveryFilter> | null | undefined;
  /** WebhookDelivery rows whose `status` matches. */
  status?: WebhookDeliveryStatusFilter | null | undefined;
  /** WebhookDelivery rows whose `webhook` matches. */
  webhook?: IdFilter | null | undefined;
};

/** Where the delivery of one event to one webhook stands. */
export type WebhookDeliveryStatus =
  /** Dead-lettered after the last try; redeliverWebhookDelivery retries. */
  | 'DEAD'
  /** The receiver answered 2xx. */
  | 'DELIVERED'
  /** Waiting for its turn (in order per webhook) or its next try. */
  | 'PENDING';

/** Compares a WebhookDeliveryStatus. */
export type WebhookDeliveryStatusFilter = {
  /** Equal to this. */
  eq?: WebhookDeliveryStatus | null | undefined;
  /** Equal to one of these (at most 1000). */
  in?: Array<WebhookDeliveryStatus> | null | undefined;
  /** true: the value is null; false: it is not. */
  isNull?: boolean | null | undefined;
  /** Not equal to this; a null value matches too. */
  ne?: WebhookDeliveryStatus | null | undefined;
  /** Equal to none of these (at most 1000). */
  notIn?: Array<WebhookDeliveryStatus> | null | undefined;
};

/** A purchaser not yet REPORTED to withdraw: → WITHDRAWN. */
export type WithdrawPurchaserInput = {
  /** Global ID of the purchaser. */
  purchaserId: string;
  /** Why; at most 2000 characters. */
  reason?: string | null | undefined;
  /** The version you saw; CONFLICT if it changed. */
  version?: number | null | undefined;
};

export type DealTotalsGroupFieldsFragment = { exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null };

export type DealAggregateQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  groupBy?: Array<DealGroupBy> | DealGroupBy;
}>;


export type DealAggregateQuery = { dealAggregate: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }> };

export type DelegationOutlineQueryVariables = Exact<{
  id?: string | null | undefined;
  expoKey?: string | null | undefined;
  key?: string | null | undefined;
}>;


export type DelegationOutlineQuery = { delegation: { id: string, key: string, nameZh: string, nameEn: string, targetTotal: number, expo: { id: string, key: string, nameZh: string, nameEn: string }, subDelegations: Array<{ id: string, key: string, nameZh: string, nameEn: string, targetMin: number }> } | null };

export type CircularFieldsFragment = { id: string, title: string, body: string, sentBy: string, sentAt: string, recipientCount: number, acknowledgedCount: number, unacknowledgedCount: number, delegation: { id: string, key: string }, recipients: Array<{ acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, unit: { id: string, key: string | null, nameZh: string } }> };

export type CircularQueryVariables = Exact<{
  id: string;
}>;


export type CircularQuery = { circular: { id: string, title: string, body: string, sentBy: string, sentAt: string, recipientCount: number, acknowledgedCount: number, unacknowledgedCount: number, delegation: { id: string, key: string }, recipients: Array<{ acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, unit: { id: string, key: string | null, nameZh: string } }> } | null };

export type CircularsQueryVariables = Exact<{
  delegationId?: string | null | undefined;
  filter?: CircularFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CircularsQuery = { circulars: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, title: string, body: string, sentBy: string, sentAt: string, recipientCount: number, acknowledgedCount: number, unacknowledgedCount: number, delegation: { id: string, key: string }, recipients: Array<{ acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, unit: { id: string, key: string | null, nameZh: string } }> } }> } };

export type CircularUnacknowledgedQueryVariables = Exact<{
  id: string;
}>;


export type CircularUnacknowledgedQuery = { circular: { id: string, unacknowledgedCount: number, recipients: Array<{ unit: { id: string, key: string | null, nameZh: string } }> } | null };

export type SendCircularMutationVariables = Exact<{
  input: SendCircularInput;
}>;


export type SendCircularMutation = { sendCircular: { id: string, title: string, body: string, sentBy: string, sentAt: string, recipientCount: number, acknowledgedCount: number, unacknowledgedCount: number, delegation: { id: string, key: string }, recipients: Array<{ acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, unit: { id: string, key: string | null, nameZh: string } }> } };

export type AcknowledgeCircularMutationVariables = Exact<{
  id: string;
}>;


export type AcknowledgeCircularMutation = { acknowledgeCircular: { id: string, title: string, body: string, sentBy: string, sentAt: string, recipientCount: number, acknowledgedCount: number, unacknowledgedCount: number, delegation: { id: string, key: string }, recipients: Array<{ acknowledged: boolean, acknowledgedAt: string | null, acknowledgedBy: string | null, unit: { id: string, key: string | null, nameZh: string } }> } };

export type DelegationSummaryFragment = { id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number };

export type DelegationsQueryVariables = Exact<{
  expoKey?: string | null | undefined;
}>;


export type DelegationsQuery = { delegations: Array<{ id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, expo: { id: string, key: string } }> };

export type DelegationQueryVariables = Exact<{
  expoKey: string;
  key: string;
}>;


export type DelegationQuery = { delegation: { registrationPrincipleZh: string | null, registrationPrincipleEn: string | null, id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, expo: { id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null, exhibitionAreas: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string, zones: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string }> }> }, officeHost: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } | null, leadingGroup: Array<{ id: string, role: LeadingGroupRole, titleZh: string, titleEn: string | null, person: { id: string, name: string }, organisation: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } }>, memberUnits: Array<{ id: string, hostsOffice: boolean, organisation: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null }, liaison: { id: string, name: string } | null }>, subDelegations: Array<{ id: string, key: string, nameZh: string, nameEn: string, focus: string | null, receivesUnassigned: boolean, targetMin: number, sharedTarget: { min: number, of: string | null } | null, leads: Array<{ id: string, organisation: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null }, target: { min: number, of: string | null } | null }> }>, responsibilities: Array<{ id: string, dutyZh: string | null, dutyEn: string, organisation: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } }>, contacts: Array<{ role: DelegationContactRole, labelZh: string | null, fax: string | null, person: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null } }> } | null };

export type DelegationSetupFragment = { version: number, registrationPrincipleZh: string | null, registrationPrincipleEn: string | null, id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, expo: { id: string, key: string }, officeHost: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } | null };

export type CreateDelegationMutationVariables = Exact<{
  input: CreateDelegationInput;
}>;


export type CreateDelegationMutation = { createDelegation: { version: number, registrationPrincipleZh: string | null, registrationPrincipleEn: string | null, id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, expo: { id: string, key: string }, officeHost: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } | null } };

export type UpdateDelegationMutationVariables = Exact<{
  input: UpdateDelegationInput;
}>;


export type UpdateDelegationMutation = { updateDelegation: { version: number, registrationPrincipleZh: string | null, registrationPrincipleEn: string | null, id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, expo: { id: string, key: string }, officeHost: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } | null } };

export type RollOverDelegationMutationVariables = Exact<{
  input: RollOverDelegationInput;
}>;


export type RollOverDelegationMutation = { rollOverDelegation: { version: number, registrationPrincipleZh: string | null, registrationPrincipleEn: string | null, id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, expo: { id: string, key: string }, officeHost: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } | null } };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { viewer: { user: { id: string, name: string }, grants: Array<{ id: string, role: Role, scopeId: string | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } | null }> } | null };

export type AcceptMeetingMutationVariables = Exact<{
  id: string;
  version: number;
  side?: TradeSide | null | undefined;
  attendeeIds?: Array<string> | string | null | undefined;
  representativeIds?: Array<string> | string | null | undefined;
}>;


export type AcceptMeetingMutation = { acceptMeeting: { id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, match: { id: string, version: number, status: MatchStatus }, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> } };

export type DeclineMeetingMutationVariables = Exact<{
  input: DeclineMeetingInput;
}>;


export type DeclineMeetingMutation = { declineMeeting: { id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> } };

export type CancelMeetingMutationVariables = Exact<{
  id: string;
  version: number;
  side?: TradeSide | null | undefined;
}>;


export type CancelMeetingMutation = { cancelMeeting: { id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> } };

export type MeetingsQueryVariables = Exact<{
  filter?: MeetingFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingsQuery = { meetings: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, match: { id: string, status: MatchStatus }, exhibitor: { id: string, nameEn: string }, purchaser: { id: string, organisation: { id: string, nameZh: string, nameEn: string | null } }, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> }> } };

export type ExpoSummaryFragment = { id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null };

export type ExhibitionAreaSummaryFragment = { id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string };

export type ExposQueryVariables = Exact<{ [key: string]: never; }>;


export type ExposQuery = { expos: Array<{ id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null }> };

export type ExpoQueryVariables = Exact<{
  key: string;
}>;


export type ExpoQuery = { expo: { id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null, exhibitionAreas: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string, zones: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string }> }>, delegations: Array<{ id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number }> } | null };

export type ExpoSetupFragment = { version: number, id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null, exhibitionAreas: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string, zones: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string }> }>, exchangeRates: Array<{ currency: string, usdRate: string }> };

export type ExpoSetupQueryVariables = Exact<{
  key: string;
}>;


export type ExpoSetupQuery = { expo: { version: number, id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null, delegations: Array<{ version: number, id: string, key: string, nameZh: string, nameEn: string, provinceZh: string, provinceEn: string, targetTotal: number, officeHost: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } | null }>, exhibitionAreas: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string, zones: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string }> }>, exchangeRates: Array<{ currency: string, usdRate: string }> } | null };

export type CreateExpoMutationVariables = Exact<{
  input: CreateExpoInput;
}>;


export type CreateExpoMutation = { createExpo: { version: number, id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null, exhibitionAreas: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string, zones: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string }> }>, exchangeRates: Array<{ currency: string, usdRate: string }> } };

export type UpdateExpoMutationVariables = Exact<{
  input: UpdateExpoInput;
}>;


export type UpdateExpoMutation = { updateExpo: { version: number, id: string, key: string, edition: number | null, nameZh: string, nameEn: string, startsOn: string, endsOn: string, venueZh: string | null, venueEn: string | null, website: string | null, reportingCurrency: string, businessExhibitionAreaM2: number | null, exhibitionAreas: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string, zones: Array<{ id: string, key: string, kind: ExhibitionAreaKind, nameZh: string, nameEn: string }> }>, exchangeRates: Array<{ currency: string, usdRate: string }> } };

export type SetExchangeRateMutationVariables = Exact<{
  expoId: string;
  currency: string;
  usdRate: string;
}>;


export type SetExchangeRateMutation = { setExchangeRate: { currency: string, usdRate: string } };

export type DealTotalsSubscriptionVariables = Exact<{
  delegationId?: string | null | undefined;
  expoId?: string | null | undefined;
  groupBy?: Array<DealGroupBy> | DealGroupBy;
}>;


export type DealTotalsSubscription = { dealTotals: { sequence: number, at: string, groupBy: Array<DealGroupBy>, groups: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }>, subtotals: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }>, total: { exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null } } };

export type DealEventsSubscriptionVariables = Exact<{
  delegationId?: string | null | undefined;
  expoId?: string | null | undefined;
}>;


export type DealEventsSubscription = { dealEvents: { op: string, dealId: string } };

export type ServiceUnitFieldsFragment = { id: string, duty: ServiceDuty, createdAt: string, unit: { id: string, key: string | null, nameZh: string } };

export type TripFieldsFragment = { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string };

export type AdmissionCertificateFieldsFragment = { id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string };

export type RoomAssignmentFieldsFragment = { id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } };

export type RoomFieldsFragment = { id: string, number: string, capacity: number, assignments: Array<{ id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } }> };

export type RoomBlockFieldsFragment = { id: string, version: number, hotel: string, address: string | null, firstNight: string, lastNight: string, roomsBooked: number, pricePerNight: string, rooms: Array<{ id: string, number: string, capacity: number, assignments: Array<{ id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } }> }> };

export type MealFieldsFragment = { id: string, version: number, day: string, meal: MealKind, place: string, headcount: number, note: string | null };

export type ReadinessCountFieldsFragment = { attendees: number, backgroundCheckPassed: number, certificateIssued: number, ticketIssued: number, roomAssigned: number, ready: number, notReady: number };

export type ServiceUnitsQueryVariables = Exact<{
  expoKey: string;
  key: string;
}>;


export type ServiceUnitsQuery = { delegation: { id: string, serviceUnits: Array<{ id: string, duty: ServiceDuty, createdAt: string, unit: { id: string, key: string | null, nameZh: string } }> } | null };

export type AddServiceUnitMutationVariables = Exact<{
  input: AddServiceUnitInput;
}>;


export type AddServiceUnitMutation = { addServiceUnit: { id: string, duty: ServiceDuty, createdAt: string, unit: { id: string, key: string | null, nameZh: string } } };

export type RemoveServiceUnitMutationVariables = Exact<{
  id: string;
}>;


export type RemoveServiceUnitMutation = { removeServiceUnit: string };

export type TripQueryVariables = Exact<{
  id: string;
}>;


export type TripQuery = { trip: { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string, attendee: { id: string } | null } | null };

export type TripsQueryVariables = Exact<{
  filter?: TripFilter | null | undefined;
  orderBy?: Array<TripOrder> | TripOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TripsQuery = { trips: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string, subDelegation: { id: string, key: string } | null } }> } };

export type AttendeeLogisticsQueryVariables = Exact<{
  id: string;
}>;


export type AttendeeLogisticsQuery = { node:
    | { id: string, trips: Array<{ id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string }>, admissionCertificate: { id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string } | null }
    | Record<PropertyKey, never>
   | null };

export type TrainManifestQueryVariables = Exact<{
  delegationId: string;
  travelDate: string;
  serviceNumber: string;
}>;


export type TrainManifestQuery = { trainManifest: { travelDate: string, serviceNumber: string, travellers: number, file: string, trips: Array<{ id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string }>, passengers: Array<{ position: number, name: string, idNumber: string | null, trip: { id: string } | null }> } };

export type RequestTripMutationVariables = Exact<{
  input: RequestTripInput;
}>;


export type RequestTripMutation = { requestTrip: { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string } };

export type BookTripMutationVariables = Exact<{
  input: BookTripInput;
}>;


export type BookTripMutation = { bookTrip: { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string } };

export type IssueTripMutationVariables = Exact<{
  input: IssueTripInput;
}>;


export type IssueTripMutation = { issueTrip: { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string } };

export type CancelTripMutationVariables = Exact<{
  input: CancelTripInput;
}>;


export type CancelTripMutation = { cancelTrip: { id: string, version: number, travellerName: string, direction: TripDirection, travelDate: string, mode: TravelMode, serviceNumber: string, fromStation: string | null, toStation: string | null, seat: string | null, status: TripStatus, cancelReason: string | null, requestedBy: string, bookedBy: string | null, bookedAt: string | null, issuedBy: string | null, issuedAt: string | null, createdAt: string, updatedAt: string } };

export type AdmissionCertificatesQueryVariables = Exact<{
  filter?: AdmissionCertificateFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AdmissionCertificatesQuery = { admissionCertificates: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string, attendee: { id: string } | null }> } };

export type ApplyCertificateMutationVariables = Exact<{
  input: ApplyCertificateInput;
}>;


export type ApplyCertificateMutation = { applyCertificate: { id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string } };

export type IssueCertificateMutationVariables = Exact<{
  input: IssueCertificateInput;
}>;


export type IssueCertificateMutation = { issueCertificate: { id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string } };

export type CollectCertificateMutationVariables = Exact<{
  input: CollectCertificateInput;
}>;


export type CollectCertificateMutation = { collectCertificate: { id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string } };

export type CheckInAttendeeMutationVariables = Exact<{
  input: CheckInAttendeeInput;
}>;


export type CheckInAttendeeMutation = { checkInAttendee: { id: string, version: number, status: CertificateStatus, number: string | null, appliedBy: string, issuedBy: string | null, issuedAt: string | null, collectedAt: string | null, checkedInAt: string | null, checkInPlace: string | null, checkedInBy: string | null, createdAt: string } };

export type RoomBlocksQueryVariables = Exact<{
  filter?: RoomBlockFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type RoomBlocksQuery = { roomBlocks: { totalCount: number, nodes: Array<{ id: string, version: number, hotel: string, address: string | null, firstNight: string, lastNight: string, roomsBooked: number, pricePerNight: string, rooms: Array<{ id: string, number: string, capacity: number, assignments: Array<{ id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } }> }> }> } };

export type CreateRoomBlockMutationVariables = Exact<{
  input: CreateRoomBlockInput;
}>;


export type CreateRoomBlockMutation = { createRoomBlock: { id: string, version: number, hotel: string, address: string | null, firstNight: string, lastNight: string, roomsBooked: number, pricePerNight: string, rooms: Array<{ id: string, number: string, capacity: number, assignments: Array<{ id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } }> }> } };

export type AddRoomMutationVariables = Exact<{
  input: AddRoomInput;
}>;


export type AddRoomMutation = { addRoom: { id: string, number: string, capacity: number, assignments: Array<{ id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } }> } };

export type AssignRoomMutationVariables = Exact<{
  input: AssignRoomInput;
}>;


export type AssignRoomMutation = { assignRoom: Array<{ id: string, night: string, attendeeName: string, assignedBy: string, room: { id: string, number: string } }> };

export type RemoveRoomAssignmentMutationVariables = Exact<{
  id: string;
}>;


export type RemoveRoomAssignmentMutation = { removeRoomAssignment: string };

export type MealsQueryVariables = Exact<{
  filter?: MealFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MealsQuery = { meals: { totalCount: number, nodes: Array<{ id: string, version: number, day: string, meal: MealKind, place: string, headcount: number, note: string | null }> } };

export type ArrangeMealMutationVariables = Exact<{
  input: ArrangeMealInput;
}>;


export type ArrangeMealMutation = { arrangeMeal: { id: string, version: number, day: string, meal: MealKind, place: string, headcount: number, note: string | null } };

export type UpdateMealMutationVariables = Exact<{
  input: UpdateMealInput;
}>;


export type UpdateMealMutation = { updateMeal: { id: string, version: number, day: string, meal: MealKind, place: string, headcount: number, note: string | null } };

export type ReadinessBoardQueryVariables = Exact<{
  delegationId: string;
  filter?: AttendeeReadinessFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ReadinessBoardQuery = { readinessBoard: { delegation: { id: string }, total: { attendees: number, backgroundCheckPassed: number, certificateIssued: number, ticketIssued: number, roomAssigned: number, ready: number, notReady: number }, bySubDelegation: Array<{ attendees: number, backgroundCheckPassed: number, certificateIssued: number, ticketIssued: number, roomAssigned: number, ready: number, notReady: number, subDelegation: { id: string, key: string } | null }>, attendees: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ name: string, backgroundCheckPassed: boolean, certificateIssued: boolean, ticketIssued: boolean, roomAssigned: boolean, ready: boolean, subDelegation: { id: string, key: string } | null, attendee: { id: string } | null }> } } | null };

export type RepresentativeSummaryFragment = { id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null };

export type MeetingPointSummaryFragment = { id: string, version: number, key: string, name: string, kind: MeetingPointKind, capacity: number, location: string | null, link: string | null, active: boolean };

export type ExhibitorRepresentativesQueryVariables = Exact<{
  id: string;
}>;


export type ExhibitorRepresentativesQuery = { exhibitor: { id: string, representatives: Array<{ id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null, unavailability: Array<{ id: string, startsAt: string, endsAt: string }> }> } | null };

export type AddExhibitorRepresentativeMutationVariables = Exact<{
  input: AddExhibitorRepresentativeInput;
}>;


export type AddExhibitorRepresentativeMutation = { addExhibitorRepresentative: { id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null } };

export type UpdateExhibitorRepresentativeMutationVariables = Exact<{
  input: UpdateExhibitorRepresentativeInput;
}>;


export type UpdateExhibitorRepresentativeMutation = { updateExhibitorRepresentative: { id: string, version: number, name: string, title: string | null, email: string | null, phone: string | null } };

export type RemoveExhibitorRepresentativeMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type RemoveExhibitorRepresentativeMutation = { removeExhibitorRepresentative: { id: string, representatives: Array<{ id: string }> } };

export type MeetingPointsQueryVariables = Exact<{
  filter?: MeetingPointFilter | null | undefined;
  orderBy?: Array<MeetingPointOrder> | MeetingPointOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type MeetingPointsQuery = { meetingPoints: { totalCount: number, nodes: Array<{ id: string, version: number, key: string, name: string, kind: MeetingPointKind, capacity: number, location: string | null, link: string | null, active: boolean }>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type CreateMeetingPointMutationVariables = Exact<{
  input: CreateMeetingPointInput;
}>;


export type CreateMeetingPointMutation = { createMeetingPoint: { id: string, version: number, key: string, name: string, kind: MeetingPointKind, capacity: number, location: string | null, link: string | null, active: boolean } };

export type UpdateMeetingPointMutationVariables = Exact<{
  input: UpdateMeetingPointInput;
}>;


export type UpdateMeetingPointMutation = { updateMeetingPoint: { id: string, version: number, key: string, name: string, kind: MeetingPointKind, capacity: number, location: string | null, link: string | null, active: boolean } };

export type SetMeetingDayMutationVariables = Exact<{
  input: SetMeetingDayInput;
}>;


export type SetMeetingDayMutation = { setMeetingDay: { id: string, version: number, day: string, starts: string, ends: string, slotMinutes: number, breaks: Array<{ from: string, to: string }>, slots: Array<{ startsAt: string, endsAt: string }> } };

export type MeetingSlotsQueryVariables = Exact<{
  expoId: string;
  day: string;
  delegationId?: string | null | undefined;
}>;


export type MeetingSlotsQuery = { node:
    | { id: string, meetingSlots: Array<{ startsAt: string, endsAt: string }> }
    | Record<PropertyKey, never>
   | null };

export type AddUnavailabilityMutationVariables = Exact<{
  input: AddUnavailabilityInput;
}>;


export type AddUnavailabilityMutation = { addUnavailability: { id: string, startsAt: string, endsAt: string, note: string | null } };

export type RemoveUnavailabilityMutationVariables = Exact<{
  id: string;
}>;


export type RemoveUnavailabilityMutation = { removeUnavailability: string };

export type IssueCalendarTokenMutationVariables = Exact<{
  attendeeId?: string | null | undefined;
  representativeId?: string | null | undefined;
}>;


export type IssueCalendarTokenMutation = { issueCalendarToken: { path: string, calendarToken: { id: string, createdAt: string } } };

export type RevokeCalendarTokenMutationVariables = Exact<{
  id: string;
}>;


export type RevokeCalendarTokenMutation = { revokeCalendarToken: { id: string, revokedAt: string | null } };

export type NodeQueryVariables = Exact<{
  id: string;
}>;


export type NodeQuery = { node:
    | { __typename: 'AdmissionCertificate', id: string }
    | { __typename: 'Attendee', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'BackgroundCheck', id: string }
    | { __typename: 'CalendarToken', id: string }
    | { __typename: 'Circular', id: string }
    | { __typename: 'CreditCheck', id: string }
    | { __typename: 'CustomsConsultation', id: string }
    | { __typename: 'Deal', id: string }
    | { __typename: 'DealFollowUp', id: string }
    | { __typename: 'Delegation', nameZh: string, id: string }
    | { __typename: 'EmergencyPlan', id: string }
    | { __typename: 'ExchangeRate', id: string }
    | { __typename: 'ExhibitionArea', nameZh: string, id: string }
    | { __typename: 'Exhibitor', id: string }
    | { __typename: 'ExhibitorMatch', id: string }
    | { __typename: 'ExhibitorRepresentative', id: string }
    | { __typename: 'Expo', nameZh: string, id: string }
    | { __typename: 'FundingRequest', id: string }
    | { __typename: 'HealthIncident', id: string }
    | { __typename: 'LeadingGroupMember', id: string }
    | { __typename: 'Meal', id: string }
    | { __typename: 'Meeting', id: string }
    | { __typename: 'MeetingDay', id: string }
    | { __typename: 'MeetingParticipant', id: string }
    | { __typename: 'MeetingPoint', id: string }
    | { __typename: 'MemberUnit', id: string }
    | { __typename: 'OnsiteEvent', id: string }
    | { __typename: 'OnsiteParticipant', id: string }
    | { __typename: 'Organisation', id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null }
    | { __typename: 'Person', name: string, id: string }
    | { __typename: 'ProcurementNeed', id: string }
    | { __typename: 'ProgressReport', id: string }
    | { __typename: 'ProtocolRequest', id: string }
    | { __typename: 'PublicityRecord', id: string }
    | { __typename: 'Purchaser', id: string }
    | { __typename: 'PurchaserReportBatch', id: string }
    | { __typename: 'Responsibility', id: string }
    | { __typename: 'RoleGrant', id: string }
    | { __typename: 'Room', id: string }
    | { __typename: 'RoomAssignment', id: string }
    | { __typename: 'RoomBlock', id: string }
    | { __typename: 'ServiceUnit', id: string }
    | { __typename: 'SubDelegation', nameZh: string, id: string }
    | { __typename: 'SubDelegationContact', id: string }
    | { __typename: 'SubDelegationLead', id: string }
    | { __typename: 'Task', id: string }
    | { __typename: 'TaskProblem', id: string }
    | { __typename: 'TaskProgress', id: string }
    | { __typename: 'Trip', id: string }
    | { __typename: 'Unavailability', id: string }
    | { __typename: 'User', id: string }
    | { __typename: 'Webhook', id: string }
    | { __typename: 'WebhookDelivery', id: string }
   | null };

export type NotificationFieldsFragment = { id: string, kind: NotificationKind, subject: string, payload: Record<string, unknown>, createdAt: string, read: boolean, delegation: { id: string } };

export type WebhookFieldsFragment = { id: string, url: string, kinds: Array<NotificationKind> | null, enabled: boolean, version: number, createdBy: string, createdAt: string, updatedAt: string };

export type WebhookDeliveryFieldsFragment = { id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, lastStatus: number | null, lastError: string | null, deliveredAt: string | null, deliveryKey: string, createdAt: string, notification: { id: string, kind: NotificationKind, subject: string } };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
  filter?: NotificationFilter | null | undefined;
}>;


export type NotificationsQuery = { notifications: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ cursor: string, node: { id: string, kind: NotificationKind, subject: string, payload: Record<string, unknown>, createdAt: string, read: boolean, delegation: { id: string } } }> } };

export type UnreadNotificationCountQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationCountQuery = { unreadNotificationCount: number };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids?: Array<string> | string | null | undefined;
  upTo?: string | null | undefined;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: { marked: number, unreadCount: number } };

export type NotificationAddedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type NotificationAddedSubscription = { notificationAdded: { id: string, kind: NotificationKind, subject: string, payload: Record<string, unknown>, createdAt: string, read: boolean, delegation: { id: string } } };

export type RegisterWebhookMutationVariables = Exact<{
  input: RegisterWebhookInput;
}>;


export type RegisterWebhookMutation = { registerWebhook: { secret: string, webhook: { id: string, url: string, kinds: Array<NotificationKind> | null, enabled: boolean, version: number, createdBy: string, createdAt: string, updatedAt: string } } };

export type UpdateWebhookMutationVariables = Exact<{
  input: UpdateWebhookInput;
}>;


export type UpdateWebhookMutation = { updateWebhook: { id: string, url: string, kinds: Array<NotificationKind> | null, enabled: boolean, version: number, createdBy: string, createdAt: string, updatedAt: string } };

export type WebhooksQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type WebhooksQuery = { webhooks: { totalCount: number, nodes: Array<{ id: string, url: string, kinds: Array<NotificationKind> | null, enabled: boolean, version: number, createdBy: string, createdAt: string, updatedAt: string }> } };

export type WebhookDeliveriesQueryVariables = Exact<{
  webhookId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  filter?: WebhookDeliveryFilter | null | undefined;
}>;


export type WebhookDeliveriesQuery = { webhookDeliveries: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, lastStatus: number | null, lastError: string | null, deliveredAt: string | null, deliveryKey: string, createdAt: string, notification: { id: string, kind: NotificationKind, subject: string } }> } };

export type RedeliverWebhookDeliveryMutationVariables = Exact<{
  id: string;
}>;


export type RedeliverWebhookDeliveryMutation = { redeliverWebhookDelivery: { id: string, status: WebhookDeliveryStatus, attempts: number, nextAttemptAt: string, lastStatus: number | null, lastError: string | null, deliveredAt: string | null, deliveryKey: string, createdAt: string, notification: { id: string, kind: NotificationKind, subject: string } } };

export type OnsiteEventFieldsFragment = { id: string, version: number, kind: OnsiteEventKind, title: string, startsAt: string, endsAt: string, place: string | null, createdBy: string, createdAt: string, organiser: { id: string, key: string | null, nameZh: string } | null };

export type OnsiteParticipantFieldsFragment = { id: string, kind: ParticipantKind, guestName: string | null, addedBy: string, purchaser: { id: string } | null, exhibitor: { id: string, nameEn: string } | null };

export type OnsiteEventQueryVariables = Exact<{
  id: string;
}>;


export type OnsiteEventQuery = { onsiteEvent: { id: string, version: number, kind: OnsiteEventKind, title: string, startsAt: string, endsAt: string, place: string | null, createdBy: string, createdAt: string, participants: Array<{ id: string, kind: ParticipantKind, guestName: string | null, addedBy: string, purchaser: { id: string } | null, exhibitor: { id: string, nameEn: string } | null }>, deals: Array<{ id: string, version: number, goods: string, status: DealStatus, amountUsd: string, signedOn: string | null }>, organiser: { id: string, key: string | null, nameZh: string } | null } | null };

export type OnsiteEventsQueryVariables = Exact<{
  filter?: OnsiteEventFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OnsiteEventsQuery = { onsiteEvents: { totalCount: number, nodes: Array<{ id: string, version: number, kind: OnsiteEventKind, title: string, startsAt: string, endsAt: string, place: string | null, createdBy: string, createdAt: string, organiser: { id: string, key: string | null, nameZh: string } | null }> } };

export type CreateOnsiteEventMutationVariables = Exact<{
  input: CreateOnsiteEventInput;
}>;


export type CreateOnsiteEventMutation = { createOnsiteEvent: { id: string, version: number, kind: OnsiteEventKind, title: string, startsAt: string, endsAt: string, place: string | null, createdBy: string, createdAt: string, organiser: { id: string, key: string | null, nameZh: string } | null } };

export type UpdateOnsiteEventMutationVariables = Exact<{
  input: UpdateOnsiteEventInput;
}>;


export type UpdateOnsiteEventMutation = { updateOnsiteEvent: { id: string, version: number, kind: OnsiteEventKind, title: string, startsAt: string, endsAt: string, place: string | null, createdBy: string, createdAt: string, organiser: { id: string, key: string | null, nameZh: string } | null } };

export type AddOnsiteParticipantMutationVariables = Exact<{
  input: AddOnsiteParticipantInput;
}>;


export type AddOnsiteParticipantMutation = { addOnsiteParticipant: { id: string, kind: ParticipantKind, guestName: string | null, addedBy: string, purchaser: { id: string } | null, exhibitor: { id: string, nameEn: string } | null } };

export type RemoveOnsiteParticipantMutationVariables = Exact<{
  id: string;
}>;


export type RemoveOnsiteParticipantMutation = { removeOnsiteParticipant: { id: string, version: number, kind: OnsiteEventKind, title: string, startsAt: string, endsAt: string, place: string | null, createdBy: string, createdAt: string, organiser: { id: string, key: string | null, nameZh: string } | null } };

export type LinkDealToEventMutationVariables = Exact<{
  input: LinkDealToEventInput;
}>;


export type LinkDealToEventMutation = { linkDealToEvent: { id: string, version: number, status: DealStatus } };

export type EventDealTotalsQueryVariables = Exact<{
  eventId: string;
  groupBy?: Array<DealGroupBy> | DealGroupBy | null | undefined;
}>;


export type EventDealTotalsQuery = { dealAggregate: Array<{ status: DealStatus | null, inTotals: boolean, count: number, sumUsd: string }> };

export type DeleteOnsiteEventMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeleteOnsiteEventMutation = { deleteOnsiteEvent: { id: string } };

export type OrganisationSummaryFragment = { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null };

export type OrganisationsQueryVariables = Exact<{
  search?: string | null | undefined;
  filter?: OrganisationFilter | null | undefined;
  orderBy?: Array<OrganisationOrder> | OrganisationOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type OrganisationsQuery = { organisations: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { id: string, key: string | null, kind: OrganisationKind, nameZh: string, nameEn: string | null, creditCode: string | null } };

export type ImportPlanMutationVariables = Exact<{
  input: ImportPlanInput;
}>;


export type ImportPlanMutation = { importPlan: { dryRun: boolean, replaced: boolean, counts: { memberUnits: number, leadingGroup: number, subDelegations: number, leads: number, responsibilities: number, contacts: number, organisationsCreated: number }, delegation: { id: string, key: string, version: number } | null } };

export type ExportPlanQueryVariables = Exact<{
  delegationId: string;
  format: PlanFormat;
}>;


export type ExportPlanQuery = { exportPlan: string };

export type PurchaserSummaryFragment = { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } };

export type PurchasersQueryVariables = Exact<{
  delegationId?: string | null | undefined;
  subDelegationId?: string | null | undefined;
  status?: Array<PurchaserStatus> | PurchaserStatus | null | undefined;
  filter?: PurchaserFilter | null | undefined;
  orderBy?: Array<PurchaserOrder> | PurchaserOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PurchasersQuery = { purchasers: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } }> } };

export type PurchaserQueryVariables = Exact<{
  id: string;
}>;


export type PurchaserQuery = { purchaser: { approvalBlockers: Array<string>, id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, contact: { id: string, name: string, phone: string | null, email: string | null } | null, attendees: Array<{ id: string, jobTitle: string | null, idNumber: string | null, person: { id: string, name: string, mobile: string | null } | null, backgroundChecks: Array<{ id: string, result: CheckResult, checkedAt: string }> }>, creditChecks: Array<{ id: string, result: CheckResult, note: string | null, checkedAt: string }>, history: Array<{ id: string, actor: string, action: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string }>, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } | null };

export type InvitePurchaserMutationVariables = Exact<{
  input: InvitePurchaserInput;
}>;


export type InvitePurchaserMutation = { invitePurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type RegisterPurchaserMutationVariables = Exact<{
  input: RegisterPurchaserInput;
}>;


export type RegisterPurchaserMutation = { registerPurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type UpdatePurchaserMutationVariables = Exact<{
  input: UpdatePurchaserInput;
}>;


export type UpdatePurchaserMutation = { updatePurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type WithdrawPurchaserMutationVariables = Exact<{
  input: WithdrawPurchaserInput;
}>;


export type WithdrawPurchaserMutation = { withdrawPurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type RecordCreditCheckMutationVariables = Exact<{
  input: RecordCreditCheckInput;
}>;


export type RecordCreditCheckMutation = { recordCreditCheck: { id: string, result: CheckResult, checkedAt: string } };

export type RecordBackgroundCheckMutationVariables = Exact<{
  input: RecordBackgroundCheckInput;
}>;


export type RecordBackgroundCheckMutation = { recordBackgroundCheck: { id: string, result: CheckResult, checkedAt: string } };

export type ApprovePurchaserMutationVariables = Exact<{
  input: ApprovePurchaserInput;
}>;


export type ApprovePurchaserMutation = { approvePurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type RejectPurchaserMutationVariables = Exact<{
  input: RejectPurchaserInput;
}>;


export type RejectPurchaserMutation = { rejectPurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type SendBackPurchaserMutationVariables = Exact<{
  input: SendBackPurchaserInput;
}>;


export type SendBackPurchaserMutation = { sendBackPurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type ResubmitPurchaserMutationVariables = Exact<{
  input: ResubmitPurchaserInput;
}>;


export type ResubmitPurchaserMutation = { resubmitPurchaser: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type ReportPurchasersMutationVariables = Exact<{
  input: ReportPurchasersInput;
}>;


export type ReportPurchasersMutation = { reportPurchasers: { id: string, reportedAt: string, purchaserCount: number } };

export type ImportPurchasersMutationVariables = Exact<{
  input: ImportPurchasersInput;
}>;


export type ImportPurchasersMutation = { importPurchasers: { count: number, dryRun: boolean, purchasers: Array<{ id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, attendees: Array<{ id: string, jobTitle: string | null }>, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } }> } };

export type ExportRegistrationQueryVariables = Exact<{
  delegationId: string;
}>;


export type ExportRegistrationQuery = { exportRegistration: { file: string, purchasers: number, attendees: number } };

export type SetRegistrationNumberMutationVariables = Exact<{
  input: SetRegistrationNumberInput;
}>;


export type SetRegistrationNumberMutation = { setRegistrationNumber: { id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } } };

export type ImportRegistrationNumbersMutationVariables = Exact<{
  input: ImportRegistrationNumbersInput;
}>;


export type ImportRegistrationNumbersMutation = { importRegistrationNumbers: Array<{ id: string, version: number, status: PurchaserStatus, category: PurchaserCategory | null, rejectionReason: string | null, registrationNumber: string | null, invitedAt: string, registeredAt: string | null, approvedAt: string | null, reportedAt: string | null, organisation: { id: string, nameZh: string, nameEn: string | null, creditCode: string | null }, subDelegation: { id: string, key: string, nameEn: string } | null, lead: { id: string, organisation: { id: string, key: string | null, nameZh: string } } | null, invitedBy: { id: string, key: string | null, nameZh: string } }> };

export type DealReportQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  groupBy: Array<DealGroupBy> | DealGroupBy;
}>;


export type DealReportQuery = { groups: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }>, total: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }> };

export type RecruitmentProgressFieldsFragment = { target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegations: Array<{ sharedTarget: boolean, target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leads: Array<{ target: number | null, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean | null, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null }> }> };

export type RecruitmentProgressQueryVariables = Exact<{
  delegationId: string;
}>;


export type RecruitmentProgressQuery = { recruitmentProgress: { target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegations: Array<{ sharedTarget: boolean, target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leads: Array<{ target: number | null, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean | null, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null }> }> } | null };

export type DealListQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  orderBy?: Array<DealOrder> | DealOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DealListQuery = { deals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: DealStatus, goods: string, currency: string, amount: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, delegation: { id: string, key: string } | null, purchaser: { id: string, category: PurchaserCategory | null, organisation: { id: string, nameZh: string, creditCode: string | null }, subDelegation: { id: string, key: string, nameZh: string } | null } | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string } | null, exhibitionArea: { id: string, key: string, nameZh: string } | null }> } };

export type DelegationDealTotalsFieldsFragment = { count: number, sumUsd: string, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }>, bySubDelegation: Array<{ count: number, sumUsd: string, subDelegation: { id: string, key: string } | null, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }> }> };

export type DealTotalsOfDelegationQueryVariables = Exact<{
  delegationId: string;
}>;


export type DealTotalsOfDelegationQuery = { dealTotals: { count: number, sumUsd: string, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }>, bySubDelegation: Array<{ count: number, sumUsd: string, subDelegation: { id: string, key: string } | null, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }> }> } | null };

export type ProgressReportHeaderFragment = { id: string, number: number, title: string, note: string | null, frozenBy: string, frozenAt: string, xlsxPath: string, htmlPath: string, delegation: { id: string, key: string, nameZh: string } };

export type ProgressReportTaskFieldsFragment = { title: string, personInCharge: string | null, deadline: string, status: TaskStatus, percent: number | null, owner: { id: string, key: string | null, nameZh: string } | null, task: { id: string } | null };

export type ProgressReportProblemFieldsFragment = { text: string, status: ProblemStatus, answer: string | null, createdAt: string, unit: { id: string, key: string | null, nameZh: string } | null, problem: { id: string } | null };

export type ProgressReportFieldsFragment = { taskCount: number, id: string, number: number, title: string, note: string | null, frozenBy: string, frozenAt: string, xlsxPath: string, htmlPath: string, recruitment: { target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegations: Array<{ sharedTarget: boolean, target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leads: Array<{ target: number | null, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean | null, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null }> }> }, deals: { count: number, sumUsd: string, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }>, bySubDelegation: Array<{ count: number, sumUsd: string, subDelegation: { id: string, key: string } | null, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }> }> }, dealsByArea: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }>, tasksByStatus: Array<{ status: TaskStatus, count: number }>, overdueTasks: Array<{ title: string, personInCharge: string | null, deadline: string, status: TaskStatus, percent: number | null, owner: { id: string, key: string | null, nameZh: string } | null, task: { id: string } | null }>, openProblems: Array<{ text: string, status: ProblemStatus, answer: string | null, createdAt: string, unit: { id: string, key: string | null, nameZh: string } | null, problem: { id: string } | null }>, delegation: { id: string, key: string, nameZh: string } };

export type ProgressReportQueryVariables = Exact<{
  id: string;
}>;


export type ProgressReportQuery = { progressReport: { taskCount: number, id: string, number: number, title: string, note: string | null, frozenBy: string, frozenAt: string, xlsxPath: string, htmlPath: string, recruitment: { target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegations: Array<{ sharedTarget: boolean, target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leads: Array<{ target: number | null, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean | null, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null }> }> }, deals: { count: number, sumUsd: string, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }>, bySubDelegation: Array<{ count: number, sumUsd: string, subDelegation: { id: string, key: string } | null, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }> }> }, dealsByArea: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }>, tasksByStatus: Array<{ status: TaskStatus, count: number }>, overdueTasks: Array<{ title: string, personInCharge: string | null, deadline: string, status: TaskStatus, percent: number | null, owner: { id: string, key: string | null, nameZh: string } | null, task: { id: string } | null }>, openProblems: Array<{ text: string, status: ProblemStatus, answer: string | null, createdAt: string, unit: { id: string, key: string | null, nameZh: string } | null, problem: { id: string } | null }>, delegation: { id: string, key: string, nameZh: string } } | null };

export type ProgressReportsQueryVariables = Exact<{
  delegationId: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProgressReportsQuery = { progressReports: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, number: number, title: string, note: string | null, frozenBy: string, frozenAt: string, xlsxPath: string, htmlPath: string, delegation: { id: string, key: string, nameZh: string } } }> } };

export type ProgressReportChangesQueryVariables = Exact<{
  id: string;
  onlyChanged?: boolean | null | undefined;
}>;


export type ProgressReportChangesQuery = { progressReportChanges: { report: { id: string, number: number }, previous: { id: string, number: number } | null, figures: Array<{ section: ProgressReportSection, key: string, label: string, previous: string | null, current: string | null, difference: string, changed: boolean }>, overdueTasksAdded: Array<{ title: string, personInCharge: string | null, deadline: string, status: TaskStatus, percent: number | null, owner: { id: string, key: string | null, nameZh: string } | null, task: { id: string } | null }>, overdueTasksRemoved: Array<{ title: string, personInCharge: string | null, deadline: string, status: TaskStatus, percent: number | null, owner: { id: string, key: string | null, nameZh: string } | null, task: { id: string } | null }>, openProblemsAdded: Array<{ text: string, status: ProblemStatus, answer: string | null, createdAt: string, unit: { id: string, key: string | null, nameZh: string } | null, problem: { id: string } | null }>, openProblemsRemoved: Array<{ text: string, status: ProblemStatus, answer: string | null, createdAt: string, unit: { id: string, key: string | null, nameZh: string } | null, problem: { id: string } | null }> } | null };

export type FreezeProgressReportMutationVariables = Exact<{
  input: FreezeProgressReportInput;
}>;


export type FreezeProgressReportMutation = { freezeProgressReport: { taskCount: number, id: string, number: number, title: string, note: string | null, frozenBy: string, frozenAt: string, xlsxPath: string, htmlPath: string, recruitment: { target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegations: Array<{ sharedTarget: boolean, target: number, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leads: Array<{ target: number | null, invited: number, registered: number, approved: number, reported: number, rejected: number, withdrawn: number, targetMet: boolean | null, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null }> }> }, deals: { count: number, sumUsd: string, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }>, bySubDelegation: Array<{ count: number, sumUsd: string, subDelegation: { id: string, key: string } | null, byStatus: Array<{ status: DealStatus, count: number, sumUsd: string }> }> }, dealsByArea: Array<{ exhibitorCountry: string | null, purchaserCategory: PurchaserCategory | null, status: DealStatus | null, monthSigned: string | null, daySigned: string | null, inTotals: boolean, count: number, sumUsd: string, avgUsd: string | null, minUsd: string | null, maxUsd: string | null, expo: { id: string, key: string } | null, delegation: { id: string, key: string, nameZh: string, nameEn: string } | null, subDelegation: { id: string, key: string, nameZh: string, nameEn: string } | null, leadUnit: { id: string, key: string | null, nameZh: string, nameEn: string | null } | null, exhibitionArea: { id: string, key: string, nameZh: string, nameEn: string } | null, zone: { id: string, key: string, nameZh: string, nameEn: string } | null, event: { id: string, title: string, kind: OnsiteEventKind } | null }>, tasksByStatus: Array<{ status: TaskStatus, count: number }>, overdueTasks: Array<{ title: string, personInCharge: string | null, deadline: string, status: TaskStatus, percent: number | null, owner: { id: string, key: string | null, nameZh: string } | null, task: { id: string } | null }>, openProblems: Array<{ text: string, status: ProblemStatus, answer: string | null, createdAt: string, unit: { id: string, key: string | null, nameZh: string } | null, problem: { id: string } | null }>, delegation: { id: string, key: string, nameZh: string } } };

export type MeetingScheduleSummaryFragment = { id: string, status: MeetingScheduleStatus, version: number, fromDay: string | null, toDay: string | null, matches: number, placeable: number, placed: number, mustMeet: number, mustMeetPlaced: number, createdAt: string, items: Array<{ matchId: string, startsAt: string, endsAt: string, meetingId: string | null, meetingPoint: { id: string, key: string, name: string } | null, attendees: Array<{ id: string }>, representatives: Array<{ id: string, name: string }> }>, unplaced: Array<{ matchId: string, reason: UnplacedReason }> };

export type RunMeetingSchedulerMutationVariables = Exact<{
  expoId: string;
  delegationId?: string | null | undefined;
  fromDay?: string | null | undefined;
  toDay?: string | null | undefined;
}>;


export type RunMeetingSchedulerMutation = { runMeetingScheduler: { id: string, status: MeetingScheduleStatus, version: number, fromDay: string | null, toDay: string | null, matches: number, placeable: number, placed: number, mustMeet: number, mustMeetPlaced: number, createdAt: string, items: Array<{ matchId: string, startsAt: string, endsAt: string, meetingId: string | null, meetingPoint: { id: string, key: string, name: string } | null, attendees: Array<{ id: string }>, representatives: Array<{ id: string, name: string }> }>, unplaced: Array<{ matchId: string, reason: UnplacedReason }> } };

export type MeetingScheduleQueryVariables = Exact<{
  id: string;
}>;


export type MeetingScheduleQuery = { meetingSchedule: { id: string, status: MeetingScheduleStatus, version: number, fromDay: string | null, toDay: string | null, matches: number, placeable: number, placed: number, mustMeet: number, mustMeetPlaced: number, createdAt: string, items: Array<{ matchId: string, startsAt: string, endsAt: string, meetingId: string | null, meetingPoint: { id: string, key: string, name: string } | null, attendees: Array<{ id: string }>, representatives: Array<{ id: string, name: string }> }>, unplaced: Array<{ matchId: string, reason: UnplacedReason }> } | null };

export type PublishMeetingScheduleMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PublishMeetingScheduleMutation = { publishMeetingSchedule: { id: string, status: MeetingScheduleStatus, version: number, fromDay: string | null, toDay: string | null, matches: number, placeable: number, placed: number, mustMeet: number, mustMeetPlaced: number, createdAt: string, items: Array<{ matchId: string, startsAt: string, endsAt: string, meetingId: string | null, meetingPoint: { id: string, key: string, name: string } | null, attendees: Array<{ id: string }>, representatives: Array<{ id: string, name: string }> }>, unplaced: Array<{ matchId: string, reason: UnplacedReason }> } };

export type DiscardMeetingScheduleMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DiscardMeetingScheduleMutation = { discardMeetingSchedule: { id: string, status: MeetingScheduleStatus, version: number } };

export type SetMatchMustMeetMutationVariables = Exact<{
  matchId: string;
  mustMeet: boolean;
  side?: TradeSide | null | undefined;
}>;


export type SetMatchMustMeetMutation = { setMatchMustMeet: { matchId: string, purchaserMustMeet: boolean, exhibitorMustMeet: boolean } };

export type FundingRequestFieldsFragment = { id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null };

export type FundingRequestQueryVariables = Exact<{
  id: string;
}>;


export type FundingRequestQuery = { fundingRequest: { id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null } | null };

export type FundingRequestsQueryVariables = Exact<{
  filter?: FundingRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type FundingRequestsQuery = { fundingRequests: { totalCount: number, nodes: Array<{ id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null }> } };

export type RequestFundingMutationVariables = Exact<{
  input: RequestFundingInput;
}>;


export type RequestFundingMutation = { requestFunding: { id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null } };

export type ApproveFundingMutationVariables = Exact<{
  input: ReviewFundingInput;
}>;


export type ApproveFundingMutation = { approveFunding: { id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null } };

export type PayFundingMutationVariables = Exact<{
  input: ReviewFundingInput;
}>;


export type PayFundingMutation = { payFunding: { id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null } };

export type RejectFundingMutationVariables = Exact<{
  input: RejectFundingInput;
}>;


export type RejectFundingMutation = { rejectFunding: { id: string, version: number, purpose: string, amountCny: string, status: FundingStatus, rejectReason: string | null, requestedBy: string, reviewedBy: string | null, reviewedAt: string | null, paidBy: string | null, paidAt: string | null, createdAt: string, requestingUnit: { id: string, key: string | null, nameZh: string } | null } };

export type HealthIncidentFieldsFragment = { id: string, version: number, status: IncidentStatus, personName: string | null, description: string, openedAt: string, openedBy: string, respondedAt: string | null, respondedBy: string | null, response: string | null, timeToRespond: number | null, closedAt: string | null, closedBy: string | null, subDelegation: { id: string, key: string } | null, designatedPerson: { id: string, name: string, mobile: string | null } | null, emergencyPlan: { id: string, number: number, title: string } | null };

export type HealthIncidentsQueryVariables = Exact<{
  filter?: HealthIncidentFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type HealthIncidentsQuery = { healthIncidents: { totalCount: number, nodes: Array<{ id: string, version: number, status: IncidentStatus, personName: string | null, description: string, openedAt: string, openedBy: string, respondedAt: string | null, respondedBy: string | null, response: string | null, timeToRespond: number | null, closedAt: string | null, closedBy: string | null, subDelegation: { id: string, key: string } | null, designatedPerson: { id: string, name: string, mobile: string | null } | null, emergencyPlan: { id: string, number: number, title: string } | null }> } };

export type OpenHealthIncidentMutationVariables = Exact<{
  input: OpenHealthIncidentInput;
}>;


export type OpenHealthIncidentMutation = { openHealthIncident: { id: string, version: number, status: IncidentStatus, personName: string | null, description: string, openedAt: string, openedBy: string, respondedAt: string | null, respondedBy: string | null, response: string | null, timeToRespond: number | null, closedAt: string | null, closedBy: string | null, subDelegation: { id: string, key: string } | null, designatedPerson: { id: string, name: string, mobile: string | null } | null, emergencyPlan: { id: string, number: number, title: string } | null } };

export type RespondHealthIncidentMutationVariables = Exact<{
  input: RespondHealthIncidentInput;
}>;


export type RespondHealthIncidentMutation = { respondHealthIncident: { id: string, version: number, status: IncidentStatus, personName: string | null, description: string, openedAt: string, openedBy: string, respondedAt: string | null, respondedBy: string | null, response: string | null, timeToRespond: number | null, closedAt: string | null, closedBy: string | null, subDelegation: { id: string, key: string } | null, designatedPerson: { id: string, name: string, mobile: string | null } | null, emergencyPlan: { id: string, number: number, title: string } | null } };

export type CloseHealthIncidentMutationVariables = Exact<{
  input: CloseHealthIncidentInput;
}>;


export type CloseHealthIncidentMutation = { closeHealthIncident: { id: string, version: number, status: IncidentStatus, personName: string | null, description: string, openedAt: string, openedBy: string, respondedAt: string | null, respondedBy: string | null, response: string | null, timeToRespond: number | null, closedAt: string | null, closedBy: string | null, subDelegation: { id: string, key: string } | null, designatedPerson: { id: string, name: string, mobile: string | null } | null, emergencyPlan: { id: string, number: number, title: string } | null } };

export type CustomsConsultationFieldsFragment = { id: string, version: number, goods: string, hsCode: string | null, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, deal: { id: string } | null, need: { id: string } | null };

export type CustomsConsultationsQueryVariables = Exact<{
  filter?: CustomsConsultationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type CustomsConsultationsQuery = { customsConsultations: { totalCount: number, nodes: Array<{ id: string, version: number, goods: string, hsCode: string | null, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, deal: { id: string } | null, need: { id: string } | null }> } };

export type AskCustomsMutationVariables = Exact<{
  input: AskCustomsInput;
}>;


export type AskCustomsMutation = { askCustoms: { id: string, version: number, goods: string, hsCode: string | null, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, deal: { id: string } | null, need: { id: string } | null } };

export type AnswerCustomsMutationVariables = Exact<{
  input: AnswerQuestionInput;
}>;


export type AnswerCustomsMutation = { answerCustoms: { id: string, version: number, goods: string, hsCode: string | null, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, deal: { id: string } | null, need: { id: string } | null } };

export type PublicityRecordFieldsFragment = { id: string, version: number, outlet: string, title: string, publishedOn: string, link: string | null, recordedBy: string };

export type PublicityRecordsQueryVariables = Exact<{
  filter?: PublicityRecordFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type PublicityRecordsQuery = { publicityRecords: { totalCount: number, nodes: Array<{ id: string, version: number, outlet: string, title: string, publishedOn: string, link: string | null, recordedBy: string }> } };

export type RecordPublicityMutationVariables = Exact<{
  input: RecordPublicityInput;
}>;


export type RecordPublicityMutation = { recordPublicity: { id: string, version: number, outlet: string, title: string, publishedOn: string, link: string | null, recordedBy: string } };

export type UpdatePublicityRecordMutationVariables = Exact<{
  input: UpdatePublicityInput;
}>;


export type UpdatePublicityRecordMutation = { updatePublicityRecord: { id: string, version: number, outlet: string, title: string, publishedOn: string, link: string | null, recordedBy: string } };

export type DeletePublicityRecordMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type DeletePublicityRecordMutation = { deletePublicityRecord: { id: string } };

export type ProtocolRequestFieldsFragment = { id: string, version: number, subject: string, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, requestingUnit: { id: string, key: string | null } | null };

export type ProtocolRequestsQueryVariables = Exact<{
  filter?: ProtocolRequestFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProtocolRequestsQuery = { protocolRequests: { totalCount: number, nodes: Array<{ id: string, version: number, subject: string, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, requestingUnit: { id: string, key: string | null } | null }> } };

export type AskProtocolMutationVariables = Exact<{
  input: AskProtocolInput;
}>;


export type AskProtocolMutation = { askProtocol: { id: string, version: number, subject: string, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, requestingUnit: { id: string, key: string | null } | null } };

export type AnswerProtocolMutationVariables = Exact<{
  input: AnswerQuestionInput;
}>;


export type AnswerProtocolMutation = { answerProtocol: { id: string, version: number, subject: string, question: string, status: QuestionStatus, answer: string | null, askedBy: string, answeredBy: string | null, answeredAt: string | null, requestingUnit: { id: string, key: string | null } | null } };

export type EmergencyPlanFieldsFragment = { id: string, version: number, number: number, title: string, body: string, format: PlanDocumentFormat, status: PlanDocumentStatus, effectiveFrom: string | null, approvedBy: string | null, approvedAt: string | null, supersededAt: string | null, createdBy: string, createdAt: string, subDelegation: { id: string, key: string } | null, authorUnit: { id: string, key: string | null } | null };

export type EmergencyPlansQueryVariables = Exact<{
  filter?: EmergencyPlanFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EmergencyPlansQuery = { emergencyPlans: { totalCount: number, nodes: Array<{ id: string, version: number, number: number, title: string, body: string, format: PlanDocumentFormat, status: PlanDocumentStatus, effectiveFrom: string | null, approvedBy: string | null, approvedAt: string | null, supersededAt: string | null, createdBy: string, createdAt: string, subDelegation: { id: string, key: string } | null, authorUnit: { id: string, key: string | null } | null }> } };

export type EmergencyPlanQueryVariables = Exact<{
  id: string;
}>;


export type EmergencyPlanQuery = { emergencyPlan: { id: string, version: number, number: number, title: string, body: string, format: PlanDocumentFormat, status: PlanDocumentStatus, effectiveFrom: string | null, approvedBy: string | null, approvedAt: string | null, supersededAt: string | null, createdBy: string, createdAt: string, subDelegation: { id: string, key: string } | null, authorUnit: { id: string, key: string | null } | null } | null };

export type CreateEmergencyPlanMutationVariables = Exact<{
  input: CreateEmergencyPlanInput;
}>;


export type CreateEmergencyPlanMutation = { createEmergencyPlan: { id: string, version: number, number: number, title: string, body: string, format: PlanDocumentFormat, status: PlanDocumentStatus, effectiveFrom: string | null, approvedBy: string | null, approvedAt: string | null, supersededAt: string | null, createdBy: string, createdAt: string, subDelegation: { id: string, key: string } | null, authorUnit: { id: string, key: string | null } | null } };

export type UpdateEmergencyPlanMutationVariables = Exact<{
  input: UpdateEmergencyPlanInput;
}>;


export type UpdateEmergencyPlanMutation = { updateEmergencyPlan: { id: string, version: number, number: number, title: string, body: string, format: PlanDocumentFormat, status: PlanDocumentStatus, effectiveFrom: string | null, approvedBy: string | null, approvedAt: string | null, supersededAt: string | null, createdBy: string, createdAt: string, subDelegation: { id: string, key: string } | null, authorUnit: { id: string, key: string | null } | null } };

export type ApproveEmergencyPlanMutationVariables = Exact<{
  input: ApproveEmergencyPlanInput;
}>;


export type ApproveEmergencyPlanMutation = { approveEmergencyPlan: { id: string, version: number, number: number, title: string, body: string, format: PlanDocumentFormat, status: PlanDocumentStatus, effectiveFrom: string | null, approvedBy: string | null, approvedAt: string | null, supersededAt: string | null, createdBy: string, createdAt: string, subDelegation: { id: string, key: string } | null, authorUnit: { id: string, key: string | null } | null } };

export type SubDelegationContactFieldsFragment = { id: string, version: number, kind: SubDelegationContactKind, assignedBy: string, subDelegation: { id: string, key: string } | null, person: { id: string, name: string, mobile: string | null, email: string | null } | null };

export type DesignateSubDelegationContactMutationVariables = Exact<{
  input: DesignateSubDelegationContactInput;
}>;


export type DesignateSubDelegationContactMutation = { designateSubDelegationContact: { id: string, version: number, kind: SubDelegationContactKind, assignedBy: string, subDelegation: { id: string, key: string } | null, person: { id: string, name: string, mobile: string | null, email: string | null } | null } };

export type SubDelegationContactsQueryVariables = Exact<{
  id: string;
}>;


export type SubDelegationContactsQuery = { node:
    | { id: string, key: string, designatedContacts: Array<{ id: string, version: number, kind: SubDelegationContactKind, assignedBy: string, subDelegation: { id: string, key: string } | null, person: { id: string, name: string, mobile: string | null, email: string | null } | null }> }
    | Record<PropertyKey, never>
   | null };

export type StructurePersonFragment = { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean };

export type LeadingGroupMemberFieldsFragment = { id: string, version: number, role: LeadingGroupRole, titleZh: string, titleEn: string | null, person: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean }, memberUnit: { id: string }, organisation: { id: string, key: string | null, nameZh: string } };

export type MemberUnitFieldsFragment = { id: string, version: number, hostsOffice: boolean, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null }, liaison: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, designatedPerson: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, responsibilities: Array<{ id: string, version: number, dutyEn: string, dutyZh: string | null }> };

export type ResponsibilityFieldsFragment = { id: string, version: number, dutyEn: string, dutyZh: string | null };

export type SubDelegationLeadFieldsFragment = { id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null };

export type SubDelegationFieldsFragment = { id: string, version: number, key: string, nameZh: string, nameEn: string, focus: string | null, receivesUnassigned: boolean, targetMin: number, sharedTarget: { min: number, of: string | null } | null, leads: Array<{ id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null }> };

export type DelegationStructureQueryVariables = Exact<{
  expoKey: string;
  key: string;
}>;


export type DelegationStructureQuery = { delegation: { id: string, key: string, nameEn: string, targetTotal: number, leadingGroup: Array<{ id: string, version: number, role: LeadingGroupRole, titleZh: string, titleEn: string | null, person: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean }, memberUnit: { id: string }, organisation: { id: string, key: string | null, nameZh: string } }>, memberUnits: Array<{ id: string, version: number, hostsOffice: boolean, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null }, liaison: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, designatedPerson: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, responsibilities: Array<{ id: string, version: number, dutyEn: string, dutyZh: string | null }> }>, subDelegations: Array<{ id: string, version: number, key: string, nameZh: string, nameEn: string, focus: string | null, receivesUnassigned: boolean, targetMin: number, sharedTarget: { min: number, of: string | null } | null, leads: Array<{ id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null }> }> } | null };

export type DelegationStructureHistoryQueryVariables = Exact<{
  expoKey: string;
  key: string;
}>;


export type DelegationStructureHistoryQuery = { delegation: { id: string, structureHistory: Array<{ id: string, actor: string, action: string, entityType: string, entityId: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, at: string }> } | null };

export type AddLeadingGroupMemberMutationVariables = Exact<{
  input: AddLeadingGroupMemberInput;
}>;


export type AddLeadingGroupMemberMutation = { addLeadingGroupMember: { id: string, version: number, role: LeadingGroupRole, titleZh: string, titleEn: string | null, person: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean }, memberUnit: { id: string }, organisation: { id: string, key: string | null, nameZh: string } } };

export type UpdateLeadingGroupMemberMutationVariables = Exact<{
  input: UpdateLeadingGroupMemberInput;
}>;


export type UpdateLeadingGroupMemberMutation = { updateLeadingGroupMember: { id: string, version: number, role: LeadingGroupRole, titleZh: string, titleEn: string | null, person: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean }, memberUnit: { id: string }, organisation: { id: string, key: string | null, nameZh: string } } };

export type RemoveLeadingGroupMemberMutationVariables = Exact<{
  input: RemoveLeadingGroupMemberInput;
}>;


export type RemoveLeadingGroupMemberMutation = { removeLeadingGroupMember: { id: string, leadingGroup: Array<{ id: string, version: number, role: LeadingGroupRole, titleZh: string, titleEn: string | null, person: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean }, memberUnit: { id: string }, organisation: { id: string, key: string | null, nameZh: string } }> } };

export type AddMemberUnitMutationVariables = Exact<{
  input: AddMemberUnitInput;
}>;


export type AddMemberUnitMutation = { addMemberUnit: { id: string, version: number, hostsOffice: boolean, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null }, liaison: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, designatedPerson: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, responsibilities: Array<{ id: string, version: number, dutyEn: string, dutyZh: string | null }> } };

export type UpdateMemberUnitMutationVariables = Exact<{
  input: UpdateMemberUnitInput;
}>;


export type UpdateMemberUnitMutation = { updateMemberUnit: { id: string, version: number, hostsOffice: boolean, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null }, liaison: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, designatedPerson: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, responsibilities: Array<{ id: string, version: number, dutyEn: string, dutyZh: string | null }> } };

export type RemoveMemberUnitMutationVariables = Exact<{
  input: RemoveMemberUnitInput;
}>;


export type RemoveMemberUnitMutation = { removeMemberUnit: { id: string, memberUnits: Array<{ id: string }> } };

export type AddSubDelegationMutationVariables = Exact<{
  input: AddSubDelegationInput;
}>;


export type AddSubDelegationMutation = { addSubDelegation: { id: string, version: number, key: string, nameZh: string, nameEn: string, focus: string | null, receivesUnassigned: boolean, targetMin: number, sharedTarget: { min: number, of: string | null } | null, leads: Array<{ id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null }> } };

export type UpdateSubDelegationMutationVariables = Exact<{
  input: UpdateSubDelegationInput;
}>;


export type UpdateSubDelegationMutation = { updateSubDelegation: { id: string, version: number, key: string, nameZh: string, nameEn: string, focus: string | null, receivesUnassigned: boolean, targetMin: number, sharedTarget: { min: number, of: string | null } | null, leads: Array<{ id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null }> } };

export type RemoveSubDelegationMutationVariables = Exact<{
  input: RemoveSubDelegationInput;
}>;


export type RemoveSubDelegationMutation = { removeSubDelegation: { id: string, targetTotal: number, subDelegations: Array<{ id: string, key: string }> } };

export type AddSubDelegationLeadMutationVariables = Exact<{
  input: AddSubDelegationLeadInput;
}>;


export type AddSubDelegationLeadMutation = { addSubDelegationLead: { id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null } };

export type UpdateSubDelegationLeadMutationVariables = Exact<{
  input: UpdateSubDelegationLeadInput;
}>;


export type UpdateSubDelegationLeadMutation = { updateSubDelegationLead: { id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null } };

export type RemoveSubDelegationLeadMutationVariables = Exact<{
  input: RemoveSubDelegationLeadInput;
}>;


export type RemoveSubDelegationLeadMutation = { removeSubDelegationLead: { id: string, version: number, key: string, nameZh: string, nameEn: string, focus: string | null, receivesUnassigned: boolean, targetMin: number, sharedTarget: { min: number, of: string | null } | null, leads: Array<{ id: string, version: number, organisation: { id: string, key: string | null, nameZh: string }, target: { min: number, of: string | null } | null }> } };

export type AddResponsibilityMutationVariables = Exact<{
  input: AddResponsibilityInput;
}>;


export type AddResponsibilityMutation = { addResponsibility: { id: string, version: number, dutyEn: string, dutyZh: string | null } };

export type UpdateResponsibilityMutationVariables = Exact<{
  input: UpdateResponsibilityInput;
}>;


export type UpdateResponsibilityMutation = { updateResponsibility: { id: string, version: number, dutyEn: string, dutyZh: string | null } };

export type RemoveResponsibilityMutationVariables = Exact<{
  input: RemoveResponsibilityInput;
}>;


export type RemoveResponsibilityMutation = { removeResponsibility: { id: string, version: number, hostsOffice: boolean, organisation: { id: string, key: string | null, nameZh: string, nameEn: string | null }, liaison: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, designatedPerson: { id: string, name: string, phone: string | null, mobile: string | null, email: string | null, contactMasked: boolean } | null, responsibilities: Array<{ id: string, version: number, dutyEn: string, dutyZh: string | null }> } };

export type TaskFieldsFragment = { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null };

export type TaskProgressFieldsFragment = { id: string, text: string, percent: number | null, figure: string | null, reportedBy: string, createdAt: string };

export type TaskProblemFieldsFragment = { id: string, version: number, status: ProblemStatus, text: string, raisedBy: string, answer: string | null, answeredBy: string | null, answeredAt: string | null, closedBy: string | null, closedAt: string | null, createdAt: string, unit: { id: string, key: string | null }, task: { id: string } | null };

export type TaskQueryVariables = Exact<{
  id: string;
}>;


export type TaskQuery = { task: { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, progress: Array<{ id: string, text: string, percent: number | null, figure: string | null, reportedBy: string, createdAt: string }>, problems: Array<{ id: string, version: number, status: ProblemStatus, text: string, raisedBy: string, answer: string | null, answeredBy: string | null, answeredAt: string | null, closedBy: string | null, closedAt: string | null, createdAt: string, unit: { id: string, key: string | null }, task: { id: string } | null }>, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null } | null };

export type TasksQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  orderBy?: Array<TaskOrder> | TaskOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type TasksQuery = { tasks: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, edges: Array<{ node: { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null } }> } };

export type DelegationTasksQueryVariables = Exact<{
  expoKey: string;
  key: string;
  filter?: TaskFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type DelegationTasksQuery = { delegation: { id: string, tasks: { totalCount: number, edges: Array<{ node: { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null } }> } } | null };

export type TaskAggregateQueryVariables = Exact<{
  filter?: TaskFilter | null | undefined;
  groupBy?: Array<TaskGroupBy> | TaskGroupBy | null | undefined;
}>;


export type TaskAggregateQuery = { taskAggregate: Array<{ status: TaskStatus | null, overdue: boolean | null, count: number, delegation: { id: string, key: string } | null, owner: { id: string, key: string | null } | null }> };

export type TaskProblemsQueryVariables = Exact<{
  filter?: TaskProblemFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type TaskProblemsQuery = { taskProblems: { totalCount: number, edges: Array<{ node: { id: string, version: number, status: ProblemStatus, text: string, raisedBy: string, answer: string | null, answeredBy: string | null, answeredAt: string | null, closedBy: string | null, closedAt: string | null, createdAt: string, unit: { id: string, key: string | null }, task: { id: string } | null } }> } };

export type CreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;


export type CreateTaskMutation = { createTask: { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null } };

export type CreateTasksFromResponsibilitiesMutationVariables = Exact<{
  input: CreateTasksFromResponsibilitiesInput;
}>;


export type CreateTasksFromResponsibilitiesMutation = { createTasksFromResponsibilities: Array<{ id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null }> };

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;


export type UpdateTaskMutation = { updateTask: { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null } };

export type ReportTaskProgressMutationVariables = Exact<{
  input: ReportTaskProgressInput;
}>;


export type ReportTaskProgressMutation = { reportTaskProgress: { id: string, text: string, percent: number | null, figure: string | null, reportedBy: string, createdAt: string, task: { id: string, version: number, title: string, description: string, status: TaskStatus, deadline: string, overdue: boolean, percent: number | null, personInCharge: string | null, createdAt: string, updatedAt: string, owner: { id: string, key: string | null, nameZh: string }, responsibility: { id: string } | null, blockedBy: { id: string, status: ProblemStatus } | null } } };

export type RaiseTaskProblemMutationVariables = Exact<{
  input: RaiseTaskProblemInput;
}>;


export type RaiseTaskProblemMutation = { raiseTaskProblem: { id: string, version: number, status: ProblemStatus, text: string, raisedBy: string, answer: string | null, answeredBy: string | null, answeredAt: string | null, closedBy: string | null, closedAt: string | null, createdAt: string, unit: { id: string, key: string | null }, task: { id: string } | null } };

export type AnswerTaskProblemMutationVariables = Exact<{
  input: AnswerTaskProblemInput;
}>;


export type AnswerTaskProblemMutation = { answerTaskProblem: { id: string, version: number, status: ProblemStatus, text: string, raisedBy: string, answer: string | null, answeredBy: string | null, answeredAt: string | null, closedBy: string | null, closedAt: string | null, createdAt: string, unit: { id: string, key: string | null }, task: { id: string } | null } };

export type CloseTaskProblemMutationVariables = Exact<{
  input: CloseTaskProblemInput;
}>;


export type CloseTaskProblemMutation = { closeTaskProblem: { id: string, version: number, status: ProblemStatus, text: string, raisedBy: string, answer: string | null, answeredBy: string | null, answeredAt: string | null, closedBy: string | null, closedAt: string | null, createdAt: string, unit: { id: string, key: string | null }, task: { id: string } | null } };

export type ExhibitorSummaryFragment = { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } };

export type NeedSummaryFragment = { id: string, version: number, status: NeedStatus, closeReason: NeedCloseReason | null, title: string, description: string, quantity: string | null, unit: string | null, budgetAmount: string | null, budgetCurrency: string | null, preferredCountries: Array<string>, deadline: string | null, exhibitionArea: { id: string, key: string, nameEn: string } | null };

export type MatchSummaryFragment = { id: string, version: number, status: MatchStatus, score: number | null, reasons: Array<string>, suggestedAt: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } };

export type MeetingSummaryFragment = { id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> };

export type DealSummaryFragment = { id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null };

export type ExhibitorsQueryVariables = Exact<{
  filter?: ExhibitorFilter | null | undefined;
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExhibitorsQuery = { exhibitors: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } }> } };

export type ImportExhibitorsMutationVariables = Exact<{
  expoId: string;
  csv: string;
}>;


export type ImportExhibitorsMutation = { importExhibitors: { count: number } };

export type CreateProcurementNeedMutationVariables = Exact<{
  input: CreateProcurementNeedInput;
}>;


export type CreateProcurementNeedMutation = { createProcurementNeed: { id: string, version: number, status: NeedStatus, closeReason: NeedCloseReason | null, title: string, description: string, quantity: string | null, unit: string | null, budgetAmount: string | null, budgetCurrency: string | null, preferredCountries: Array<string>, deadline: string | null, exhibitionArea: { id: string, key: string, nameEn: string } | null } };

export type UpdateProcurementNeedMutationVariables = Exact<{
  input: UpdateProcurementNeedInput;
}>;


export type UpdateProcurementNeedMutation = { updateProcurementNeed: { id: string, version: number, status: NeedStatus, closeReason: NeedCloseReason | null, title: string, description: string, quantity: string | null, unit: string | null, budgetAmount: string | null, budgetCurrency: string | null, preferredCountries: Array<string>, deadline: string | null, exhibitionArea: { id: string, key: string, nameEn: string } | null } };

export type ProcurementNeedsQueryVariables = Exact<{
  filter?: ProcurementNeedFilter | null | undefined;
  orderBy?: Array<ProcurementNeedOrder> | ProcurementNeedOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ProcurementNeedsQuery = { procurementNeeds: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: NeedStatus, closeReason: NeedCloseReason | null, title: string, description: string, quantity: string | null, unit: string | null, budgetAmount: string | null, budgetCurrency: string | null, preferredCountries: Array<string>, deadline: string | null, purchaser: { id: string } | null, exhibitionArea: { id: string, key: string, nameEn: string } | null }> } };

export type PublishProcurementNeedMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type PublishProcurementNeedMutation = { publishProcurementNeed: { id: string, version: number, status: NeedStatus, closeReason: NeedCloseReason | null, title: string, description: string, quantity: string | null, unit: string | null, budgetAmount: string | null, budgetCurrency: string | null, preferredCountries: Array<string>, deadline: string | null, exhibitionArea: { id: string, key: string, nameEn: string } | null } };

export type CloseProcurementNeedMutationVariables = Exact<{
  input: CloseProcurementNeedInput;
}>;


export type CloseProcurementNeedMutation = { closeProcurementNeed: { id: string, version: number, status: NeedStatus, closeReason: NeedCloseReason | null, title: string, description: string, quantity: string | null, unit: string | null, budgetAmount: string | null, budgetCurrency: string | null, preferredCountries: Array<string>, deadline: string | null, exhibitionArea: { id: string, key: string, nameEn: string } | null } };

export type SuggestedExhibitorsQueryVariables = Exact<{
  needId: string;
  first?: number;
}>;


export type SuggestedExhibitorsQuery = { suggestedExhibitors: Array<{ score: number, reasons: Array<string>, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } }, match: { id: string, status: MatchStatus } | null }> };

export type RefreshSuggestionsMutationVariables = Exact<{
  needId: string;
  first?: number;
}>;


export type RefreshSuggestionsMutation = { refreshSuggestions: Array<{ id: string, version: number, status: MatchStatus, score: number | null, reasons: Array<string>, suggestedAt: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } }> };

export type ProposeMatchMutationVariables = Exact<{
  input: ProposeMatchInput;
}>;


export type ProposeMatchMutation = { proposeMatch: { id: string, version: number, status: MatchStatus, score: number | null, reasons: Array<string>, suggestedAt: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } } };

export type ExhibitorMatchesQueryVariables = Exact<{
  filter?: ExhibitorMatchFilter | null | undefined;
  orderBy?: Array<ExhibitorMatchOrder> | ExhibitorMatchOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type ExhibitorMatchesQuery = { exhibitorMatches: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: MatchStatus, score: number | null, reasons: Array<string>, suggestedAt: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, need: { id: string } | null, purchaser: { id: string }, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } }> } };

export type AcceptMatchMutationVariables = Exact<{
  id: string;
  version: number;
  side?: TradeSide | null | undefined;
}>;


export type AcceptMatchMutation = { acceptMatch: { id: string, version: number, status: MatchStatus, score: number | null, reasons: Array<string>, suggestedAt: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } } };

export type DeclineMatchMutationVariables = Exact<{
  input: DeclineMatchInput;
}>;


export type DeclineMatchMutation = { declineMatch: { id: string, version: number, status: MatchStatus, score: number | null, reasons: Array<string>, suggestedAt: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, exhibitor: { id: string, nameEn: string, nameZh: string | null, country: string, booth: string | null, products: string, exhibitionArea: { id: string, key: string, nameEn: string } } } };

export type ScheduleMeetingMutationVariables = Exact<{
  input: ScheduleMeetingInput;
}>;


export type ScheduleMeetingMutation = { scheduleMeeting: { id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> } };

export type MarkMeetingHeldMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type MarkMeetingHeldMutation = { markMeetingHeld: { id: string, version: number, status: MeetingStatus, phase: MeetingPhase, mode: MeetingMode, startsAt: string, endsAt: string, place: string | null, link: string | null, purchaserAcceptedAt: string | null, exhibitorAcceptedAt: string | null, declineReason: string | null, meetingPoint: { id: string, key: string, name: string } | null, participants: Array<{ id: string, attendee: { id: string } | null, representative: { id: string, name: string } | null }> } };

export type DealsQueryVariables = Exact<{
  filter?: DealFilter | null | undefined;
  orderBy?: Array<DealOrder> | DealOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type DealsQuery = { deals: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null }> } };

export type RecordDealMutationVariables = Exact<{
  input: RecordDealInput;
}>;


export type RecordDealMutation = { recordDeal: { id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null } };

export type SignDealMutationVariables = Exact<{
  input: SignDealInput;
}>;


export type SignDealMutation = { signDeal: { id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null } };

export type StartDealExecutionMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type StartDealExecutionMutation = { startDealExecution: { id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null } };

export type FulfilDealMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type FulfilDealMutation = { fulfilDeal: { id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null } };

export type CancelDealMutationVariables = Exact<{
  id: string;
  version: number;
}>;


export type CancelDealMutation = { cancelDeal: { id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null } };

export type RecordDealFollowUpMutationVariables = Exact<{
  input: RecordDealFollowUpInput;
}>;


export type RecordDealFollowUpMutation = { recordDealFollowUp: { id: string, followedOn: string, note: string, fromStatus: DealStatus, toStatus: DealStatus } };

export type EarlierEditionDealsQueryVariables = Exact<{
  delegationId: string;
  openOnly?: boolean | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type EarlierEditionDealsQuery = { earlierEditionDeals: { totalCount: number, nodes: Array<{ id: string, version: number, status: DealStatus, goods: string, amount: string, currency: string, usdRate: string, amountUsd: string, signedOn: string | null, createdAt: string, purchaser: { id: string, organisation: { id: string, nameZh: string }, subDelegation: { id: string, key: string, nameEn: string } | null } | null, exhibitor: { id: string, nameEn: string, country: string } | null, exhibitionArea: { id: string, key: string } | null }> } };

export const CircularFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CircularFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Circular"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<CircularFieldsFragment, unknown>;
export const DelegationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}}]} as unknown as DocumentNode<DelegationSummaryFragment, unknown>;
export const OrganisationSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<OrganisationSummaryFragment, unknown>;
export const DelegationSetupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleZh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleEn"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<DelegationSetupFragment, unknown>;
export const ExpoSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}}]} as unknown as DocumentNode<ExpoSummaryFragment, unknown>;
export const ExhibitionAreaSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ExhibitionAreaSummaryFragment, unknown>;
export const ExpoSetupFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]} as unknown as DocumentNode<ExpoSetupFragment, unknown>;
export const ServiceUnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ServiceUnitFieldsFragment, unknown>;
export const TripFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TripFieldsFragment, unknown>;
export const AdmissionCertificateFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdmissionCertificateFieldsFragment, unknown>;
export const RoomAssignmentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RoomAssignmentFieldsFragment, unknown>;
export const RoomFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomAssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<RoomFieldsFragment, unknown>;
export const RoomBlockFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomBlockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hotel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"firstNight"}},{"kind":"Field","name":{"kind":"Name","value":"lastNight"}},{"kind":"Field","name":{"kind":"Name","value":"roomsBooked"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerNight"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomAssignmentFields"}}]}}]}}]} as unknown as DocumentNode<RoomBlockFieldsFragment, unknown>;
export const MealFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<MealFieldsFragment, unknown>;
export const ReadinessCountFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadinessCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ticketIssued"}},{"kind":"Field","name":{"kind":"Name","value":"roomAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"notReady"}}]}}]} as unknown as DocumentNode<ReadinessCountFieldsFragment, unknown>;
export const RepresentativeSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorRepresentative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<RepresentativeSummaryFragment, unknown>;
export const MeetingPointSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<MeetingPointSummaryFragment, unknown>;
export const NotificationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationFieldsFragment, unknown>;
export const WebhookFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhookFieldsFragment, unknown>;
export const WebhookDeliveryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveryFieldsFragment, unknown>;
export const OnsiteEventFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OnsiteEventFieldsFragment, unknown>;
export const OnsiteParticipantFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}}]} as unknown as DocumentNode<OnsiteParticipantFieldsFragment, unknown>;
export const PurchaserSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<PurchaserSummaryFragment, unknown>;
export const ProgressReportHeaderFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenBy"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxPath"}},{"kind":"Field","name":{"kind":"Name","value":"htmlPath"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ProgressReportHeaderFragment, unknown>;
export const RecruitmentProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecruitmentProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}}]}}]}}]}}]} as unknown as DocumentNode<RecruitmentProgressFieldsFragment, unknown>;
export const DelegationDealTotalsFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationDealTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationDealTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySubDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}}]}}]}}]} as unknown as DocumentNode<DelegationDealTotalsFieldsFragment, unknown>;
export const DealTotalsGroupFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}}]} as unknown as DocumentNode<DealTotalsGroupFieldsFragment, unknown>;
export const ProgressReportTaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProgressReportTaskFieldsFragment, unknown>;
export const ProgressReportProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProgressReportProblemFieldsFragment, unknown>;
export const ProgressReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportHeader"}},{"kind":"Field","name":{"kind":"Name","value":"recruitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecruitmentProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationDealTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealsByArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenBy"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxPath"}},{"kind":"Field","name":{"kind":"Name","value":"htmlPath"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecruitmentProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationDealTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationDealTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySubDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProgressReportFieldsFragment, unknown>;
export const MeetingScheduleSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingScheduleSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"placeable"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeet"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeetPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MeetingScheduleSummaryFragment, unknown>;
export const FundingRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<FundingRequestFieldsFragment, unknown>;
export const HealthIncidentFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRespond"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<HealthIncidentFieldsFragment, unknown>;
export const CustomsConsultationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomsConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomsConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomsConsultationFieldsFragment, unknown>;
export const PublicityRecordFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<PublicityRecordFieldsFragment, unknown>;
export const ProtocolRequestFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtocolRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtocolRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ProtocolRequestFieldsFragment, unknown>;
export const EmergencyPlanFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<EmergencyPlanFieldsFragment, unknown>;
export const SubDelegationContactFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SubDelegationContactFieldsFragment, unknown>;
export const StructurePersonFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}}]} as unknown as DocumentNode<StructurePersonFragment, unknown>;
export const LeadingGroupMemberFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}}]} as unknown as DocumentNode<LeadingGroupMemberFieldsFragment, unknown>;
export const ResponsibilityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}}]} as unknown as DocumentNode<ResponsibilityFieldsFragment, unknown>;
export const MemberUnitFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hostsOffice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}}]} as unknown as DocumentNode<MemberUnitFieldsFragment, unknown>;
export const SubDelegationLeadFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<SubDelegationLeadFieldsFragment, unknown>;
export const SubDelegationFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"receivesUnassigned"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<SubDelegationFieldsFragment, unknown>;
export const TaskFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TaskFieldsFragment, unknown>;
export const TaskProgressFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<TaskProgressFieldsFragment, unknown>;
export const TaskProblemFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskProblemFieldsFragment, unknown>;
export const NeedSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCountries"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<NeedSummaryFragment, unknown>;
export const ExhibitorSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ExhibitorSummaryFragment, unknown>;
export const MatchSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MatchSummaryFragment, unknown>;
export const MeetingSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<MeetingSummaryFragment, unknown>;
export const DealSummaryFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<DealSummaryFragment, unknown>;
export const DealAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealGroupBy"}}}}},"defaultValue":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}}]} as unknown as DocumentNode<DealAggregateQuery, DealAggregateQueryVariables>;
export const DelegationOutlineDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationOutline"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}}]}}]}}]}}]} as unknown as DocumentNode<DelegationOutlineQuery, DelegationOutlineQueryVariables>;
export const CircularDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Circular"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"circular"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CircularFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CircularFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Circular"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<CircularQuery, CircularQueryVariables>;
export const CircularsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Circulars"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CircularFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"circulars"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CircularFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CircularFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Circular"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<CircularsQuery, CircularsQueryVariables>;
export const CircularUnacknowledgedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CircularUnacknowledged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"circular"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"acknowledged"},"value":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CircularUnacknowledgedQuery, CircularUnacknowledgedQueryVariables>;
export const SendCircularDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendCircular"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendCircularInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendCircular"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CircularFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CircularFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Circular"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<SendCircularMutation, SendCircularMutationVariables>;
export const AcknowledgeCircularDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcknowledgeCircular"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acknowledgeCircular"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CircularFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CircularFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Circular"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"sentBy"}},{"kind":"Field","name":{"kind":"Name","value":"sentAt"}},{"kind":"Field","name":{"kind":"Name","value":"recipientCount"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"unacknowledgedCount"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recipients"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"acknowledged"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedAt"}},{"kind":"Field","name":{"kind":"Name","value":"acknowledgedBy"}}]}}]}}]} as unknown as DocumentNode<AcknowledgeCircularMutation, AcknowledgeCircularMutationVariables>;
export const DelegationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}}]} as unknown as DocumentNode<DelegationsQuery, DelegationsQueryVariables>;
export const DelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Delegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleZh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleEn"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"hostsOffice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"receivesUnassigned"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"labelZh"}},{"kind":"Field","name":{"kind":"Name","value":"fax"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<DelegationQuery, DelegationQueryVariables>;
export const CreateDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSetup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleZh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleEn"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]} as unknown as DocumentNode<CreateDelegationMutation, CreateDelegationMutationVariables>;
export const UpdateDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSetup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleZh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleEn"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]} as unknown as DocumentNode<UpdateDelegationMutation, UpdateDelegationMutationVariables>;
export const RollOverDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RollOverDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RollOverDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rollOverDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSetup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleZh"}},{"kind":"Field","name":{"kind":"Name","value":"registrationPrincipleEn"}},{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"officeHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]} as unknown as DocumentNode<RollOverDelegationMutation, RollOverDelegationMutationVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"viewer"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"scopeId"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const AcceptMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"side"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeSide"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendeeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representativeIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"side"},"value":{"kind":"Variable","name":{"kind":"Name","value":"side"}}},{"kind":"Argument","name":{"kind":"Name","value":"attendeeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendeeIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"representativeIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representativeIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<AcceptMeetingMutation, AcceptMeetingMutationVariables>;
export const DeclineMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<DeclineMeetingMutation, DeclineMeetingMutationVariables>;
export const CancelMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"side"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeSide"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"side"},"value":{"kind":"Variable","name":{"kind":"Name","value":"side"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<CancelMeetingMutation, CancelMeetingMutationVariables>;
export const MeetingsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meetings"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetings"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<MeetingsQuery, MeetingsQueryVariables>;
export const ExposDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Expos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expos"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}}]} as unknown as DocumentNode<ExposQuery, ExposQueryVariables>;
export const ExpoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Expo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}}]} as unknown as DocumentNode<ExpoQuery, ExpoQueryVariables>;
export const ExpoSetupDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpoSetup"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSetup"}},{"kind":"Field","name":{"kind":"Name","value":"delegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"officeHost"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"provinceZh"}},{"kind":"Field","name":{"kind":"Name","value":"provinceEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<ExpoSetupQuery, ExpoSetupQueryVariables>;
export const CreateExpoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExpo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExpoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExpo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSetup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}}]}}]}}]} as unknown as DocumentNode<CreateExpoMutation, CreateExpoMutationVariables>;
export const UpdateExpoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExpo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExpoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSetup"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"edition"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"venueZh"}},{"kind":"Field","name":{"kind":"Name","value":"venueEn"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"reportingCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"businessExhibitionAreaM2"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitionAreaSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExpoSetup"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExpoSummary"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}},{"kind":"Field","name":{"kind":"Name","value":"zones"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitionAreaSummary"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exchangeRates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}}]}}]}}]} as unknown as DocumentNode<UpdateExpoMutation, UpdateExpoMutationVariables>;
export const SetExchangeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExchangeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"usdRate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"usdRate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"usdRate"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}}]}}]}}]} as unknown as DocumentNode<SetExchangeRateMutation, SetExchangeRateMutationVariables>;
export const DealTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DealTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealGroupBy"}}}}},"defaultValue":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sequence"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"groupBy"}},{"kind":"Field","name":{"kind":"Name","value":"groups"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subtotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}}]} as unknown as DocumentNode<DealTotalsSubscription, DealTotalsSubscriptionVariables>;
export const DealEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DealEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"op"}},{"kind":"Field","name":{"kind":"Name","value":"dealId"}}]}}]}}]} as unknown as DocumentNode<DealEventsSubscription, DealEventsSubscriptionVariables>;
export const ServiceUnitsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ServiceUnits"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"serviceUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceUnitFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ServiceUnitsQuery, ServiceUnitsQueryVariables>;
export const AddServiceUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddServiceUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddServiceUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addServiceUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ServiceUnitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ServiceUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ServiceUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"duty"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AddServiceUnitMutation, AddServiceUnitMutationVariables>;
export const RemoveServiceUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveServiceUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeServiceUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveServiceUnitMutation, RemoveServiceUnitMutationVariables>;
export const TripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TripQuery, TripQueryVariables>;
export const TripsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Trips"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TripFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TripOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trips"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TripsQuery, TripsQueryVariables>;
export const AttendeeLogisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AttendeeLogistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Attendee"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"admissionCertificate"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdmissionCertificateFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AttendeeLogisticsQuery, AttendeeLogisticsQueryVariables>;
export const TrainManifestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainManifest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"travelDate"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"serviceNumber"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainManifest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"travelDate"},"value":{"kind":"Variable","name":{"kind":"Name","value":"travelDate"}}},{"kind":"Argument","name":{"kind":"Name","value":"serviceNumber"},"value":{"kind":"Variable","name":{"kind":"Name","value":"serviceNumber"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"travellers"}},{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"trips"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"passengers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"position"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"trip"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TrainManifestQuery, TrainManifestQueryVariables>;
export const RequestTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestTripInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RequestTripMutation, RequestTripMutationVariables>;
export const BookTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"BookTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"BookTripInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"bookTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<BookTripMutation, BookTripMutationVariables>;
export const IssueTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueTripInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<IssueTripMutation, IssueTripMutationVariables>;
export const CancelTripDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelTrip"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CancelTripInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelTrip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TripFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TripFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Trip"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"travellerName"}},{"kind":"Field","name":{"kind":"Name","value":"direction"}},{"kind":"Field","name":{"kind":"Name","value":"travelDate"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"serviceNumber"}},{"kind":"Field","name":{"kind":"Name","value":"fromStation"}},{"kind":"Field","name":{"kind":"Name","value":"toStation"}},{"kind":"Field","name":{"kind":"Name","value":"seat"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"cancelReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedBy"}},{"kind":"Field","name":{"kind":"Name","value":"bookedAt"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CancelTripMutation, CancelTripMutationVariables>;
export const AdmissionCertificatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AdmissionCertificates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificateFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"admissionCertificates"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdmissionCertificateFields"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<AdmissionCertificatesQuery, AdmissionCertificatesQueryVariables>;
export const ApplyCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApplyCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApplyCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"applyCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdmissionCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApplyCertificateMutation, ApplyCertificateMutationVariables>;
export const IssueCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"IssueCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdmissionCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<IssueCertificateMutation, IssueCertificateMutationVariables>;
export const CollectCertificateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CollectCertificate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CollectCertificateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"collectCertificate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdmissionCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CollectCertificateMutation, CollectCertificateMutationVariables>;
export const CheckInAttendeeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CheckInAttendee"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CheckInAttendeeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checkInAttendee"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AdmissionCertificateFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AdmissionCertificateFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdmissionCertificate"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"appliedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedBy"}},{"kind":"Field","name":{"kind":"Name","value":"issuedAt"}},{"kind":"Field","name":{"kind":"Name","value":"collectedAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInAt"}},{"kind":"Field","name":{"kind":"Name","value":"checkInPlace"}},{"kind":"Field","name":{"kind":"Name","value":"checkedInBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CheckInAttendeeMutation, CheckInAttendeeMutationVariables>;
export const RoomBlocksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RoomBlocks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RoomBlockFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"roomBlocks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomBlockFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomAssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomBlockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hotel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"firstNight"}},{"kind":"Field","name":{"kind":"Name","value":"lastNight"}},{"kind":"Field","name":{"kind":"Name","value":"roomsBooked"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerNight"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}}]} as unknown as DocumentNode<RoomBlocksQuery, RoomBlocksQueryVariables>;
export const CreateRoomBlockDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateRoomBlock"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateRoomBlockInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createRoomBlock"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomBlockFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomAssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomBlockFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomBlock"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hotel"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"firstNight"}},{"kind":"Field","name":{"kind":"Name","value":"lastNight"}},{"kind":"Field","name":{"kind":"Name","value":"roomsBooked"}},{"kind":"Field","name":{"kind":"Name","value":"pricePerNight"}},{"kind":"Field","name":{"kind":"Name","value":"rooms"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}}]} as unknown as DocumentNode<CreateRoomBlockMutation, CreateRoomBlockMutationVariables>;
export const AddRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Room"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"assignments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomAssignmentFields"}}]}}]}}]} as unknown as DocumentNode<AddRoomMutation, AddRoomMutationVariables>;
export const AssignRoomDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignRoom"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignRoomInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignRoom"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RoomAssignmentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RoomAssignmentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RoomAssignment"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"night"}},{"kind":"Field","name":{"kind":"Name","value":"attendeeName"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"room"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}}]}}]} as unknown as DocumentNode<AssignRoomMutation, AssignRoomMutationVariables>;
export const RemoveRoomAssignmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveRoomAssignment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeRoomAssignment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveRoomAssignmentMutation, RemoveRoomAssignmentMutationVariables>;
export const MealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Meals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MealFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<MealsQuery, MealsQueryVariables>;
export const ArrangeMealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArrangeMeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArrangeMealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"arrangeMeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MealFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<ArrangeMealMutation, ArrangeMealMutationVariables>;
export const UpdateMealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MealFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MealFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"meal"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"headcount"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]} as unknown as DocumentNode<UpdateMealMutation, UpdateMealMutationVariables>;
export const ReadinessBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReadinessBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AttendeeReadinessFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readinessBoard"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySubDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReadinessCountFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ticketIssued"}},{"kind":"Field","name":{"kind":"Name","value":"roomAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReadinessCountFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReadinessCount"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"attendees"}},{"kind":"Field","name":{"kind":"Name","value":"backgroundCheckPassed"}},{"kind":"Field","name":{"kind":"Name","value":"certificateIssued"}},{"kind":"Field","name":{"kind":"Name","value":"ticketIssued"}},{"kind":"Field","name":{"kind":"Name","value":"roomAssigned"}},{"kind":"Field","name":{"kind":"Name","value":"ready"}},{"kind":"Field","name":{"kind":"Name","value":"notReady"}}]}}]} as unknown as DocumentNode<ReadinessBoardQuery, ReadinessBoardQueryVariables>;
export const ExhibitorRepresentativesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExhibitorRepresentatives"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepresentativeSummary"}},{"kind":"Field","name":{"kind":"Name","value":"unavailability"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorRepresentative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<ExhibitorRepresentativesQuery, ExhibitorRepresentativesQueryVariables>;
export const AddExhibitorRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddExhibitorRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddExhibitorRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addExhibitorRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepresentativeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorRepresentative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<AddExhibitorRepresentativeMutation, AddExhibitorRepresentativeMutationVariables>;
export const UpdateExhibitorRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateExhibitorRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateExhibitorRepresentativeInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExhibitorRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RepresentativeSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RepresentativeSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorRepresentative"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}}]}}]} as unknown as DocumentNode<UpdateExhibitorRepresentativeMutation, UpdateExhibitorRepresentativeMutationVariables>;
export const RemoveExhibitorRepresentativeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveExhibitorRepresentative"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeExhibitorRepresentative"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveExhibitorRepresentativeMutation, RemoveExhibitorRepresentativeMutationVariables>;
export const MeetingPointsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingPoints"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPointFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPointOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingPoints"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPointSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<MeetingPointsQuery, MeetingPointsQueryVariables>;
export const CreateMeetingPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateMeetingPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateMeetingPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createMeetingPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPointSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<CreateMeetingPointMutation, CreateMeetingPointMutationVariables>;
export const UpdateMeetingPointDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMeetingPoint"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMeetingPointInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMeetingPoint"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingPointSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingPointSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingPoint"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"location"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"active"}}]}}]} as unknown as DocumentNode<UpdateMeetingPointMutation, UpdateMeetingPointMutationVariables>;
export const SetMeetingDayDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMeetingDay"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetMeetingDayInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMeetingDay"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"day"}},{"kind":"Field","name":{"kind":"Name","value":"starts"}},{"kind":"Field","name":{"kind":"Name","value":"ends"}},{"kind":"Field","name":{"kind":"Name","value":"slotMinutes"}},{"kind":"Field","name":{"kind":"Name","value":"breaks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}}]}},{"kind":"Field","name":{"kind":"Name","value":"slots"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]} as unknown as DocumentNode<SetMeetingDayMutation, SetMeetingDayMutationVariables>;
export const MeetingSlotsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingSlots"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"day"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"meetingSlots"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"day"},"value":{"kind":"Variable","name":{"kind":"Name","value":"day"}}},{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<MeetingSlotsQuery, MeetingSlotsQueryVariables>;
export const AddUnavailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddUnavailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddUnavailabilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addUnavailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}}]}}]}}]} as unknown as DocumentNode<AddUnavailabilityMutation, AddUnavailabilityMutationVariables>;
export const RemoveUnavailabilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveUnavailability"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeUnavailability"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<RemoveUnavailabilityMutation, RemoveUnavailabilityMutationVariables>;
export const IssueCalendarTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"IssueCalendarToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"attendeeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"representativeId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"issueCalendarToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"attendeeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"attendeeId"}}},{"kind":"Argument","name":{"kind":"Name","value":"representativeId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"representativeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"path"}},{"kind":"Field","name":{"kind":"Name","value":"calendarToken"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]}}]}}]} as unknown as DocumentNode<IssueCalendarTokenMutation, IssueCalendarTokenMutationVariables>;
export const RevokeCalendarTokenDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RevokeCalendarToken"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"revokeCalendarToken"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"revokedAt"}}]}}]}}]} as unknown as DocumentNode<RevokeCalendarTokenMutation, RevokeCalendarTokenMutationVariables>;
export const NodeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Node"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Expo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitionArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Delegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<NodeQuery, NodeQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cursor"}},{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const UnreadNotificationCountDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotificationCount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadNotificationCount"}}]}}]} as unknown as DocumentNode<UnreadNotificationCountQuery, UnreadNotificationCountQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}},{"kind":"Argument","name":{"kind":"Name","value":"upTo"},"value":{"kind":"Variable","name":{"kind":"Name","value":"upTo"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"marked"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationAddedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"NotificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NotificationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NotificationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Notification"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"payload"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"read"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<NotificationAddedSubscription, NotificationAddedSubscriptionVariables>;
export const RegisterWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"secret"}},{"kind":"Field","name":{"kind":"Name","value":"webhook"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<RegisterWebhookMutation, RegisterWebhookMutationVariables>;
export const UpdateWebhookDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateWebhook"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateWebhookInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateWebhook"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateWebhookMutation, UpdateWebhookMutationVariables>;
export const WebhooksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Webhooks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhooks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Webhook"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"kinds"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<WebhooksQuery, WebhooksQueryVariables>;
export const WebhookDeliveriesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WebhookDeliveries"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDeliveryFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"webhookDeliveries"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"webhookId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"webhookId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<WebhookDeliveriesQuery, WebhookDeliveriesQueryVariables>;
export const RedeliverWebhookDeliveryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RedeliverWebhookDelivery"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"redeliverWebhookDelivery"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WebhookDeliveryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WebhookDeliveryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"WebhookDelivery"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"attempts"}},{"kind":"Field","name":{"kind":"Name","value":"nextAttemptAt"}},{"kind":"Field","name":{"kind":"Name","value":"lastStatus"}},{"kind":"Field","name":{"kind":"Name","value":"lastError"}},{"kind":"Field","name":{"kind":"Name","value":"deliveredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryKey"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"notification"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}}]}}]}}]} as unknown as DocumentNode<RedeliverWebhookDeliveryMutation, RedeliverWebhookDeliveryMutationVariables>;
export const OnsiteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnsiteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteEventFields"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteParticipantFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}}]} as unknown as DocumentNode<OnsiteEventQuery, OnsiteEventQueryVariables>;
export const OnsiteEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OnsiteEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEventFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"onsiteEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteEventFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<OnsiteEventsQuery, OnsiteEventsQueryVariables>;
export const CreateOnsiteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOnsiteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOnsiteEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOnsiteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<CreateOnsiteEventMutation, CreateOnsiteEventMutationVariables>;
export const UpdateOnsiteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOnsiteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOnsiteEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOnsiteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<UpdateOnsiteEventMutation, UpdateOnsiteEventMutationVariables>;
export const AddOnsiteParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddOnsiteParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddOnsiteParticipantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addOnsiteParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteParticipantFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteParticipantFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteParticipant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"guestName"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"addedBy"}}]}}]} as unknown as DocumentNode<AddOnsiteParticipantMutation, AddOnsiteParticipantMutationVariables>;
export const RemoveOnsiteParticipantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveOnsiteParticipant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeOnsiteParticipant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OnsiteEventFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OnsiteEventFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"OnsiteEvent"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"organiser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RemoveOnsiteParticipantMutation, RemoveOnsiteParticipantMutationVariables>;
export const LinkDealToEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkDealToEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LinkDealToEventInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkDealToEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<LinkDealToEventMutation, LinkDealToEventMutationVariables>;
export const EventDealTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EventDealTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealGroupBy"}}}},"defaultValue":{"kind":"ListValue","values":[]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"event"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"eq"},"value":{"kind":"Variable","name":{"kind":"Name","value":"eventId"}}}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}}]}}]} as unknown as DocumentNode<EventDealTotalsQuery, EventDealTotalsQueryVariables>;
export const DeleteOnsiteEventDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteOnsiteEvent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteOnsiteEvent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeleteOnsiteEventMutation, DeleteOnsiteEventMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"OrganisationSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"OrganisationSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const ImportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"replaced"}},{"kind":"Field","name":{"kind":"Name","value":"counts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"memberUnits"}},{"kind":"Field","name":{"kind":"Name","value":"leadingGroup"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"}},{"kind":"Field","name":{"kind":"Name","value":"leads"}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"}},{"kind":"Field","name":{"kind":"Name","value":"organisationsCreated"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ImportPlanMutation, ImportPlanMutationVariables>;
export const ExportPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PlanFormat"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}}]}]}}]} as unknown as DocumentNode<ExportPlanQuery, ExportPlanQueryVariables>;
export const PurchasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Purchasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"subDelegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaserStatus"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PurchaserOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchasers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"subDelegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"subDelegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<PurchasersQuery, PurchasersQueryVariables>;
export const PurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Purchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}},{"kind":"Field","name":{"kind":"Name","value":"approvalBlockers"}},{"kind":"Field","name":{"kind":"Name","value":"contact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}},{"kind":"Field","name":{"kind":"Name","value":"idNumber"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"backgroundChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"creditChecks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<PurchaserQuery, PurchaserQueryVariables>;
export const InvitePurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InvitePurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"InvitePurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitePurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<InvitePurchaserMutation, InvitePurchaserMutationVariables>;
export const RegisterPurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RegisterPurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RegisterPurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"registerPurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<RegisterPurchaserMutation, RegisterPurchaserMutationVariables>;
export const UpdatePurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<UpdatePurchaserMutation, UpdatePurchaserMutationVariables>;
export const WithdrawPurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawPurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawPurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawPurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<WithdrawPurchaserMutation, WithdrawPurchaserMutationVariables>;
export const RecordCreditCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCreditCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordCreditCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCreditCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<RecordCreditCheckMutation, RecordCreditCheckMutationVariables>;
export const RecordBackgroundCheckDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordBackgroundCheck"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordBackgroundCheckInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordBackgroundCheck"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"result"}},{"kind":"Field","name":{"kind":"Name","value":"checkedAt"}}]}}]}}]} as unknown as DocumentNode<RecordBackgroundCheckMutation, RecordBackgroundCheckMutationVariables>;
export const ApprovePurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApprovePurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApprovePurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approvePurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ApprovePurchaserMutation, ApprovePurchaserMutationVariables>;
export const RejectPurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectPurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectPurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectPurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<RejectPurchaserMutation, RejectPurchaserMutationVariables>;
export const SendBackPurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SendBackPurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SendBackPurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"sendBackPurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<SendBackPurchaserMutation, SendBackPurchaserMutationVariables>;
export const ResubmitPurchaserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResubmitPurchaser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ResubmitPurchaserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resubmitPurchaser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ResubmitPurchaserMutation, ResubmitPurchaserMutationVariables>;
export const ReportPurchasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportPurchasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportPurchasersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportPurchasers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCount"}}]}}]}}]} as unknown as DocumentNode<ReportPurchasersMutation, ReportPurchasersMutationVariables>;
export const ImportPurchasersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportPurchasers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportPurchasersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importPurchasers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"purchasers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"jobTitle"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ImportPurchasersMutation, ImportPurchasersMutationVariables>;
export const ExportRegistrationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExportRegistration"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exportRegistration"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"file"}},{"kind":"Field","name":{"kind":"Name","value":"purchasers"}},{"kind":"Field","name":{"kind":"Name","value":"attendees"}}]}}]}}]} as unknown as DocumentNode<ExportRegistrationQuery, ExportRegistrationQueryVariables>;
export const SetRegistrationNumberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetRegistrationNumber"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetRegistrationNumberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setRegistrationNumber"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<SetRegistrationNumberMutation, SetRegistrationNumberMutationVariables>;
export const ImportRegistrationNumbersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportRegistrationNumbers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportRegistrationNumbersInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importRegistrationNumbers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PurchaserSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PurchaserSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Purchaser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"rejectionReason"}},{"kind":"Field","name":{"kind":"Name","value":"registrationNumber"}},{"kind":"Field","name":{"kind":"Name","value":"invitedAt"}},{"kind":"Field","name":{"kind":"Name","value":"registeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reportedAt"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"lead"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"invitedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ImportRegistrationNumbersMutation, ImportRegistrationNumbersMutationVariables>;
export const DealReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealGroupBy"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"groups"},"name":{"kind":"Name","value":"dealAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"total"},"name":{"kind":"Name","value":"dealAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}}]} as unknown as DocumentNode<DealReportQuery, DealReportQueryVariables>;
export const RecruitmentProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecruitmentProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recruitmentProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecruitmentProgressFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecruitmentProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}}]}}]}}]}}]} as unknown as DocumentNode<RecruitmentProgressQuery, RecruitmentProgressQueryVariables>;
export const DealListDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealList"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"creditCode"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]}}]}}]} as unknown as DocumentNode<DealListQuery, DealListQueryVariables>;
export const DealTotalsOfDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DealTotalsOfDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dealTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationDealTotalsFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationDealTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationDealTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySubDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}}]}}]}}]} as unknown as DocumentNode<DealTotalsOfDelegationQuery, DealTotalsOfDelegationQueryVariables>;
export const ProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenBy"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxPath"}},{"kind":"Field","name":{"kind":"Name","value":"htmlPath"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecruitmentProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationDealTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationDealTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySubDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportHeader"}},{"kind":"Field","name":{"kind":"Name","value":"recruitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecruitmentProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationDealTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealsByArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportProblemFields"}}]}}]}}]} as unknown as DocumentNode<ProgressReportQuery, ProgressReportQueryVariables>;
export const ProgressReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportHeader"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenBy"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxPath"}},{"kind":"Field","name":{"kind":"Name","value":"htmlPath"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<ProgressReportsQuery, ProgressReportsQueryVariables>;
export const ProgressReportChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProgressReportChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"onlyChanged"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":false}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"progressReportChanges"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"report"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"previous"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"onlyChanged"},"value":{"kind":"Variable","name":{"kind":"Name","value":"onlyChanged"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"previous"}},{"kind":"Field","name":{"kind":"Name","value":"current"}},{"kind":"Field","name":{"kind":"Name","value":"difference"}},{"kind":"Field","name":{"kind":"Name","value":"changed"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasksAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasksRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblemsAdded"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportProblemFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblemsRemoved"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportProblemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<ProgressReportChangesQuery, ProgressReportChangesQueryVariables>;
export const FreezeProgressReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FreezeProgressReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"FreezeProgressReportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"freezeProgressReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportHeader"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"frozenBy"}},{"kind":"Field","name":{"kind":"Name","value":"frozenAt"}},{"kind":"Field","name":{"kind":"Name","value":"xlsxPath"}},{"kind":"Field","name":{"kind":"Name","value":"htmlPath"}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecruitmentProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecruitmentProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"invited"}},{"kind":"Field","name":{"kind":"Name","value":"registered"}},{"kind":"Field","name":{"kind":"Name","value":"approved"}},{"kind":"Field","name":{"kind":"Name","value":"reported"}},{"kind":"Field","name":{"kind":"Name","value":"rejected"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawn"}},{"kind":"Field","name":{"kind":"Name","value":"targetMet"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DelegationDealTotalsFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DelegationDealTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"bySubDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"byStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealTotalsGroupFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"DealTotalsGroup"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"zone"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"event"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorCountry"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserCategory"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"monthSigned"}},{"kind":"Field","name":{"kind":"Name","value":"daySigned"}},{"kind":"Field","name":{"kind":"Name","value":"inTotals"}},{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"sumUsd"}},{"kind":"Field","name":{"kind":"Name","value":"avgUsd"}},{"kind":"Field","name":{"kind":"Name","value":"minUsd"}},{"kind":"Field","name":{"kind":"Name","value":"maxUsd"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportTaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportTask"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReportProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problem"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProgressReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProgressReport"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportHeader"}},{"kind":"Field","name":{"kind":"Name","value":"recruitment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecruitmentProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"deals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DelegationDealTotalsFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"dealsByArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealTotalsGroupFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"taskCount"}},{"kind":"Field","name":{"kind":"Name","value":"tasksByStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"overdueTasks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportTaskFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openProblems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProgressReportProblemFields"}}]}}]}}]} as unknown as DocumentNode<FreezeProgressReportMutation, FreezeProgressReportMutationVariables>;
export const RunMeetingSchedulerDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RunMeetingScheduler"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"runMeetingScheduler"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fromDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fromDay"}}},{"kind":"Argument","name":{"kind":"Name","value":"toDay"},"value":{"kind":"Variable","name":{"kind":"Name","value":"toDay"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingScheduleSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingScheduleSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"placeable"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeet"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeetPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<RunMeetingSchedulerMutation, RunMeetingSchedulerMutationVariables>;
export const MeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"meetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingScheduleSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingScheduleSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"placeable"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeet"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeetPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<MeetingScheduleQuery, MeetingScheduleQueryVariables>;
export const PublishMeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishMeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingScheduleSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingScheduleSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MeetingSchedule"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fromDay"}},{"kind":"Field","name":{"kind":"Name","value":"toDay"}},{"kind":"Field","name":{"kind":"Name","value":"matches"}},{"kind":"Field","name":{"kind":"Name","value":"placeable"}},{"kind":"Field","name":{"kind":"Name","value":"placed"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeet"}},{"kind":"Field","name":{"kind":"Name","value":"mustMeetPlaced"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"items"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"meetingId"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"attendees"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representatives"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"unplaced"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]} as unknown as DocumentNode<PublishMeetingScheduleMutation, PublishMeetingScheduleMutationVariables>;
export const DiscardMeetingScheduleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DiscardMeetingSchedule"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"discardMeetingSchedule"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DiscardMeetingScheduleMutation, DiscardMeetingScheduleMutationVariables>;
export const SetMatchMustMeetDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetMatchMustMeet"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"matchId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mustMeet"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"side"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeSide"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setMatchMustMeet"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"matchId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"matchId"}}},{"kind":"Argument","name":{"kind":"Name","value":"mustMeet"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mustMeet"}}},{"kind":"Argument","name":{"kind":"Name","value":"side"},"value":{"kind":"Variable","name":{"kind":"Name","value":"side"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"matchId"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserMustMeet"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorMustMeet"}}]}}]}}]} as unknown as DocumentNode<SetMatchMustMeetMutation, SetMatchMustMeetMutationVariables>;
export const FundingRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<FundingRequestQuery, FundingRequestQueryVariables>;
export const FundingRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<FundingRequestsQuery, FundingRequestsQueryVariables>;
export const RequestFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RequestFundingMutation, RequestFundingMutationVariables>;
export const ApproveFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<ApproveFundingMutation, ApproveFundingMutationVariables>;
export const PayFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PayFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"payFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<PayFundingMutation, PayFundingMutationVariables>;
export const RejectFundingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RejectFunding"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RejectFundingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rejectFunding"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"FundingRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"FundingRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"purpose"}},{"kind":"Field","name":{"kind":"Name","value":"amountCny"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rejectReason"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"paidBy"}},{"kind":"Field","name":{"kind":"Name","value":"paidAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}}]} as unknown as DocumentNode<RejectFundingMutation, RejectFundingMutationVariables>;
export const HealthIncidentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"HealthIncidents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"HealthIncidentFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"healthIncidents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthIncidentFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRespond"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<HealthIncidentsQuery, HealthIncidentsQueryVariables>;
export const OpenHealthIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OpenHealthIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OpenHealthIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"openHealthIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthIncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRespond"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<OpenHealthIncidentMutation, OpenHealthIncidentMutationVariables>;
export const RespondHealthIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RespondHealthIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RespondHealthIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"respondHealthIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthIncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRespond"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<RespondHealthIncidentMutation, RespondHealthIncidentMutationVariables>;
export const CloseHealthIncidentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseHealthIncident"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseHealthIncidentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeHealthIncident"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"HealthIncidentFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"HealthIncidentFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"HealthIncident"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"personName"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"openedAt"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"respondedAt"}},{"kind":"Field","name":{"kind":"Name","value":"respondedBy"}},{"kind":"Field","name":{"kind":"Name","value":"response"}},{"kind":"Field","name":{"kind":"Name","value":"timeToRespond"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}}]}},{"kind":"Field","name":{"kind":"Name","value":"emergencyPlan"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]} as unknown as DocumentNode<CloseHealthIncidentMutation, CloseHealthIncidentMutationVariables>;
export const CustomsConsultationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CustomsConsultations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CustomsConsultationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"customsConsultations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomsConsultationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomsConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomsConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CustomsConsultationsQuery, CustomsConsultationsQueryVariables>;
export const AskCustomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskCustoms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskCustomsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askCustoms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomsConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomsConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomsConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AskCustomsMutation, AskCustomsMutationVariables>;
export const AnswerCustomsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerCustoms"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerCustoms"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CustomsConsultationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CustomsConsultationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CustomsConsultation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"hsCode"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"deal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerCustomsMutation, AnswerCustomsMutationVariables>;
export const PublicityRecordsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PublicityRecords"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"PublicityRecordFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publicityRecords"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicityRecordFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<PublicityRecordsQuery, PublicityRecordsQueryVariables>;
export const RecordPublicityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordPublicity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordPublicityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordPublicity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicityRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<RecordPublicityMutation, RecordPublicityMutationVariables>;
export const UpdatePublicityRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdatePublicityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdatePublicityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updatePublicityRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PublicityRecordFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PublicityRecordFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PublicityRecord"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"outlet"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"publishedOn"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}}]}}]} as unknown as DocumentNode<UpdatePublicityRecordMutation, UpdatePublicityRecordMutationVariables>;
export const DeletePublicityRecordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeletePublicityRecord"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deletePublicityRecord"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<DeletePublicityRecordMutation, DeletePublicityRecordMutationVariables>;
export const ProtocolRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProtocolRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProtocolRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"protocolRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtocolRequestFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtocolRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtocolRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ProtocolRequestsQuery, ProtocolRequestsQueryVariables>;
export const AskProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AskProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AskProtocolInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"askProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtocolRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtocolRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtocolRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AskProtocolMutation, AskProtocolMutationVariables>;
export const AnswerProtocolDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerProtocol"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerQuestionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerProtocol"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ProtocolRequestFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ProtocolRequestFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProtocolRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"subject"}},{"kind":"Field","name":{"kind":"Name","value":"question"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"askedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"requestingUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<AnswerProtocolMutation, AnswerProtocolMutationVariables>;
export const EmergencyPlansDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyPlans"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlanFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyPlans"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyPlanFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<EmergencyPlansQuery, EmergencyPlansQueryVariables>;
export const EmergencyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EmergencyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"emergencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<EmergencyPlanQuery, EmergencyPlanQueryVariables>;
export const CreateEmergencyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateEmergencyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateEmergencyPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createEmergencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CreateEmergencyPlanMutation, CreateEmergencyPlanMutationVariables>;
export const UpdateEmergencyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateEmergencyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateEmergencyPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateEmergencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<UpdateEmergencyPlanMutation, UpdateEmergencyPlanMutationVariables>;
export const ApproveEmergencyPlanDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveEmergencyPlan"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ApproveEmergencyPlanInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveEmergencyPlan"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"EmergencyPlanFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"EmergencyPlanFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"EmergencyPlan"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"number"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"effectiveFrom"}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"supersededAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<ApproveEmergencyPlanMutation, ApproveEmergencyPlanMutationVariables>;
export const DesignateSubDelegationContactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DesignateSubDelegationContact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DesignateSubDelegationContactInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"designateSubDelegationContact"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationContactFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<DesignateSubDelegationContactMutation, DesignateSubDelegationContactMutationVariables>;
export const SubDelegationContactsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SubDelegationContacts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"designatedContacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationContactFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationContactFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationContact"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"assignedBy"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]} as unknown as DocumentNode<SubDelegationContactsQuery, SubDelegationContactsQueryVariables>;
export const DelegationStructureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationStructure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"leadingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadingGroupMemberFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberUnitFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hostsOffice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"receivesUnassigned"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}}]} as unknown as DocumentNode<DelegationStructureQuery, DelegationStructureQueryVariables>;
export const DelegationStructureHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationStructureHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"structureHistory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"actor"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"entityType"}},{"kind":"Field","name":{"kind":"Name","value":"entityId"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]}}]} as unknown as DocumentNode<DelegationStructureHistoryQuery, DelegationStructureHistoryQueryVariables>;
export const AddLeadingGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddLeadingGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddLeadingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addLeadingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadingGroupMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<AddLeadingGroupMemberMutation, AddLeadingGroupMemberMutationVariables>;
export const UpdateLeadingGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateLeadingGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateLeadingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateLeadingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadingGroupMemberFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<UpdateLeadingGroupMemberMutation, UpdateLeadingGroupMemberMutationVariables>;
export const RemoveLeadingGroupMemberDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveLeadingGroupMember"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveLeadingGroupMemberInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeLeadingGroupMember"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"leadingGroup"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LeadingGroupMemberFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LeadingGroupMemberFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"LeadingGroupMember"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"titleZh"}},{"kind":"Field","name":{"kind":"Name","value":"titleEn"}},{"kind":"Field","name":{"kind":"Name","value":"person"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"memberUnit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}}]}}]} as unknown as DocumentNode<RemoveLeadingGroupMemberMutation, RemoveLeadingGroupMemberMutationVariables>;
export const AddMemberUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddMemberUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddMemberUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addMemberUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberUnitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hostsOffice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}}]} as unknown as DocumentNode<AddMemberUnitMutation, AddMemberUnitMutationVariables>;
export const UpdateMemberUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateMemberUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateMemberUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateMemberUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberUnitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hostsOffice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}}]} as unknown as DocumentNode<UpdateMemberUnitMutation, UpdateMemberUnitMutationVariables>;
export const RemoveMemberUnitDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveMemberUnit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveMemberUnitInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeMemberUnit"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"memberUnits"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveMemberUnitMutation, RemoveMemberUnitMutationVariables>;
export const AddSubDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSubDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"receivesUnassigned"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}}]} as unknown as DocumentNode<AddSubDelegationMutation, AddSubDelegationMutationVariables>;
export const UpdateSubDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"receivesUnassigned"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}}]} as unknown as DocumentNode<UpdateSubDelegationMutation, UpdateSubDelegationMutationVariables>;
export const RemoveSubDelegationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSubDelegation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSubDelegationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSubDelegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"targetTotal"}},{"kind":"Field","name":{"kind":"Name","value":"subDelegations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]}}]} as unknown as DocumentNode<RemoveSubDelegationMutation, RemoveSubDelegationMutationVariables>;
export const AddSubDelegationLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddSubDelegationLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddSubDelegationLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addSubDelegationLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<AddSubDelegationLeadMutation, AddSubDelegationLeadMutationVariables>;
export const UpdateSubDelegationLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateSubDelegationLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateSubDelegationLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateSubDelegationLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}}]} as unknown as DocumentNode<UpdateSubDelegationLeadMutation, UpdateSubDelegationLeadMutationVariables>;
export const RemoveSubDelegationLeadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveSubDelegationLead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveSubDelegationLeadInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeSubDelegationLead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationLeadFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegationLead"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"target"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SubDelegationFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SubDelegation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"focus"}},{"kind":"Field","name":{"kind":"Name","value":"receivesUnassigned"}},{"kind":"Field","name":{"kind":"Name","value":"targetMin"}},{"kind":"Field","name":{"kind":"Name","value":"sharedTarget"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"min"}},{"kind":"Field","name":{"kind":"Name","value":"of"}}]}},{"kind":"Field","name":{"kind":"Name","value":"leads"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SubDelegationLeadFields"}}]}}]}}]} as unknown as DocumentNode<RemoveSubDelegationLeadMutation, RemoveSubDelegationLeadMutationVariables>;
export const AddResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddResponsibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addResponsibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}}]} as unknown as DocumentNode<AddResponsibilityMutation, AddResponsibilityMutationVariables>;
export const UpdateResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateResponsibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateResponsibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}}]} as unknown as DocumentNode<UpdateResponsibilityMutation, UpdateResponsibilityMutationVariables>;
export const RemoveResponsibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveResponsibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveResponsibilityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeResponsibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MemberUnitFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StructurePerson"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Person"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"mobile"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"contactMasked"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ResponsibilityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Responsibility"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"dutyEn"}},{"kind":"Field","name":{"kind":"Name","value":"dutyZh"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MemberUnitFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"MemberUnit"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"hostsOffice"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liaison"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"designatedPerson"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StructurePerson"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibilities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ResponsibilityFields"}}]}}]}}]} as unknown as DocumentNode<RemoveResponsibilityMutation, RemoveResponsibilityMutationVariables>;
export const TaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Task"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"task"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}},{"kind":"Field","name":{"kind":"Name","value":"progress"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProgressFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProblemFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskQuery, TaskQueryVariables>;
export const TasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Tasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<TasksQuery, TasksQueryVariables>;
export const DelegationTasksDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DelegationTasks"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"key"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoKey"}}},{"kind":"Argument","name":{"kind":"Name","value":"key"},"value":{"kind":"Variable","name":{"kind":"Name","value":"key"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"tasks"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<DelegationTasksQuery, DelegationTasksQueryVariables>;
export const TaskAggregateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskAggregate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskGroupBy"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskAggregate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"delegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<TaskAggregateQuery, TaskAggregateQueryVariables>;
export const TaskProblemsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TaskProblems"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblemFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"taskProblems"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"edges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProblemFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<TaskProblemsQuery, TaskProblemsQueryVariables>;
export const CreateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateTaskMutation, CreateTaskMutationVariables>;
export const CreateTasksFromResponsibilitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTasksFromResponsibilities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTasksFromResponsibilitiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTasksFromResponsibilities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<CreateTasksFromResponsibilitiesMutation, CreateTasksFromResponsibilitiesMutationVariables>;
export const UpdateTaskDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTask"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTaskInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTask"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const ReportTaskProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReportTaskProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportTaskProgressInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportTaskProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProgressFields"}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProgressFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProgress"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"figure"}},{"kind":"Field","name":{"kind":"Name","value":"reportedBy"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Task"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"overdue"}},{"kind":"Field","name":{"kind":"Name","value":"percent"}},{"kind":"Field","name":{"kind":"Name","value":"personInCharge"}},{"kind":"Field","name":{"kind":"Name","value":"owner"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"responsibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"blockedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]} as unknown as DocumentNode<ReportTaskProgressMutation, ReportTaskProgressMutationVariables>;
export const RaiseTaskProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RaiseTaskProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RaiseTaskProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"raiseTaskProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<RaiseTaskProblemMutation, RaiseTaskProblemMutationVariables>;
export const AnswerTaskProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AnswerTaskProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AnswerTaskProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"answerTaskProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<AnswerTaskProblemMutation, AnswerTaskProblemMutationVariables>;
export const CloseTaskProblemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseTaskProblem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseTaskProblemInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeTaskProblem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TaskProblemFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TaskProblemFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TaskProblem"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"text"}},{"kind":"Field","name":{"kind":"Name","value":"raisedBy"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"answeredBy"}},{"kind":"Field","name":{"kind":"Name","value":"answeredAt"}},{"kind":"Field","name":{"kind":"Name","value":"closedBy"}},{"kind":"Field","name":{"kind":"Name","value":"closedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"unit"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}},{"kind":"Field","name":{"kind":"Name","value":"task"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<CloseTaskProblemMutation, CloseTaskProblemMutationVariables>;
export const ExhibitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Exhibitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exhibitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ExhibitorsQuery, ExhibitorsQueryVariables>;
export const ImportExhibitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportExhibitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importExhibitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"expoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expoId"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<ImportExhibitorsMutation, ImportExhibitorsMutationVariables>;
export const CreateProcurementNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateProcurementNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateProcurementNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createProcurementNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCountries"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CreateProcurementNeedMutation, CreateProcurementNeedMutationVariables>;
export const UpdateProcurementNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateProcurementNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateProcurementNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateProcurementNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCountries"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<UpdateProcurementNeedMutation, UpdateProcurementNeedMutationVariables>;
export const ProcurementNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ProcurementNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeedFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeedOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"procurementNeeds"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCountries"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<ProcurementNeedsQuery, ProcurementNeedsQueryVariables>;
export const PublishProcurementNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishProcurementNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishProcurementNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCountries"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<PublishProcurementNeedMutation, PublishProcurementNeedMutationVariables>;
export const CloseProcurementNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CloseProcurementNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CloseProcurementNeedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"closeProcurementNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NeedSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NeedSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ProcurementNeed"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"closeReason"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"quantity"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"budgetAmount"}},{"kind":"Field","name":{"kind":"Name","value":"budgetCurrency"}},{"kind":"Field","name":{"kind":"Name","value":"preferredCountries"}},{"kind":"Field","name":{"kind":"Name","value":"deadline"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<CloseProcurementNeedMutation, CloseProcurementNeedMutationVariables>;
export const SuggestedExhibitorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedExhibitors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedExhibitors"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}},{"kind":"Field","name":{"kind":"Name","value":"match"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}}]} as unknown as DocumentNode<SuggestedExhibitorsQuery, SuggestedExhibitorsQueryVariables>;
export const RefreshSuggestionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RefreshSuggestions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"needId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},"defaultValue":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"refreshSuggestions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"needId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"needId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]} as unknown as DocumentNode<RefreshSuggestionsMutation, RefreshSuggestionsMutationVariables>;
export const ProposeMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ProposeMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]} as unknown as DocumentNode<ProposeMatchMutation, ProposeMatchMutationVariables>;
export const ExhibitorMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExhibitorMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatchFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatchOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"exhibitorMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchSummary"}},{"kind":"Field","name":{"kind":"Name","value":"need"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]} as unknown as DocumentNode<ExhibitorMatchesQuery, ExhibitorMatchesQueryVariables>;
export const AcceptMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"side"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TradeSide"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}},{"kind":"Argument","name":{"kind":"Name","value":"side"},"value":{"kind":"Variable","name":{"kind":"Name","value":"side"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]} as unknown as DocumentNode<AcceptMatchMutation, AcceptMatchMutationVariables>;
export const DeclineMatchDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeclineMatch"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeclineMatchInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"declineMatch"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MatchSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ExhibitorSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Exhibitor"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}},{"kind":"Field","name":{"kind":"Name","value":"country"}},{"kind":"Field","name":{"kind":"Name","value":"booth"}},{"kind":"Field","name":{"kind":"Name","value":"products"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MatchSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ExhibitorMatch"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasons"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ExhibitorSummary"}}]}}]}}]} as unknown as DocumentNode<DeclineMatchMutation, DeclineMatchMutationVariables>;
export const ScheduleMeetingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleMeeting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleMeetingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleMeeting"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<ScheduleMeetingMutation, ScheduleMeetingMutationVariables>;
export const MarkMeetingHeldDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkMeetingHeld"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markMeetingHeld"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MeetingSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MeetingSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Meeting"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"mode"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"place"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"meetingPoint"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attendee"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"representative"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"purchaserAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"exhibitorAcceptedAt"}},{"kind":"Field","name":{"kind":"Name","value":"declineReason"}}]}}]} as unknown as DocumentNode<MarkMeetingHeldMutation, MarkMeetingHeldMutationVariables>;
export const DealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Deals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"DealFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DealOrder"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<DealsQuery, DealsQueryVariables>;
export const RecordDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<RecordDealMutation, RecordDealMutationVariables>;
export const SignDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignDealInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<SignDealMutation, SignDealMutationVariables>;
export const StartDealExecutionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartDealExecution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startDealExecution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<StartDealExecutionMutation, StartDealExecutionMutationVariables>;
export const FulfilDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"FulfilDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fulfilDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<FulfilDealMutation, FulfilDealMutationVariables>;
export const CancelDealDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelDeal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelDeal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<CancelDealMutation, CancelDealMutationVariables>;
export const RecordDealFollowUpDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordDealFollowUp"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordDealFollowUpInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordDealFollowUp"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"followedOn"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"fromStatus"}},{"kind":"Field","name":{"kind":"Name","value":"toStatus"}}]}}]}}]} as unknown as DocumentNode<RecordDealFollowUpMutation, RecordDealFollowUpMutationVariables>;
export const EarlierEditionDealsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EarlierEditionDeals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}},"defaultValue":{"kind":"BooleanValue","value":true}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}},"defaultValue":{"kind":"IntValue","value":"50"}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"earlierEditionDeals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"delegationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"delegationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"openOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"openOnly"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"DealSummary"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"DealSummary"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Deal"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"goods"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"usdRate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"purchaser"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameZh"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subDelegation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"nameEn"}},{"kind":"Field","name":{"kind":"Name","value":"country"}}]}},{"kind":"Field","name":{"kind":"Name","value":"exhibitionArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"key"}}]}}]}}]} as unknown as DocumentNode<EarlierEditionDealsQuery, EarlierEditionDealsQueryVariables>;