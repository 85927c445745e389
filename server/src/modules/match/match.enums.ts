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

export enum MeetingStatus {
  SCHEDULED = 'SCHEDULED',
  HELD = 'HELD',
  CANCELLED = 'CANCELLED',
}
