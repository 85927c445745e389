import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateScalar, DecimalScalar } from '../../graphql/scalars.js';
import { ExhibitionAreaKind } from './expo.enums.js';
import { NameChangesInput } from '../shared/names.input.js';

@ObjectType({
  implements: Node,
  description: 'One edition of the China International Import Expo.',
})
export class Expo extends Node {
  @Field(() => String, { description: 'Stable key, e.g. "CIIE-5".' })
  key!: string;

  @Field(() => Int, { nullable: true, description: 'Edition number (5 for the 5th CIIE).' })
  edition!: number | null;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => DateScalar)
  startsOn!: string;

  @Field(() => DateScalar)
  endsOn!: string;

  @Field(() => String, { nullable: true })
  venueZh!: string | null;

  @Field(() => String, { nullable: true })
  venueEn!: string | null;

  @Field(() => String, { nullable: true })
  website!: string | null;

  @Field(() => String, { description: 'ISO 4217 code deals are reported in (USD).' })
  reportingCurrency!: string;

  @Field(() => Int, { nullable: true, description: 'Business exhibition floor area in m².' })
  businessExhibitionAreaM2!: number | null;

  @Field(() => Int, {
    description:
      'Moves on with every change of the edition, its areas and zones and its rate table: pass it back to updateExpo.',
  })
  version!: number;
}

@ObjectType({
  implements: Node,
  description: 'An exhibition area (展区) of an expo, or a zone (专区) nested under an area.',
})
export class ExhibitionArea extends Node {
  expoId!: string;
  parentId!: string | null;

  @Field(() => String)
  key!: string;

  @Field(() => ExhibitionAreaKind)
  kind!: ExhibitionAreaKind;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;
}

/** What areas and zones alike are given by: a key, and their names. Not a type of the schema. */
@InputType()
abstract class ExhibitionPlaceInput {
  @Field(() => String, {
    description: 'Key within the edition (areas and zones alike): A-Z, 0-9 and _, 1 to 40.',
  })
  key!: string;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;
}

@InputType({ description: 'A zone (专区) nested under an exhibition area.' })
export class ExhibitionZoneInput extends ExhibitionPlaceInput {}

@InputType({
  description:
    'An exhibition area (展区) and its zones. In updateExpo, an area or zone whose key the edition has is renamed, one it has not is added; none is removed.',
})
export class ExhibitionAreaInput extends ExhibitionPlaceInput {
  @Field(() => [ExhibitionZoneInput], { nullable: true })
  zones?: ExhibitionZoneInput[] | null;
}

@InputType({ description: "One line of an edition's rate table." })
export class ExchangeRateInput {
  @Field(() => String, { description: 'ISO 4217 code, e.g. "EUR".' })
  currency!: string;

  @Field(() => DecimalScalar, {
    description:
      'USD for one unit of the currency: over 0, under 10^10, at most 10 decimal places.',
  })
  usdRate!: string;
}

@InputType({ description: 'A new expo edition, with its areas, zones and rate table.' })
export class CreateExpoInput {
  @Field(() => Int, { description: 'Edition number, e.g. 6 for the 6th CIIE; unique.' })
  edition!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Stable key: A-Z, 0-9, _ and -, 1 to 40; "CIIE-<edition>" when left out.',
  })
  key?: string | null;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String)
  nameEn!: string;

  @Field(() => DateScalar)
  startsOn!: Date | string;

  @Field(() => DateScalar, { description: 'On or after startsOn.' })
  endsOn!: Date | string;

  @Field(() => String, { nullable: true })
  venueZh?: string | null;

  @Field(() => String, { nullable: true })
  venueEn?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; USD when left out.' })
  reportingCurrency?: string | null;

  @Field(() => Int, { nullable: true, description: 'Business exhibition floor area in m².' })
  businessExhibitionAreaM2?: number | null;

  @Field(() => [ExhibitionAreaInput], { nullable: true })
  areas?: ExhibitionAreaInput[] | null;

  @Field(() => [ExchangeRateInput], { nullable: true, description: 'One line per currency.' })
  rates?: ExchangeRateInput[] | null;
}

@InputType({
  description:
    'Changes to an expo edition: the fields given change (null clears an optional one), areas and zones are added or renamed by key, rates are set per currency. A stale version is a CONFLICT.',
})
export class UpdateExpoInput extends NameChangesInput {
  @Field(() => ID)
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => Int, { nullable: true })
  edition?: number | null;

  @Field(() => DateScalar, { nullable: true })
  startsOn?: Date | string | null;

  @Field(() => DateScalar, { nullable: true })
  endsOn?: Date | string | null;

  @Field(() => String, { nullable: true })
  venueZh?: string | null;

  @Field(() => String, { nullable: true })
  venueEn?: string | null;

  @Field(() => String, { nullable: true })
  website?: string | null;

  @Field(() => String, { nullable: true })
  reportingCurrency?: string | null;

  @Field(() => Int, { nullable: true })
  businessExhibitionAreaM2?: number | null;

  @Field(() => [ExhibitionAreaInput], { nullable: true })
  areas?: ExhibitionAreaInput[] | null;

  @Field(() => [ExchangeRateInput], { nullable: true })
  rates?: ExchangeRateInput[] | null;
}
