import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { maskEmail, maskPhone, seesContactOf } from '../../auth/policy.js';
import type { Context } from '../../graphql/context.js';
import { Person } from './person.type.js';

/** Contact fields are personal data: masked unless the viewer's scope owns the record. */
@Resolver(() => Person)
export class PersonResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Masked unless your scope owns this record.',
  })
  phone(@Root() person: Person, @Ctx() ctx: Context): string | null {
    return seesContactOf(ctx.viewer, person, person.owners)
      ? person.phone
      : maskPhone(person.phone);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Masked unless your scope owns this record.',
  })
  mobile(@Root() person: Person, @Ctx() ctx: Context): string | null {
    return seesContactOf(ctx.viewer, person, person.owners)
      ? person.mobile
      : maskPhone(person.mobile);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Masked unless your scope owns this record.',
  })
  email(@Root() person: Person, @Ctx() ctx: Context): string | null {
    return seesContactOf(ctx.viewer, person, person.owners)
      ? person.email
      : maskEmail(person.email);
  }

  @FieldResolver(() => Boolean, { description: 'Whether the contact fields show masked to you.' })
  contactMasked(@Root() person: Person, @Ctx() ctx: Context): boolean {
    return !seesContactOf(ctx.viewer, person, person.owners);
  }
}
