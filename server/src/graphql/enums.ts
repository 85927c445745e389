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
import {
  CertificateStatus,
  MealKind,
  ServiceDuty,
  TravelMode,
  TripDirection,
  TripStatus,
} from '../modules/logistics/logistics.enums.js';
import { OnsiteEventKind, ParticipantKind } from '../modules/onsite/onsite.enums.js';
import {
  FundingStatus,
  IncidentStatus,
  QuestionStatus,
} from '../modules/services/services.enums.js';

// Registered once, here, so that every module can use the domain enums in GraphQL types.
const enums = {
  Role,
  DealStatus,
  DelegationContactRole,
  LeadingGroupRole,
  ExhibitionAreaKind,
  MatchStatus,
  MeetingMode,
  MeetingPhase,
  MeetingStatus,
  MeetingPointKind,
  MeetingScheduleStatus,
  UnplacedReason,
  NeedCloseReason,
  NeedStatus,
  OrganisationKind,
  CheckResult,
  PurchaserCategory,
  PurchaserStatus,
  TaskStatus,
  ProblemStatus,
  TradeSide,
  ServiceDuty,
  TripDirection,
  TravelMode,
  TripStatus,
  CertificateStatus,
  MealKind,
  OnsiteEventKind,
  ParticipantKind,
  FundingStatus,
  IncidentStatus,
  QuestionStatus,
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });
