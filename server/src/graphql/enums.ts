import { TradeSide } from '../auth/policy.js';
import { Role } from '../auth/roles.js';
import { registerEnumType } from 'type-graphql';
import { DealStatus } from '../modules/deal/deal.enums.js';
import { DelegationContactRole, LeadingGroupRole } from '../modules/delegation/delegation.enums.js';
import { ExhibitionAreaKind } from '../modules/expo/expo.enums.js';
import {
  MatchStatus,
  MeetingMode,
  MeetingPhase,
  MeetingStatus,
} from '../modules/match/match.enums.js';
import { MeetingPointKind } from '../modules/meeting/meeting.enums.js';
import { NeedCloseReason, NeedStatus } from '../modules/need/need.enums.js';
import { OrganisationKind } from '../modules/organisation/organisation.enums.js';
import {
  CheckResult,
  PurchaserCategory,
  PurchaserStatus,
} from '../modules/purchaser/purchaser.enums.js';
import { MeetingScheduleStatus } from '../modules/schedule/meeting-schedule.entity.js';
import { UnplacedReason } from '../modules/schedule/schedule.type.js';
import { ProblemStatus, TaskStatus } from '../modules/task/task.enums.js';

/**
 * An enum's description and one for each of its values; a value left out fails to type-check.
 * The values are described here, beside the registration, so that the schema describes every one.
 */
interface Described<T extends object> {
  values: T;
  description: string;
  valuesConfig: Record<keyof T, string>;
}

function described<T extends object>(
  values: T,
  description: string,
  valuesConfig: Record<keyof T, string>,
): Described<T> {
  return { values, description, valuesConfig };
}

// Registered once, here, so that every module can use the domain enums in GraphQL types (the
// enums of logistics, onsite and services register themselves, with their values' descriptions,
// in their modules' *.enums.ts).
const enums: Record<string, Described<object>> = {
  Role: described(
    Role,
    'What a role grant lets its user do; each grant binds one role to the scope the role needs.',
    {
      ADMIN: 'Runs the platform: reads and writes everything, in every expo and delegation.',
      EXPO_BUREAU:
        'The expo bureau of one edition: reads every delegation of it, receives reported purchasers, keeps exhibitors and exchange rates.',
      DELEGATION_OFFICE:
        'The delegation office (领导小组办公室) of one delegation: reads and writes all of it and reports purchasers up.',
      SUB_DELEGATION_LEAD:
        'A lead unit (牵头单位) of one sub-delegation: registers, reviews, matches and records deals there, and reads it.',
      MEMBER_UNIT:
        'A member unit (成员单位) of one delegation: invites and registers purchasers and reads those it invited; with a service duty, works that duty.',
      CREDIT_CHECKER:
        "Records credit checks of purchasers' organisations (Market Regulation) in one delegation; reads only what a check needs.",
      BACKGROUND_CHECKER:
        'Records background checks of attendees (Public Security) in one delegation; reads only what a check needs.',
      PURCHASER:
        'Acts for one purchaser: its profile, attendees, needs, matches, meetings and deals.',
      ANALYST:
        'Reads the lists and aggregates of one delegation or one expo, with personal contact fields masked.',
      EXHIBITOR:
        'A representative of one exhibitor of one edition: the exhibitor side of matchmaking.',
    },
  ),
  DealStatus: described(
    DealStatus,
    'Where a deal stands: INTENDED → SIGNED → EXECUTING → FULFILLED, or CANCELLED from any state not final.',
    {
      INTENDED: 'An intended deal (意向成交): the amount both sides mean to trade.',
      SIGNED: 'A contract is signed.',
      EXECUTING: 'The contract is being carried out (goods shipped, services delivered).',
      FULFILLED: 'Carried out in full; final.',
      CANCELLED: 'Will not go ahead; final.',
    },
  ),
  DelegationContactRole: described(
    DelegationContactRole,
    "What a delegation's contact person is the contact for.",
    {
      OFFICE_CONTACT: 'A contact of the delegation office (联系人).',
      REGISTRATION_CONTACT: 'A contact for purchaser registration (注册联系人).',
    },
  ),
  LeadingGroupRole: described(
    LeadingGroupRole,
    "A person's role in the delegation's leading group (领导小组), held on behalf of an organisation.",
    {
      LEADER: 'Leader (组长).',
      DEPUTY_LEADER: 'Deputy leader (副组长).',
      SECRETARY_GENERAL: 'Secretary-general (秘书长).',
      MEMBER: 'Member (成员), for a member unit.',
    },
  ),
  ExhibitionAreaKind: described(
    ExhibitionAreaKind,
    'An exhibition area of the expo, or a zone nested under one.',
    {
      AREA: 'An exhibition area (展区), e.g. Food & Agricultural Products.',
      ZONE: 'A zone (专区) inside an area, e.g. crop seeds; it has a parent area.',
    },
  ),
  MatchStatus: described(
    MatchStatus,
    'Where a match of a purchaser (or its need) with an exhibitor stands: SUGGESTED or PROPOSED → ACCEPTED → MEETING_SCHEDULED → MET → DEAL, or DECLINED.',
    {
      SUGGESTED: 'Suggested by the system from needs and exhibitors; nobody has acted on it yet.',
      PROPOSED: 'Proposed by one side; the other has yet to accept.',
      ACCEPTED: 'Both sides accepted; no meeting yet.',
      MEETING_SCHEDULED: 'A meeting is scheduled.',
      MET: 'The two sides met.',
      DEAL: 'A deal came of it.',
      DECLINED: 'One side said no; final.',
    },
  ),
  MeetingMode: described(MeetingMode, 'How a meeting is held.', {
    ONLINE: 'Online (video call), at an online room.',
    OFFLINE: 'In person, at a table or room.',
  }),
  MeetingPhase: described(MeetingPhase, 'When a meeting is held relative to the expo.', {
    PRE_SHOW: 'Before the expo opens (pre-show matchmaking).',
    ON_SITE: 'During the expo, at the venue in Shanghai.',
  }),
  MeetingStatus: described(
    MeetingStatus,
    'Where a meeting stands: PROPOSED → SCHEDULED → HELD, or CANCELLED; or DECLINED by the other side.',
    {
      PROPOSED: 'One side asked for it and the other has yet to accept; it holds the time already.',
      SCHEDULED: 'Confirmed: both sides accepted.',
      HELD: 'It took place.',
      CANCELLED: 'Called off after it was scheduled.',
      DECLINED: 'The other side said no.',
    },
  ),
  MeetingPointKind: described(MeetingPointKind, 'What kind of place a meeting point is.', {
    TABLE: 'A table in a shared matchmaking hall.',
    ROOM: 'A meeting room.',
    ONLINE_ROOM: 'An online meeting room (a video-call link).',
  }),
  MeetingScheduleStatus: described(
    MeetingScheduleStatus,
    'Where a run of the meeting scheduler stands: a DRAFT to review, then PUBLISHED or DISCARDED.',
    {
      DRAFT: 'Proposed placements to review; no meeting exists yet.',
      PUBLISHED: 'Its items became meetings.',
      DISCARDED: 'Thrown away; no meeting came of it.',
    },
  ),
  UnplacedReason: described(UnplacedReason, 'Why the meeting scheduler could not place a match.', {
    NO_FITTING_POINT: 'Not placeable even alone: no meeting point of its scope holds its people.',
    NO_COMMON_FREE_SLOT: 'Not placeable even alone: its people are never all free in the slots.',
    NO_FREE_POINT_WHEN_ALL_FREE:
      'Not placeable even alone: whenever its people are all free, confirmed meetings hold every fitting point.',
    PARTICIPANTS_BOOKED:
      'Placeable, but taken by the run: one of its people meets someone else in each of its slots.',
    POINTS_FULL: 'Placeable, but taken by the run: the fitting points are full in its slots.',
  }),
  NeedCloseReason: described(NeedCloseReason, 'Why a procurement need was closed.', {
    FULFILLED: 'What was needed has been found (usually a deal).',
    CANCELLED: 'The purchaser no longer needs it.',
  }),
  NeedStatus: described(
    NeedStatus,
    'Where a procurement need stands: DRAFT → PUBLISHED → CLOSED.',
    {
      DRAFT: 'Being written; not yet open to matching.',
      PUBLISHED: 'Published: exhibitors may be matched to it.',
      CLOSED: 'Closed, with a reason; final.',
    },
  ),
  OrganisationKind: described(OrganisationKind, 'What kind of body an organisation is.', {
    GOVERNMENT: 'A government department or agency (e.g. the Commerce department).',
    ASSOCIATION:
      'An industry association or federation (e.g. the Federation of Industry and Commerce).',
    ENTERPRISE: 'A company.',
    INSTITUTION: 'A public institution (hospital, school, research institute…).',
  }),
  CheckResult: described(
    CheckResult,
    "The result of a credit check (of a purchaser's organisation) or a background check (of an attendee).",
    {
      PASSED: 'Passed: approval may go ahead.',
      FAILED: 'Failed: the purchaser cannot be approved.',
    },
  ),
  PurchaserCategory: described(
    PurchaserCategory,
    'What kind of buyer a purchaser is, as the plan lists them (二): enterprises first, then institutions.',
    {
      WHOLESALE_RETAIL: 'Wholesale or retail enterprise (批发零售企业).',
      IMPORT_TRADE: 'Import trading enterprise (进口贸易企业).',
      TRADING_CENTRE: 'Trading centre (交易中心).',
      DISTRIBUTOR_AGENT: 'Distributor or agent (经销商代理商).',
      ECOMMERCE: 'E-commerce enterprise (电子商务企业).',
      AUTO_SALES: 'Car sales (汽车销售).',
      MANUFACTURING: 'Manufacturing enterprise (生产制造企业).',
      SERVICE: 'Service enterprise (服务企业).',
      END_USER: 'End user (终端用户).',
      MEDICAL_INSTITUTION: 'Medical institution (医疗机构).',
      EDUCATION_INSTITUTION: 'Educational institution (教育机构).',
      RESEARCH_INSTITUTION: 'Research institution (科研机构).',
      CULTURE_INSTITUTION: 'Cultural institution (文化机构).',
      TOURISM_INSTITUTION: 'Tourism institution (旅游机构).',
      AGRICULTURE_INSTITUTION: 'Agricultural institution (农业机构).',
      ENVIRONMENT_INSTITUTION: 'Environmental institution (环保机构).',
    },
  ),
  PurchaserStatus: described(
    PurchaserStatus,
    'Where a purchaser stands: INVITED → REGISTERED → APPROVED → REPORTED, with REJECTED and WITHDRAWN.',
    {
      INVITED: 'Invited by a member unit; not registered yet.',
      REGISTERED: 'Registered, awaiting review by a lead unit of its sub-delegation.',
      APPROVED:
        "Approved by a lead unit (after a passed credit check and every attendee's background check); counts towards the target.",
      REPORTED:
        'Reported up to the expo bureau by the delegation office; counts towards the target.',
      REJECTED:
        'Rejected by a lead unit, with a reason; may go back to REGISTERED on resubmission.',
      WITHDRAWN: 'Withdrawn before being reported; final.',
    },
  ),
  TaskStatus: described(
    TaskStatus,
    'Where a task (督办) stands: OPEN → IN_PROGRESS → DONE, or BLOCKED by a problem.',
    {
      OPEN: 'Assigned; not started.',
      IN_PROGRESS: 'Started; progress is being reported.',
      BLOCKED: 'Held up by a problem raised to the office.',
      DONE: 'Completed.',
    },
  ),
  ProblemStatus: described(
    ProblemStatus,
    'Where a problem (存在问题) raised to the delegation office stands: OPEN → ANSWERED → CLOSED.',
    {
      OPEN: 'Raised; the office has not answered.',
      ANSWERED: 'The office answered.',
      CLOSED: 'Settled; final.',
    },
  ),
  TradeSide: described(
    TradeSide,
    'The two sides of a match and of its meetings; each accepts for itself.',
    {
      PURCHASER_SIDE:
        "Those who write the purchaser's trade records: its delegation office, the lead units of its sub-delegation, for some records the purchaser itself (and ADMIN).",
      EXHIBITOR_SIDE: "The representatives of the match's exhibitor (EXHIBITOR; and ADMIN).",
    },
  ),
};
for (const [name, { values, description, valuesConfig }] of Object.entries(enums)) {
  const config = Object.fromEntries(
    Object.entries(valuesConfig).map(([key, text]) => [key, { description: text as string }]),
  );
  registerEnumType(values, { name, description, valuesConfig: config });
}
