/** Where a task stands (督办): OPEN → IN_PROGRESS → DONE, or BLOCKED by a problem. */
export enum TaskStatus {
  OPEN = 'OPEN',
  IN_PROGRESS = 'IN_PROGRESS',
  BLOCKED = 'BLOCKED',
  DONE = 'DONE',
}

/** Where a problem (存在问题) raised to the office stands: OPEN → ANSWERED → CLOSED. */
export enum ProblemStatus {
  OPEN = 'OPEN',
  ANSWERED = 'ANSWERED',
  CLOSED = 'CLOSED',
}
