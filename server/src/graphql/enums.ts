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

// Registered once, here, so that every module can use the domain enums in GraphQL types (the
// enums of logistics, onsite and services register themselves, with their values' descriptions,
// in their modules' *.enums.ts).
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
};
for (const [name, values] of Object.entries(enums)) registerEnumType(values, { name });
