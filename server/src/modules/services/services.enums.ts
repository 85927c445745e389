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
