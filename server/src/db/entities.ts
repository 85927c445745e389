import { AuditEvent } from '../modules/audit/audit-event.entity.js';
import { DealFollowUp } from '../modules/deal/deal-follow-up.entity.js';
import { Deal } from '../modules/deal/deal.entity.js';
import { DelegationContact } from '../modules/delegation/delegation-contact.entity.js';
import { Delegation } from '../modules/delegation/delegation.entity.js';
import { LeadingGroupMember } from '../modules/delegation/leading-group-member.entity.js';
import { MemberUnit } from '../modules/delegation/member-unit.entity.js';
import { Responsibility } from '../modules/delegation/responsibility.entity.js';
import { SubDelegationLead } from '../modules/delegation/sub-delegation-lead.entity.js';
import { SubDelegation } from '../modules/delegation/sub-delegation.entity.js';
import { ExhibitorRepresentative } from '../modules/exhibitor/exhibitor-representative.entity.js';
import { Exhibitor } from '../modules/exhibitor/exhibitor.entity.js';
import { ExchangeRate } from '../modules/expo/exchange-rate.entity.js';
import { ExhibitionArea } from '../modules/expo/exhibition-area.entity.js';
import { Expo } from '../modules/expo/expo.entity.js';
import { ExhibitorMatch } from '../modules/match/exhibitor-match.entity.js';
import { Meeting } from '../modules/match/meeting.entity.js';
import { CalendarToken } from '../modules/meeting/calendar-token.entity.js';
import { MeetingDay } from '../modules/meeting/meeting-day.entity.js';
import { MeetingParticipant } from '../modules/meeting/meeting-participant.entity.js';
import { MeetingPoint } from '../modules/meeting/meeting-point.entity.js';
import { Unavailability } from '../modules/meeting/unavailability.entity.js';
import {
  MeetingSchedule,
  MeetingScheduleItem,
} from '../modules/schedule/meeting-schedule.entity.js';
import { ProcurementNeed } from '../modules/need/procurement-need.entity.js';
import { Organisation } from '../modules/organisation/organisation.entity.js';
import { Person } from '../modules/person/person.entity.js';
import { Attendee } from '../modules/purchaser/attendee.entity.js';
import { BackgroundCheck } from '../modules/purchaser/background-check.entity.js';
import { CreditCheck } from '../modules/purchaser/credit-check.entity.js';
import { PurchaserReportBatch } from '../modules/purchaser/purchaser-report-batch.entity.js';
import { Purchaser } from '../modules/purchaser/purchaser.entity.js';
import { AppUser } from '../modules/user/app-user.entity.js';
import { RevokedToken } from '../modules/user/revoked-token.entity.js';
import { RoleGrant } from '../modules/user/role-grant.entity.js';
import { TaskProblem } from '../modules/task/task-problem.entity.js';
import { TaskProgress } from '../modules/task/task-progress.entity.js';
import { Task } from '../modules/task/task.entity.js';
import {
  NotificationEvent,
  NotificationRead,
  NotificationReadMark,
} from '../modules/notification/notification.entity.js';
import { Webhook, WebhookDelivery } from '../modules/notification/webhook.entity.js';
import { ProgressReport } from '../modules/report/progress-report.entity.js';
import {
  Circular,
  CircularAcknowledgement,
  CircularRecipient,
} from '../modules/circular/circular.entity.js';
import {
  AdmissionCertificate,
  Meal,
  Room,
  RoomAssignment,
  RoomBlock,
  ServiceUnit,
  Trip,
} from '../modules/logistics/logistics.entity.js';
import { OnsiteEvent, OnsiteParticipant } from '../modules/onsite/onsite.entity.js';
import {
  CustomsConsultation,
  EmergencyPlan,
  FundingRequest,
  HealthIncident,
  ProtocolRequest,
  PublicityRecord,
  SubDelegationContact,
} from '../modules/services/services.entity.js';

/**
 * Every entity, in the order of the tables in the migrations. Each declares its table as the
 * migrations create it, constraint names included; composite foreign keys and CHECKs other than
 * enum values stay in the migrations alone (README, "Entities and migrations"; held by
 * test/integration/entities-match-schema.test.ts).
 */
export const entities = [
  Expo,
  ExhibitionArea,
  Organisation,
  Delegation,
  Person,
  DelegationContact,
  MemberUnit,
  LeadingGroupMember,
  Responsibility,
  SubDelegation,
  SubDelegationLead,
  PurchaserReportBatch,
  Purchaser,
  Attendee,
  CreditCheck,
  BackgroundCheck,
  Exhibitor,
  ProcurementNeed,
  ExhibitorMatch,
  Meeting,
  ExchangeRate,
  Deal,
  DealFollowUp,
  AuditEvent,
  AppUser,
  RoleGrant,
  RevokedToken,
  Task,
  TaskProgress,
  TaskProblem,
  ExhibitorRepresentative,
  MeetingPoint,
  MeetingDay,
  Unavailability,
  MeetingParticipant,
  MeetingSchedule,
  MeetingScheduleItem,
  CalendarToken,
  NotificationEvent,
  NotificationRead,
  NotificationReadMark,
  Webhook,
  WebhookDelivery,
  ProgressReport,
  Circular,
  CircularRecipient,
  CircularAcknowledgement,
  ServiceUnit,
  Trip,
  AdmissionCertificate,
  RoomBlock,
  Room,
  RoomAssignment,
  Meal,
  OnsiteEvent,
  OnsiteParticipant,
  FundingRequest,
  HealthIncident,
  CustomsConsultation,
  PublicityRecord,
  ProtocolRequest,
  EmergencyPlan,
  SubDelegationContact,
];
