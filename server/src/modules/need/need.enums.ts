export enum NeedStatus {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
  CLOSED = 'CLOSED',
}

export enum NeedCloseReason {
  FULFILLED = 'FULFILLED',
  CANCELLED = 'CANCELLED',
}
