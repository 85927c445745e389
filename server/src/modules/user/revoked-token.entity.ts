import { Entity, ManyToOne, OptionalProps, PrimaryKey, Property } from '@mikro-orm/core';
import type { Ref } from '@mikro-orm/core';
import { AppUser } from './app-user.entity.js';

@Entity({ tableName: 'revoked_token' })
export class RevokedToken {
  [OptionalProps]?: 'revokedAt';

  @PrimaryKey({ type: 'uuid' })
  jti!: string;

  @ManyToOne(() => AppUser, {
    ref: true,
    fieldName: 'user_id',
    foreignKeyName: 'revoked_token_user_id_fkey',
    deleteRule: 'cascade',
    updateRule: 'no action',
    nullable: true,
  })
  user: Ref<AppUser> | null = null;

  @Property({ type: 'Date' })
  expiresAt!: Date;

  @Property({ type: 'Date', defaultRaw: 'now()' })
  revokedAt: Date = new Date();
}
