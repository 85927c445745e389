import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { DealStatus } from './deal.enums.js';
import { DEAL_TOTALS_RULE } from './deal-totals.rule.js';

@ObjectType({
  implements: Node,
  description:
    'An (intended) purchase (成交): INTENDED → SIGNED → EXECUTING → FULFILLED, or CANCELLED. Amounts are exact decimals.',
})
export class Deal extends Node {
  delegationId!: string;
  expoId!: string;
  purchaserId!: string;
  exhibitorId!: string | null;
  matchId!: string | null;
  exhibitionAreaId!: string | null;

  @Field(() => String, { description: 'What is bought.' })
  goods!: string;

  @Field(() => DecimalScalar, { description: 'In the original currency, to the cent.' })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 code of amount.' })
  currency!: string;

  @Field(() => DecimalScalar, {
    description:
      "USD for one unit of currency, frozen when recorded: the rate given, the expo's rate, or for a USD amount agreed the shortest rate that gives it exactly. Under 10^10, at most 20 decimal places, written to at least 10.",
  })
  usdRate!: string;

  @Field(() => DecimalScalar, {
    description:
      'amount × usdRate, rounded half away from zero to the cent: exactly, for every deal (the database holds it).',
  })
  amountUsd!: string;

  @Field(() => DealStatus, {
    description: 'Where the deal stands: INTENDED → SIGNED → EXECUTING → FULFILLED, or CANCELLED.',
  })
  status!: DealStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day (in Shanghai) the contract was signed; null while INTENDED.',
  })
  signedOn!: string | null;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to decisions and follow-ups.',
  })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When the deal was recorded.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, {
    description: 'When the deal itself last changed.',
  })
  updatedAt!: Date;
}

@ObjectType({
  implements: Node,
  description: 'A follow-up record on a deal: when, what happened, the state it left.',
})
export class DealFollowUp extends Node {
  dealId!: string;

  @Field(() => DateScalar, {
    description: 'The day (in Shanghai) the follow-up took place; not in the future.',
  })
  followedOn!: string;

  @Field(() => String, { description: "What was done or learnt, in the recorder's words." })
  note!: string;

  @Field(() => DealStatus, { description: "The deal's status before this follow-up." })
  fromStatus!: DealStatus;

  @Field(() => DealStatus, {
    description:
      "The deal's status after it (the same as fromStatus when it did not move the deal).",
  })
  toStatus!: DealStatus;

  @Field(() => String, { description: 'Who recorded it.' })
  recordedBy!: string;

  @Field(() => DateTimeScalar, { description: 'When it was recorded.' })
  createdAt!: Date;
}

@ObjectType({ implements: Node, description: "An expo's rate for converting deals to USD." })
export class ExchangeRate extends Node {
  expoId!: string;

  @Field(() => String, { description: 'ISO 4217 code.' })
  currency!: string;

  @Field(() => DecimalScalar, { description: 'USD for one unit of the currency.' })
  usdRate!: string;
}

@ObjectType({ description: 'Number and USD sum of deals in one status.' })
export class DealStatusTotal {
  @Field(() => DealStatus, { description: 'The status these deals are in.' })
  status!: DealStatus;

  @Field(() => Int, { description: 'How many deals are in this status (zero included).' })
  count!: number;

  @Field(() => DecimalScalar, { description: 'USD sum of their amounts, exact to the cent.' })
  sumUsd!: string;
}

@ObjectType({
  description: `One sub-delegation's deals (subDelegation null: purchasers in none). ${DEAL_TOTALS_RULE}`,
})
export class SubDelegationDealTotals {
  subDelegationId!: string | null;

  @Field(() => Int, { description: 'Deals made: CANCELLED left out.' })
  count!: number;

  @Field(() => DecimalScalar, { description: 'USD sum of the deals made: CANCELLED left out.' })
  sumUsd!: string;

  @Field(() => [DealStatusTotal], {
    description: 'Every status, zeros and CANCELLED included: a breakdown by status.',
  })
  byStatus!: DealStatusTotal[];
}

@ObjectType({
  description: `A delegation's deals you may read, in total, by status and by sub-delegation. ${DEAL_TOTALS_RULE}`,
})
export class DelegationDealTotals {
  delegationId!: string;

  @Field(() => Int, { description: 'Deals made: CANCELLED left out.' })
  count!: number;

  @Field(() => DecimalScalar, { description: 'USD sum of the deals made: CANCELLED left out.' })
  sumUsd!: string;

  @Field(() => [DealStatusTotal], {
    description: 'Every status, zeros and CANCELLED included: a breakdown by status.',
  })
  byStatus!: DealStatusTotal[];

  @Field(() => [SubDelegationDealTotals], {
    description:
      'Sub-delegations with deals of any status; count and sumUsd are of those made (zero where all were cancelled).',
  })
  bySubDelegation!: SubDelegationDealTotals[];
}

@InputType({
  description:
    "An intended deal, from a match (matchId) or directly (purchaserId). The USD amount comes from usdRate, from amountUsd, or from the expo's exchange rate, in that order.",
})
export class RecordDealInput {
  @Field(() => ID, {
    nullable: true,
    description: 'The match it came from: gives purchaser and exhibitor.',
  })
  matchId?: string | null;

  @Field(() => ID, { nullable: true, description: 'For a deal without a match.' })
  purchaserId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'For a deal without a match; an exhibitor of the same expo.',
  })
  exhibitorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Defaults to the exhibitor's area." })
  exhibitionAreaId?: string | null;

  @Field(() => String, {
    description: 'What is bought: 1 to 1000 characters, trimmed.',
  })
  goods!: string;

  @Field(() => DecimalScalar, {
    description: 'In the original currency, at most 2 decimal places.',
  })
  amount!: string;

  @Field(() => String, { description: 'ISO 4217 code, e.g. "EUR".' })
  currency!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'USD per unit of currency, if not the expo rate: under 10^10, at most 20 decimal places.',
  })
  usdRate?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description:
      'The USD amount as agreed, stored as given. The rate stored is the shortest (fewest decimal places, at most 20; of those the nearest to amountUsd / amount) whose product with amount rounds to it.',
  })
  amountUsd?: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Given when the deal is signed already: it is recorded SIGNED.',
  })
  signedOn?: Date | null;
}

@InputType({ description: 'Signs an INTENDED deal: INTENDED → SIGNED, on the day given.' })
export class SignDealInput {
  @Field(() => ID, { description: 'Global ID of the INTENDED deal to sign.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => DateScalar, {
    description: 'The day (in Shanghai) the contract was signed; not in the future.',
  })
  signedOn!: Date;
}

@InputType({
  description: 'A follow-up on a deal of this or an earlier edition, optionally moving its state.',
})
export class RecordDealFollowUpInput {
  @Field(() => ID, {
    description: 'Global ID of the deal followed up: not yet FULFILLED or CANCELLED.',
  })
  dealId!: string;

  @Field(() => Int, { description: 'The version of the deal you read.' })
  version!: number;

  @Field(() => DateScalar, { description: 'When the follow-up took place; not in the future.' })
  followedOn!: Date;

  @Field(() => String, { description: 'What was done or learnt: 1 to 4000 characters, trimmed.' })
  note!: string;

  @Field(() => DealStatus, {
    nullable: true,
    description: 'The state the deal moves to; absent: unchanged.',
  })
  toStatus?: DealStatus | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'For a move to SIGNED; defaults to followedOn.',
  })
  signedOn?: Date | null;
}
