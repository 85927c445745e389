import { Field, InputType } from 'type-graphql';
import { NameText } from '../../graphql/text.js';

/**
 * The Chinese and English names a change may give (an expo edition, a delegation, a
 * sub-delegation): left out or null, a name stays; given, it must show a character. A base of
 * those changes' input types, not a type of the schema itself.
 */
@InputType()
export abstract class NameChangesInput {
  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'A new name in Chinese; left out or null, the name stays.',
  })
  nameZh?: string | null;

  @NameText()
  @Field(() => String, {
    nullable: true,
    description: 'A new name in English; left out or null, the name stays.',
  })
  nameEn?: string | null;
}
