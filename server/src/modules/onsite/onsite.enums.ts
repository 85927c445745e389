import { registerEnumType } from 'type-graphql';

/** What an on-site activity of the delegation is (the plan's 五(四): 对接洽谈、需求发布、签约仪式). */
export enum OnsiteEventKind {
  /** Supply-and-demand matchmaking (供需对接会). */
  MATCHMAKING = 'MATCHMAKING',
  /** The delegation publishes its purchasing needs (采购需求发布会). */
  NEEDS_PUBLISHING = 'NEEDS_PUBLISHING',
  /** A signing ceremony (集中签约仪式): the deals signed there are linked to it. */
  SIGNING_CEREMONY = 'SIGNING_CEREMONY',
  OTHER = 'OTHER',
}

/** Who takes part in an on-site activity: a purchaser, an exhibitor, or a guest by name. */
export enum ParticipantKind {
  PURCHASER = 'PURCHASER',
  EXHIBITOR = 'EXHIBITOR',
  GUEST = 'GUEST',
}

// Registered here, with what each value means (the schema says it to every client).
registerEnumType(OnsiteEventKind, {
  name: 'OnsiteEventKind',
  description: 'What an on-site activity of the delegation is.',
  valuesConfig: {
    MATCHMAKING: { description: 'Supply-and-demand matchmaking (供需对接会).' },
    NEEDS_PUBLISHING: {
      description: 'The delegation publishes its purchasing needs (采购需求发布会).',
    },
    SIGNING_CEREMONY: {
      description: 'A signing ceremony (集中签约仪式): its deals are linked to it.',
    },
    OTHER: { description: 'Any other activity.' },
  },
});
registerEnumType(ParticipantKind, {
  name: 'ParticipantKind',
  description: 'Who takes part in an on-site activity.',
  valuesConfig: {
    PURCHASER: { description: 'A purchaser of the delegation.' },
    EXHIBITOR: { description: "An exhibitor of the delegation's expo." },
    GUEST: { description: 'A guest, by name.' },
  },
});
