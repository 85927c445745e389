export enum MatchStatus {
  SUGGESTED = 'SUGGESTED',
  PROPOSED = 'PROPOSED',
  ACCEPTED = 'ACCEPTED',
  MEETING_SCHEDULED = 'MEETING_SCHEDULED',
  MET = 'MET',
  DEAL = 'DEAL',
  DECLINED = 'DECLINED',
}

export enum MeetingPhase {
  PRE_SHOW = 'PRE_SHOW',
  ON_SITE = 'ON_SITE',
}

export enum MeetingMode {
  ONLINE = 'ONLINE',
  OFFLINE = 'OFFLINE',
}

/**
 * PROPOSED: one side asked for it and the other has yet to accept (it holds the time already);
 * SCHEDULED: confirmed, both sides accepted; then HELD or CANCELLED; DECLINED: the other side
 * said no.
 */
export enum MeetingStatus {
  PROPOSED = 'PROPOSED',
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
  DECLINED = 'DECLINED',
}
