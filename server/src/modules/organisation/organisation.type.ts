import { Field, InputType, ObjectType } from 'type-graphql';
import { Node } from '../../graphql/relay.js';
import { OrganisationKind } from './organisation.enums.js';
import { NameText } from '../../graphql/text.js';

@ObjectType({
  implements: Node,
  description: 'A government department, association, enterprise or institution.',
})
export class Organisation extends Node {
  @Field(() => String, {
    nullable: true,
    description: 'Key in the delegation plan, e.g. "COMMERCE".',
  })
  key!: string | null;

  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String)
  nameZh!: string;

  @Field(() => String, { nullable: true })
  nameEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters.',
  })
  creditCode!: string | null;
}

@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput {
  @Field(() => OrganisationKind)
  kind!: OrganisationKind;

  @Field(() => String)
  nameZh!: string;

  @NameText()
  @Field(() => String, { nullable: true })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Validated with its check character.' })
  creditCode?: string | null;
}
