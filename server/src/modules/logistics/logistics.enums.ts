/**
 * The duty a member unit of the leading group serves the delegation with (the plan's 五(十) and
 * 五(一) clauses): a MEMBER_UNIT grant of that unit acts on that duty's queue, and only on it.
 */
export enum ServiceDuty {
  /** Food, lodging and travel in Shanghai (食、宿、行等后勤保障): the office's Commerce unit. */
  LOGISTICS = 'LOGISTICS',
  /** Train tickets (票务保障): China Railway Qinghai-Tibet Group. */
  TICKETING = 'TICKETING',
  /** The health plan for the stay (卫生健康). */
  HEALTH = 'HEALTH',
  /** Funding review and payment (审核拨付展会相关经费). */
  FINANCE = 'FINANCE',
  /** Advice on customs declaration (报关入境咨询). */
  CUSTOMS = 'CUSTOMS',
  /** Coverage of the delegation (宣传报道). */
  PUBLICITY = 'PUBLICITY',
  /** Foreign-affairs protocol (外事礼仪). */
  PROTOCOL = 'PROTOCOL',
}

/** Which way a trip goes: to the expo, or home. */
export enum TripDirection {
  OUTBOUND = 'OUTBOUND',
  RETURN = 'RETURN',
}

export enum TravelMode {
  TRAIN = 'TRAIN',
  FLIGHT = 'FLIGHT',
}

/** Where a trip stands: REQUESTED → BOOKED → ISSUED, or CANCELLED. */
export enum TripStatus {
  REQUESTED = 'REQUESTED',
  BOOKED = 'BOOKED',
  ISSUED = 'ISSUED',
  CANCELLED = 'CANCELLED',
}

/** Where an admission certificate (证件) stands: APPLIED → ISSUED → COLLECTED. */
export enum CertificateStatus {
  APPLIED = 'APPLIED',
  ISSUED = 'ISSUED',
  COLLECTED = 'COLLECTED',
}

export enum MealKind {
  BREAKFAST = 'BREAKFAST',
  LUNCH = 'LUNCH',
  DINNER = 'DINNER',
}
