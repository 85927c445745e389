import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../graphql/scalars.js';
import { NeedCloseReason, NeedStatus } from './need.enums.js';
import { NameText } from '../../graphql/text.js';

@ObjectType({
  implements: Node,
  description: 'What a purchaser wants to buy (采购需求): DRAFT → PUBLISHED → CLOSED.',
})
export class ProcurementNeed extends Node {
  delegationId!: string;
  purchaserId!: string;
  exhibitionAreaId!: string | null;

  @Field(() => String, { description: 'A short name of what is wanted, 1 to 200 characters.' })
  title!: string;

  @Field(() => String, {
    description: 'What is wanted in detail (specifications, use); empty when not given.',
  })
  description!: string;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'How much, in unit: an exact positive decimal.',
  })
  quantity!: string | null;

  @Field(() => String, { nullable: true, description: 'Unit of the quantity, e.g. "t", "sets".' })
  unit!: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Budget, exact, in budgetCurrency.' })
  budgetAmount!: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code of the budget.' })
  budgetCurrency!: string | null;

  @Field(() => [String], {
    description: 'ISO 3166-1 alpha-2 codes of preferred countries of origin.',
  })
  preferredCountries!: string[];

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the purchaser wants to have bought by.',
  })
  deadline!: string | null;

  @Field(() => NeedStatus, {
    description:
      "DRAFT (the purchaser's side only) → PUBLISHED (matched; exhibitors of its area see it) → CLOSED.",
  })
  status!: NeedStatus;

  @Field(() => NeedCloseReason, {
    nullable: true,
    description: 'Why it was CLOSED: FULFILLED or CANCELLED; null until then.',
  })
  closeReason!: NeedCloseReason | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was published; null while DRAFT.',
  })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, {
    nullable: true,
    description: 'When it was closed; null until CLOSED.',
  })
  closedAt!: Date | null;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to changes and decisions.',
  })
  version!: number;

  @Field(() => DateTimeScalar, { description: 'When it was drafted.' })
  createdAt!: Date;

  @Field(() => DateTimeScalar, { description: 'When it last changed.' })
  updatedAt!: Date;
}

@InputType({ description: 'A new procurement need, saved as DRAFT.' })
export class CreateProcurementNeedInput {
  @Field(() => ID, { description: 'Global ID of the purchaser the need is of.' })
  purchaserId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "An exhibition area or zone of the purchaser's expo.",
  })
  exhibitionAreaId?: string | null;

  @Field(() => String, { description: '1 to 200 characters, trimmed.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters.' })
  description?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Positive, at most 4 decimal places.',
  })
  quantity?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unit of the quantity, at most 40 characters.',
  })
  unit?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'The budget, at most 2 decimal places; given with budgetCurrency.',
  })
  budgetAmount?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; given with budgetAmount.' })
  budgetCurrency?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 codes of preferred countries of origin.',
  })
  preferredCountries?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the purchaser wants to have bought by.',
  })
  deadline?: Date | null;
}

@InputType({ description: 'Changes to a DRAFT or PUBLISHED need: only the fields given change.' })
export class UpdateProcurementNeedInput {
  @Field(() => ID, { description: 'Global ID of the need.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => ID, {
    nullable: true,
    description: "An exhibition area or zone of the purchaser's expo; null clears it.",
  })
  exhibitionAreaId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true, description: '1 to 200 characters; cannot be cleared.' })
  title?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 4000 characters; null clears it.' })
  description?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'Positive, at most 4 decimal places; null clears it.',
  })
  quantity?: string | null;

  @Field(() => String, { nullable: true, description: 'At most 40 characters; null clears it.' })
  unit?: string | null;

  @Field(() => DecimalScalar, {
    nullable: true,
    description: 'At most 2 decimal places; amount and currency go together.',
  })
  budgetAmount?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'ISO 4217 code; amount and currency go together.',
  })
  budgetCurrency?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'ISO 3166-1 alpha-2 codes; the list given replaces the old one.',
  })
  preferredCountries?: string[] | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'The day the purchaser wants to have bought by; null clears it.',
  })
  deadline?: Date | null;
}

@InputType({ description: 'Closes a need: → CLOSED, with the reason.' })
export class CloseProcurementNeedInput {
  @Field(() => ID, { description: 'Global ID of the need.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => NeedCloseReason, { description: 'FULFILLED (only once published) or CANCELLED.' })
  reason!: NeedCloseReason;
}
