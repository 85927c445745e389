/** The ten roles; each grant binds one to the scope the role needs. */
export enum Role {
  ADMIN = 'ADMIN',
  EXPO_BUREAU = 'EXPO_BUREAU',
  DELEGATION_OFFICE = 'DELEGATION_OFFICE',
  SUB_DELEGATION_LEAD = 'SUB_DELEGATION_LEAD',
  MEMBER_UNIT = 'MEMBER_UNIT',
  CREDIT_CHECKER = 'CREDIT_CHECKER',
  BACKGROUND_CHECKER = 'BACKGROUND_CHECKER',
  PURCHASER = 'PURCHASER',
  ANALYST = 'ANALYST',
  /** A representative of one exhibitor of one edition (the exhibitor side of matchmaking). */
  EXHIBITOR = 'EXHIBITOR',
}

export const ALL_ROLES = Object.values(Role);
