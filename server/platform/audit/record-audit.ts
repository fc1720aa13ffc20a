import crypto from 'node:crypto'
import type { Kysely, Transaction } from 'kysely'
import type { DB } from '../db/schema.js'
import { canonicalJson, toJsonValue } from './canonical-json.js'

/** Who did it: a user, or a named system actor (the plan loader, the CLI, first start). */
export type AuditActor = { userId: number | null; username: string }

export type AuditEntry = {
  /** What happened, `entity.verb`: 'org_unit.create', 'user.password_reset', 'plan.load', … */
  action: string
  entityType: string
  entityId?: string | number | null
  entityCode?: string | null
  /** The record before and after the change, as presented (plain JSON; Dates become ISO strings). */
  before?: unknown
  after?: unknown
  /** Absent: the system itself. */
  actor?: AuditActor | null
  ip?: string | null
  userAgent?: string | null
}

export const GENESIS_HASH = '0'.repeat(64)
export const SYSTEM_ACTOR: AuditActor = { userId: null, username: 'system' }

/** The fields an entry's hash covers, in the form they read back from the database. */
export type HashedFields = {
  seq: number
  at: string
  actor_user_id: number | null
  actor_username: string | null
  action: string
  entity_type: string
  entity_id: string | null
  entity_code: string | null
  before: unknown
  after: unknown
  ip: string | null
  user_agent: string | null
  prev_hash: string
}

export function entryHash(fields: HashedFields): string {
  return crypto.createHash('sha256').update(canonicalJson(fields)).digest('hex')
}

/**
 * Appends one entry to the audit chain, inside the caller's transaction so the entry exists exactly when the change
 * does. The chain head row is locked until that transaction ends, so concurrent appends queue up instead of forking.
 */
export async function recordAudit(trx: Transaction<DB>, entry: AuditEntry): Promise<{ seq: number; hash: string }> {
  if (!(trx as Kysely<DB>).isTransaction) throw new Error('recordAudit must run inside the transaction that makes the change')
  const head = await trx.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', 1).forUpdate().executeTakeFirstOrThrow()
  const actor = entry.actor ?? SYSTEM_ACTOR
  const fields: HashedFields = {
    seq: Number(head.seq) + 1,
    at: new Date().toISOString(),
    actor_user_id: actor.userId,
    actor_username: actor.username,
    action: entry.action,
    entity_type: entry.entityType,
    entity_id: entry.entityId === undefined || entry.entityId === null ? null : String(entry.entityId),
    entity_code: entry.entityCode ?? null,
    before: toJsonValue(entry.before),
    after: toJsonValue(entry.after),
    ip: entry.ip ?? null,
    user_agent: entry.userAgent?.slice(0, 500) ?? null,
    prev_hash: head.hash,
  }
  const hash = entryHash(fields)
  await trx.insertInto('audit_log').values({
    ...fields,
    before: fields.before === null ? null : JSON.stringify(fields.before),
    after: fields.after === null ? null : JSON.stringify(fields.after),
    hash,
  }).execute()
  await trx.updateTable('audit_chain_head').set({ seq: fields.seq, hash }).where('id', '=', 1).execute()
  return { seq: fields.seq, hash }
}
