import {
  FundingStatus,
  IncidentStatus,
  PlanDocumentStatus,
  QuestionStatus,
} from './services.enums.js';

/*
 * The service departments' workflows, said once: the services move records only along these
 * tables, and the migration builds their transition triggers from the very same tables
 * (`transitionTriggerSql`, logistics.rules.ts), so the database refuses any other move.
 */

/** Where each funding request status may go. A request is SUBMITTED when made. */
export const FUNDING_NEXT: Record<FundingStatus, readonly FundingStatus[]> = {
  [FundingStatus.SUBMITTED]: [FundingStatus.APPROVED, FundingStatus.REJECTED],
  [FundingStatus.APPROVED]: [FundingStatus.PAID],
  [FundingStatus.PAID]: [],
  [FundingStatus.REJECTED]: [],
};
export const FUNDING_START = FundingStatus.SUBMITTED;

/** Where each health incident status may go. An incident is OPEN when logged. */
export const INCIDENT_NEXT: Record<IncidentStatus, readonly IncidentStatus[]> = {
  [IncidentStatus.OPEN]: [IncidentStatus.RESPONDED],
  [IncidentStatus.RESPONDED]: [IncidentStatus.CLOSED],
  [IncidentStatus.CLOSED]: [],
};
export const INCIDENT_START = IncidentStatus.OPEN;

/** A question to a department (customs consultations, protocol requests): OPEN → ANSWERED. */
export const QUESTION_NEXT: Record<QuestionStatus, readonly QuestionStatus[]> = {
  [QuestionStatus.OPEN]: [QuestionStatus.ANSWERED],
  [QuestionStatus.ANSWERED]: [],
};
export const QUESTION_START = QuestionStatus.OPEN;

/**
 * An emergency plan document: DRAFT → APPROVED, and APPROVED → SUPERSEDED when a later version
 * of the same delegation (or sub-delegation) is approved, in the same transaction.
 */
export const PLAN_DOCUMENT_NEXT: Record<PlanDocumentStatus, readonly PlanDocumentStatus[]> = {
  [PlanDocumentStatus.DRAFT]: [PlanDocumentStatus.APPROVED],
  [PlanDocumentStatus.APPROVED]: [PlanDocumentStatus.SUPERSEDED],
  [PlanDocumentStatus.SUPERSEDED]: [],
};
export const PLAN_DOCUMENT_START = PlanDocumentStatus.DRAFT;
