import { sql, type Kysely } from 'kysely'

// People, roles, sessions, responsibilities and the tamper-evident audit log.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Units loaded from a plan document are published; units created in the app are not, until someone publishes them.
  // The default stays `true` because the plan loader inserts units without naming this column.
  await sql`alter table org_units add column published boolean not null default true`.execute(db)
  await sql`alter table org_units add column updated_at timestamptz`.execute(db)

  await sql`
    create table users (
      id serial primary key,
      username text not null unique check (username = lower(username)),
      display_name text not null,
      email text unique check (email = lower(email)),
      oidc_subject text unique,
      password_hash text,
      must_change_password boolean not null default false,
      disabled_at timestamptz,
      failed_sign_ins int not null default 0,
      failed_window_start timestamptz,
      locked_until timestamptz,
      last_sign_in_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    )`.execute(db)

  // A grant without an org unit covers the whole system (the first administrator, DPF planners).
  await sql`
    create table role_grants (
      id serial primary key,
      user_id int not null references users(id),
      role text not null check (role in ('system_admin', 'planner', 'reporter', 'reviewer', 'viewer')),
      org_unit_id int references org_units(id),
      created_at timestamptz not null default now(),
      created_by int references users(id)
    )`.execute(db)
  await sql`create unique index role_grants_unique on role_grants (user_id, role, coalesce(org_unit_id, 0))`.execute(db)

  // Only a hash of the session token is stored, so a copy of the database does not hand out live sessions.
  await sql`
    create table sessions (
      id serial primary key,
      token_hash text not null unique,
      user_id int not null references users(id),
      csrf_token text not null,
      auth_method text not null,
      created_at timestamptz not null,
      last_seen_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz,
      revoked_reason text,
      ip text,
      user_agent text
    )`.execute(db)
  await sql`create index sessions_user on sessions (user_id)`.execute(db)

  await sql`
    create table oidc_flows (
      state text primary key,
      code_verifier text not null,
      nonce text not null,
      return_to text,
      created_at timestamptz not null
    )`.execute(db)

  // Sign-in rate-limit counters live in the database so several app processes share them.
  await sql`
    create table rate_limit_hits (
      key text primary key,
      hits int not null,
      window_start timestamptz not null
    )`.execute(db)

  await sql`
    create table responsibilities (
      id serial primary key,
      org_unit_id int not null references org_units(id),
      entity_type text not null check (entity_type in ('framework_node', 'target', 'indicator', 'data_element', 'project')),
      entity_id int not null,
      role text not null default 'lead' check (role in ('lead', 'support')),
      created_at timestamptz not null default now(),
      created_by int references users(id),
      unique (entity_type, entity_id, org_unit_id)
    )`.execute(db)
  await sql`create index responsibilities_unit on responsibilities (org_unit_id)`.execute(db)

  await sql`
    create table audit_log (
      id bigserial primary key,
      seq bigint not null unique,
      at timestamptz not null,
      actor_user_id int,
      actor_username text,
      action text not null,
      entity_type text not null,
      entity_id text,
      entity_code text,
      before jsonb,
      after jsonb,
      ip text,
      user_agent text,
      prev_hash text not null,
      hash text not null unique
    )`.execute(db)
  await sql`create index audit_log_entity on audit_log (entity_type, entity_id)`.execute(db)
  await sql`create index audit_log_actor on audit_log (actor_user_id)`.execute(db)
  await sql`create index audit_log_at on audit_log (at)`.execute(db)

  // One row holding the end of the chain: appenders lock it, so two transactions can never link to the same entry.
  await sql`
    create table audit_chain_head (
      id int primary key check (id = 1),
      seq bigint not null,
      hash text not null
    )`.execute(db)
  await sql`insert into audit_chain_head (id, seq, hash) values (1, 0, repeat('0', 64))`.execute(db)

  await sql`
    create function audit_log_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_log is append-only: % is not allowed', tg_op using errcode = 'P0001';
    end
    $$`.execute(db)
  await sql`create trigger audit_log_no_change before update or delete on audit_log for each row execute function audit_log_append_only()`.execute(db)
  await sql`create trigger audit_log_no_truncate before truncate on audit_log for each statement execute function audit_log_append_only()`.execute(db)
}
