import { Migration } from '@mikro-orm/migrations';

/** Users, their role grants (each bound to exactly the scope its role needs) and revoked tokens. */
export class Migration20261128000002Access extends Migration {
  override async up(): Promise<void> {
    this.addSql(SQL);
  }

  override async down(): Promise<void> {
    this.addSql('drop table if exists revoked_token, role_grant, app_user cascade;');
  }
}

const SQL = /* sql */ `
create table app_user (
  id uuid primary key default gen_random_uuid(),
  name text not null unique check (length(name) between 1 and 200),
  person_id uuid references person (id),
  -- the delegation whose office manages this user; null for platform and expo users
  delegation_id uuid references delegation (id),
  disabled boolean not null default false,
  version int not null default 1,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);


create table role_grant (
  id uuid primary key default gen_random_uuid(),
  user_id uuid not null references app_user (id) on delete cascade,
  role text not null check (role in ('ADMIN', 'EXPO_BUREAU', 'DELEGATION_OFFICE',
    'SUB_DELEGATION_LEAD', 'MEMBER_UNIT', 'CREDIT_CHECKER', 'BACKGROUND_CHECKER', 'PURCHASER',
    'ANALYST')),
  expo_id uuid references expo (id),
  delegation_id uuid references delegation (id),
  sub_delegation_id uuid,
  organisation_id uuid references organisation (id),
  purchaser_id uuid,
  granted_by text not null,
  created_at timestamptz not null default now(),
  foreign key (sub_delegation_id, delegation_id) references sub_delegation (id, delegation_id)
    on delete cascade,
  foreign key (delegation_id, organisation_id) references member_unit (delegation_id, organisation_id)
    on delete cascade deferrable initially immediate,
  foreign key (purchaser_id, delegation_id) references purchaser (id, delegation_id)
    on delete cascade,
  -- each role carries exactly the scope it is bound to
  check (case role
    when 'ADMIN' then num_nonnulls(expo_id, delegation_id, sub_delegation_id, organisation_id, purchaser_id) = 0
    when 'EXPO_BUREAU' then expo_id is not null
      and num_nonnulls(delegation_id, sub_delegation_id, organisation_id, purchaser_id) = 0
    when 'DELEGATION_OFFICE' then delegation_id is not null
      and num_nonnulls(expo_id, sub_delegation_id, organisation_id, purchaser_id) = 0
    when 'CREDIT_CHECKER' then delegation_id is not null
      and num_nonnulls(expo_id, sub_delegation_id, organisation_id, purchaser_id) = 0
    when 'BACKGROUND_CHECKER' then delegation_id is not null
      and num_nonnulls(expo_id, sub_delegation_id, organisation_id, purchaser_id) = 0
    when 'SUB_DELEGATION_LEAD' then num_nonnulls(delegation_id, sub_delegation_id) = 2
      and num_nonnulls(expo_id, organisation_id, purchaser_id) = 0
    when 'MEMBER_UNIT' then num_nonnulls(delegation_id, organisation_id) = 2
      and num_nonnulls(expo_id, sub_delegation_id, purchaser_id) = 0
    when 'PURCHASER' then num_nonnulls(delegation_id, purchaser_id) = 2
      and num_nonnulls(expo_id, sub_delegation_id, organisation_id) = 0
    when 'ANALYST' then num_nonnulls(expo_id, delegation_id) = 1
      and num_nonnulls(sub_delegation_id, organisation_id, purchaser_id) = 0
  end)
);
create unique index role_grant_once on role_grant (user_id, role,
  coalesce(expo_id, delegation_id, '00000000-0000-0000-0000-000000000000'),
  coalesce(sub_delegation_id, organisation_id, purchaser_id, '00000000-0000-0000-0000-000000000000'));
create index role_grant_user_idx on role_grant (user_id);
create index role_grant_delegation_idx on role_grant (delegation_id);

-- revoked token ids, kept until the token would have expired anyway
create table revoked_token (
  jti uuid primary key,
  user_id uuid references app_user (id) on delete cascade,
  expires_at timestamptz not null,
  revoked_at timestamptz not null default now()
);
`;
