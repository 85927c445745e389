import { Field, Int, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { DateScalar } from '../../graphql/scalars.js';
import { ExhibitionAreaKind } from './expo.enums.js';

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
