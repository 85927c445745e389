import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Role } from '../../auth/roles.js';
import { Node } from '../../graphql/relay.js';
import { DateTimeScalar } from '../../graphql/scalars.js';

@ObjectType({ implements: Node, description: 'Someone who signs in, holding role grants.' })
export class User extends Node {
  delegationId!: string | null;
  expoId?: string | null;

  @Field(() => String, { description: "The user's name, as shown in audit events and the UI." })
  name!: string;

  @Field(() => Boolean, {
    description: 'A disabled user cannot sign in; their tokens stop working.',
  })
  disabled!: boolean;
}

@ObjectType({ implements: Node, description: 'A role bound to its scope.' })
export class RoleGrant extends Node {
  userId!: string;
  expoId!: string | null;
  delegationId!: string | null;
  subDelegationId!: string | null;
  leadId!: string | null;
  organisationId!: string | null;
  purchaserId!: string | null;
  exhibitorId?: string | null;

  @Field(() => Role, { description: 'The role granted.' })
  role!: Role;

  @Field(() => String, { description: 'Who granted it.' })
  grantedBy!: string;
}

@ObjectType({ description: 'Who you are, and what your grants let you do.' })
export class ViewerInfo {
  @Field(() => User, { description: 'The signed-in user.' })
  user!: User;

  @Field(() => [RoleGrant], { description: "The user's role grants: what they may do, and where." })
  grants!: RoleGrant[];
}

@ObjectType({ description: 'A signed bearer token; shown once.' })
export class IssuedToken {
  @Field(() => String, {
    description:
      'The bearer token (a signed JWT): send it as `Authorization: Bearer <token>`. Shown only this once.',
  })
  token!: string;

  @Field(() => ID, { description: 'Token id, for revokeToken.' })
  jti!: string;

  @Field(() => DateTimeScalar, { description: 'When it stops working.' })
  expiresAt!: Date;
}

@InputType({
  description: "A new user, managed by a delegation's office or by an edition's EXPO_BUREAU.",
})
export class CreateUserInput {
  @Field(() => String, { description: "The user's name: 1 to 100 characters." })
  name!: string;

  @Field(() => ID, { nullable: true, description: 'The delegation whose office manages the user.' })
  delegationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "Instead of delegationId: the edition whose EXPO_BUREAU manages the user (an exhibitor's representative).",
  })
  expoId?: string | null;
}

@InputType({ description: 'A role and its scope: give exactly the scope the role is bound to.' })
export class GrantRoleInput {
  @Field(() => ID, { description: 'The user receiving the role.' })
  userId!: string;

  @Field(() => Role, { description: 'The role granted.' })
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'EXPO_BUREAU, or ANALYST of a whole expo.' })
  expoId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'DELEGATION_OFFICE, CREDIT_CHECKER, BACKGROUND_CHECKER, ANALYST, MEMBER_UNIT.',
  })
  delegationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'SUB_DELEGATION_LEAD: the sub-delegation.' })
  subDelegationId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'SUB_DELEGATION_LEAD: the lead unit (an Organisation leading the sub-delegation) the grant ' +
      'acts for; it reviews the purchasers attributed to that unit (all of them where the leads ' +
      'share one target). Required where the sub-delegation has several lead units.',
  })
  leadOrganisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'MEMBER_UNIT: the member organisation.' })
  organisationId?: string | null;

  @Field(() => ID, { nullable: true, description: 'PURCHASER.' })
  purchaserId?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      "EXHIBITOR: the exhibitor represented (the grant is bound to its edition too); granted by that edition's EXPO_BUREAU or ADMIN.",
  })
  exhibitorId?: string | null;
}

@InputType({ description: 'A bearer token for a user you manage.' })
export class IssueTokenInput {
  @Field(() => ID, { description: 'The user the token signs in as.' })
  userId!: string;

  @Field(() => Int, { defaultValue: 12, description: 'Hours until it expires (1 to 720).' })
  hours!: number;
}
