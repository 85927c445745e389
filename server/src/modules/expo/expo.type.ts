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

  @Field(() => String, { description: 'Name in Chinese, e.g. 第五届中国国际进口博览会.' })
  nameZh!: string;

  @Field(() => String, {
    description: 'Name in English, e.g. "5th China International Import Expo".',
  })
  nameEn!: string;

  @Field(() => DateScalar, { description: 'First day (a date in Shanghai).' })
  startsOn!: string;

  @Field(() => DateScalar, { description: 'Last day (a date in Shanghai).' })
  endsOn!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Venue in Chinese, e.g. 国家会展中心(上海).',
  })
  venueZh!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Venue in English, e.g. "National Exhibition and Convention Center (Shanghai)".',
  })
  venueEn!: string | null;

  @Field(() => String, { nullable: true, description: "The edition's website." })
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

  @Field(() => String, { description: 'Key within the edition, e.g. "FOOD".' })
  key!: string;

  @Field(() => ExhibitionAreaKind, { description: 'An area, or a zone nested under one.' })
  kind!: ExhibitionAreaKind;

  @Field(() => String, { description: 'Name in Chinese, e.g. 食品及农产品展区.' })
  nameZh!: string;

  @Field(() => String, { description: 'Name in English, e.g. "Food & Agricultural Products".' })
  nameEn!: string;
}

/** What areas and zones alike are given by: a key, and their names. Not a type of the schema. */
@InputType({ description: 'An exhibition area or zone of an edition, by key.' })
abstract class ExhibitionPlaceInput {
  @Field(() => String, {
    description: 'Key within the edition (areas and zones alike): A-Z, 0-9 and _, 1 to 40.',
  })
  key!: string;

  @Field(() => String, { description: 'Name in Chinese: 1 to 200 characters.' })
  nameZh!: string;

  @Field(() => String, { description: 'Name in English: 1 to 300 characters.' })
  nameEn!: string;
}

@InputType({ description: 'A zone (专区) nested under an exhibition area.' })
export class ExhibitionZoneInput extends ExhibitionPlaceInput {}

@InputType({
  description:
    'An exhibition area (展区) and its zones. In updateExpo, an area or zone whose key the edition has is renamed, one it has not is added; none is removed.',
})
export class ExhibitionAreaInput extends ExhibitionPlaceInput {
  @Field(() => [ExhibitionZoneInput], {
    nullable: true,
    description: 'Zones (专区) nested under the area.',
  })
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

  @Field(() => String, { description: 'Name in Chinese: 1 to 200 characters.' })
  nameZh!: string;

  @Field(() => String, { description: 'Name in English: 1 to 300 characters.' })
  nameEn!: string;

  @Field(() => DateScalar, { description: 'First day (a date in Shanghai).' })
  startsOn!: Date | string;

  @Field(() => DateScalar, { description: 'On or after startsOn.' })
  endsOn!: Date | string;

  @Field(() => String, { nullable: true, description: 'Venue in Chinese.' })
  venueZh?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue in English.' })
  venueEn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The edition\'s website, e.g. "www.ciie.org"; at most 500 characters.',
  })
  website?: string | null;

  @Field(() => String, { nullable: true, description: 'ISO 4217 code; USD when left out.' })
  reportingCurrency?: string | null;

  @Field(() => Int, { nullable: true, description: 'Business exhibition floor area in m².' })
  businessExhibitionAreaM2?: number | null;

  @Field(() => [ExhibitionAreaInput], {
    nullable: true,
    description: 'Exhibition areas (展区), each with its zones.',
  })
  areas?: ExhibitionAreaInput[] | null;

  @Field(() => [ExchangeRateInput], { nullable: true, description: 'One line per currency.' })
  rates?: ExchangeRateInput[] | null;
}

@InputType({
  description:
    'Changes to an expo edition: the fields given change (null clears an optional one), areas and zones are added or renamed by key, rates are set per currency. A stale version is a CONFLICT.',
})
export class UpdateExpoInput extends NameChangesInput {
  @Field(() => ID, { description: 'The edition to change.' })
  id!: string;

  @Field(() => Int, { description: 'The version you read.' })
  version!: number;

  @Field(() => Int, { nullable: true, description: 'Another edition number; unique.' })
  edition?: number | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Another first day (a date in Shanghai); not after endsOn.',
  })
  startsOn?: Date | string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Another last day (a date in Shanghai); not before startsOn.',
  })
  endsOn?: Date | string | null;

  @Field(() => String, { nullable: true, description: 'Venue in Chinese; null clears it.' })
  venueZh?: string | null;

  @Field(() => String, { nullable: true, description: 'Venue in English; null clears it.' })
  venueEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Website; null clears it.' })
  website?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Another ISO 4217 code that deals are reported in.',
  })
  reportingCurrency?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Business exhibition floor area in m²; null clears it.',
  })
  businessExhibitionAreaM2?: number | null;

  @Field(() => [ExhibitionAreaInput], {
    nullable: true,
    description: 'Areas and zones added, or renamed by key.',
  })
  areas?: ExhibitionAreaInput[] | null;

  @Field(() => [ExchangeRateInput], { nullable: true, description: 'Rates set per currency.' })
  rates?: ExchangeRateInput[] | null;
}
