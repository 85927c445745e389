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

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => DecimalScalar, { nullable: true })
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

  @Field(() => DateScalar, { nullable: true })
  deadline!: string | null;

  @Field(() => NeedStatus)
  status!: NeedStatus;

  @Field(() => NeedCloseReason, { nullable: true })
  closeReason!: NeedCloseReason | null;

  @Field(() => DateTimeScalar, { nullable: true })
  publishedAt!: Date | null;

  @Field(() => DateTimeScalar, { nullable: true })
  closedAt!: Date | null;

  @Field(() => Int, {
    description: 'Changes with every write: pass it back to changes and decisions.',
  })
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;
}

@InputType({ description: 'A new procurement need, saved as DRAFT.' })
export class CreateProcurementNeedInput {
  @Field(() => ID)
  purchaserId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "An exhibition area or zone of the purchaser's expo.",
  })
  exhibitionAreaId?: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  quantity?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => DecimalScalar, { nullable: true, description: 'Given with budgetCurrency.' })
  budgetAmount?: string | null;

  @Field(() => String, { nullable: true })
  budgetCurrency?: string | null;

  @Field(() => [String], { nullable: true })
  preferredCountries?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  deadline?: Date | null;
}

@InputType({ description: 'Changes to a DRAFT or PUBLISHED need: only the fields given change.' })
export class UpdateProcurementNeedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => ID, { nullable: true })
  exhibitionAreaId?: string | null;

  @NameText()
  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  quantity?: string | null;

  @Field(() => String, { nullable: true })
  unit?: string | null;

  @Field(() => DecimalScalar, { nullable: true })
  budgetAmount?: string | null;

  @Field(() => String, { nullable: true })
  budgetCurrency?: string | null;

  @Field(() => [String], { nullable: true })
  preferredCountries?: string[] | null;

  @Field(() => DateScalar, { nullable: true })
  deadline?: Date | null;
}

@InputType()
export class CloseProcurementNeedInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => NeedCloseReason, { description: 'FULFILLED (only once published) or CANCELLED.' })
  reason!: NeedCloseReason;
}
