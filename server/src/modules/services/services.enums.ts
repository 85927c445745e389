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
