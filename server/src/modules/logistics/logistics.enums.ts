import { registerEnumType } from 'type-graphql';

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

// Registered here, with what each value means (the schema says it to every client).
registerEnumType(ServiceDuty, {
  name: 'ServiceDuty',
  description: 'The duty a member unit of the leading group serves the delegation with.',
  valuesConfig: {
    LOGISTICS: { description: 'Food, lodging and travel in Shanghai (食、宿、行等后勤保障).' },
    TICKETING: { description: 'Train tickets (票务保障): the railway.' },
    HEALTH: { description: 'The health plan for the stay (卫生健康).' },
    FINANCE: { description: 'Funding review and payment (审核拨付展会相关经费).' },
    CUSTOMS: { description: 'Advice on customs declaration (报关入境咨询).' },
    PUBLICITY: { description: 'Coverage of the delegation (宣传报道).' },
    PROTOCOL: { description: 'Foreign-affairs protocol (外事礼仪).' },
  },
});
registerEnumType(TripDirection, {
  name: 'TripDirection',
  description: 'Which way a trip goes.',
  valuesConfig: {
    OUTBOUND: { description: 'To the expo.' },
    RETURN: { description: 'Home.' },
  },
});
registerEnumType(TravelMode, {
  name: 'TravelMode',
  description: 'How a trip is made.',
  valuesConfig: {
    TRAIN: { description: 'By train (real-name tickets, booked by the TICKETING unit).' },
    FLIGHT: { description: 'By air.' },
  },
});
registerEnumType(TripStatus, {
  name: 'TripStatus',
  description: 'Where a trip stands: REQUESTED → BOOKED → ISSUED, or CANCELLED.',
  valuesConfig: {
    REQUESTED: { description: "Asked for by the purchaser's side." },
    BOOKED: { description: 'Booked by the TICKETING unit, with a seat.' },
    ISSUED: { description: 'Its ticket issued.' },
    CANCELLED: { description: 'Called off, with a reason.' },
  },
});
registerEnumType(CertificateStatus, {
  name: 'CertificateStatus',
  description: 'Where an admission certificate (证件) stands: APPLIED → ISSUED → COLLECTED.',
  valuesConfig: {
    APPLIED: { description: 'Applied for by the office.' },
    ISSUED: { description: "Issued, over the attendee's passed background check." },
    COLLECTED: { description: 'Collected by the attendee.' },
  },
});
registerEnumType(MealKind, {
  name: 'MealKind',
  description: 'Which meal of the day.',
  valuesConfig: {
    BREAKFAST: { description: 'Breakfast.' },
    LUNCH: { description: 'Lunch.' },
    DINNER: { description: 'Dinner.' },
  },
});
