import { registerEnumType } from 'type-graphql';

/** Where a funding request stands: SUBMITTED → APPROVED → PAID, or REJECTED (with a reason). */
export enum FundingStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}

/** Where a health incident stands: OPEN → RESPONDED → CLOSED. */
export enum IncidentStatus {
  OPEN = 'OPEN',
  RESPONDED = 'RESPONDED',
  CLOSED = 'CLOSED',
}

/** Where a question to a service department stands: OPEN until the department ANSWERED it. */
export enum QuestionStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
}

/** Where an emergency plan document stands: DRAFT → APPROVED → SUPERSEDED (by the next one). */
export enum PlanDocumentStatus {
  /** Being written: it may still change. */
  DRAFT = 'DRAFT',
  /** The plan in force: at most one per delegation (or sub-delegation). */
  APPROVED = 'APPROVED',
  /** Replaced by a later approved version. */
  SUPERSEDED = 'SUPERSEDED',
}

/** How an emergency plan's text is written. */
export enum PlanDocumentFormat {
  /** Markdown (headings, lists). */
  MARKDOWN = 'MARKDOWN',
  /** Plain text. */
  PLAIN = 'PLAIN',
}

/** What a sub-delegation's designated person is designated for. */
export enum SubDelegationContactKind {
  /** Health and safety during the stay (指定专人负责): named in the emergency plan. */
  HEALTH_SAFETY = 'HEALTH_SAFETY',
}

registerEnumType(PlanDocumentStatus, {
  name: 'PlanDocumentStatus',
  description: 'Where an emergency plan document stands: DRAFT → APPROVED → SUPERSEDED.',
  valuesConfig: {
    DRAFT: { description: 'Being written: it may still change.' },
    APPROVED: { description: 'The plan in force: at most one per delegation or sub-delegation.' },
    SUPERSEDED: { description: 'Replaced by a later approved version.' },
  },
});
registerEnumType(PlanDocumentFormat, {
  name: 'PlanDocumentFormat',
  description: "How an emergency plan's text is written.",
  valuesConfig: {
    MARKDOWN: { description: 'Markdown (headings, lists).' },
    PLAIN: { description: 'Plain text.' },
  },
});
registerEnumType(SubDelegationContactKind, {
  name: 'SubDelegationContactKind',
  description: "What a sub-delegation's designated person is designated for.",
  valuesConfig: {
    HEALTH_SAFETY: {
      description: 'Health and safety during the stay (指定专人负责), as the emergency plan names.',
    },
  },
});

registerEnumType(FundingStatus, {
  name: 'FundingStatus',
  description: 'Where a funding request stands: SUBMITTED → APPROVED → PAID, or REJECTED.',
  valuesConfig: {
    SUBMITTED: { description: 'Asked, waiting for the FINANCE unit.' },
    APPROVED: { description: 'Approved by the FINANCE unit.' },
    PAID: { description: 'Paid by the FINANCE unit.' },
    REJECTED: { description: 'Rejected, with a reason.' },
  },
});
registerEnumType(IncidentStatus, {
  name: 'IncidentStatus',
  description: 'Where a health incident stands: OPEN → RESPONDED → CLOSED.',
  valuesConfig: {
    OPEN: { description: 'Logged, waiting for a response.' },
    RESPONDED: { description: 'The HEALTH unit (or the office) responded.' },
    CLOSED: { description: 'Over.' },
  },
});
registerEnumType(QuestionStatus, {
  name: 'QuestionStatus',
  description: 'Where a question to a service department stands: OPEN → ANSWERED.',
  valuesConfig: {
    OPEN: { description: 'Asked, waiting for the department.' },
    ANSWERED: { description: 'Answered by the department.' },
  },
});
