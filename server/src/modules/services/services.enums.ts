/** Where a funding request stands: SUBMITTED → APPROVED → PAID, or REJECTED (with a reason). */
export enum FundingStatus {
  SUBMITTED = 'SUBMITTED',
  APPROVED = 'APPROVED',
  PAID = 'PAID',
  REJECTED = 'REJECTED',
}
