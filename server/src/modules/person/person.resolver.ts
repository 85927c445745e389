import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ContactKind, seesContact } from '../../auth/masking.js';
import type { Context } from '../../graphql/context.js';
import { personOwner } from '../contact-owners.js';
import { Person } from './person.type.js';

@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => Boolean, { description: 'Whether the contact fields show masked to you.' })
  contactMasked(@Root() person: Person, @Ctx() ctx: Context): boolean {
    // phone, mobile and e-mail: the kinds a person's own fields are of
    return !seesContact(ctx.viewer, personOwner(person), ContactKind.PHONE_NUMBER);
  }
}
