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

  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @Field(() => String, { description: 'Name in Chinese, e.g. 青海省商务厅.' })
  nameZh!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Name in English, e.g. "Qinghai Provincial Department of Commerce".',
  })
  nameEn!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Unified social credit code (统一社会信用代码, GB 32100-2015), 18 characters.',
  })
  creditCode!: string | null;
}

@InputType({ description: 'A new organisation.' })
export class CreateOrganisationInput {
  @Field(() => OrganisationKind, { description: 'What kind of body it is.' })
  kind!: OrganisationKind;

  @Field(() => String, { description: 'Name in Chinese: 1 to 200 characters.' })
  nameZh!: string;

  @NameText()
  @Field(() => String, { nullable: true, description: 'Name in English.' })
  nameEn?: string | null;

  @Field(() => String, { nullable: true, description: 'Validated with its check character.' })
  creditCode?: string | null;
}
