export enum MeetingPointKind {
  TABLE = 'TABLE',
  ROOM = 'ROOM',
  ONLINE_ROOM = 'ONLINE_ROOM',
}
