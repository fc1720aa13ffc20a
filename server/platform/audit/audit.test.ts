import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql } from 'kysely'
import { openTestDatabase } from '../../test-support/test-database.js'
import { recordAudit, GENESIS_HASH, entryHash } from './record-audit.js'
import { verifyAuditChain } from './verify-audit-chain.js'

let database: Awaited<ReturnType<typeof openTestDatabase>>
const db = () => database.db
const append = (action: string, after: unknown = { n: 1 }) =>
  db().transaction().execute((trx) => recordAudit(trx, { action, entityType: 'test', entityId: 1, entityCode: 'T-1', before: null, after, actor: { userId: null, username: 'tester' }, ip: '127.0.0.1' }))

beforeAll(async () => { database = await openTestDatabase() })
afterAll(async () => database?.close())

describe('the audit log', () => {
  it('links every entry to the one before through a sha256 hash over its canonical form', async () => {
    await append('a.one', { b: 2, a: [1, { z: 'ລາວ', y: null }], when: new Date('2025-01-02T03:04:05.678Z') })
    await append('a.two')
    await append('a.three')
    const rows = await db().selectFrom('audit_log').selectAll().orderBy('seq').execute()
    expect(rows.map((r) => Number(r.seq))).toEqual([1, 2, 3])
    expect(rows[0].prev_hash).toBe(GENESIS_HASH)
    expect(rows[1].prev_hash).toBe(rows[0].hash)
    expect(rows[0].after).toEqual({ a: [1, { y: null, z: 'ລາວ' }], b: 2, when: '2025-01-02T03:04:05.678Z' })
    expect(rows[0].hash).toBe(entryHash({
      seq: 1, at: rows[0].at.toISOString(), actor_user_id: null, actor_username: 'tester', action: 'a.one', entity_type: 'test', entity_id: '1',
      entity_code: 'T-1', before: null, after: rows[0].after, ip: '127.0.0.1', user_agent: null, prev_hash: GENESIS_HASH,
    }))
    expect(await verifyAuditChain(db())).toEqual({ ok: true, entries: 3 })
  })

  it('is written with the change or not at all', async () => {
    const before = await db().selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow()
    await expect(db().transaction().execute(async (trx) => {
      await recordAudit(trx, { action: 'a.rolled_back', entityType: 'test' })
      throw new Error('the change failed')
    })).rejects.toThrow('the change failed')
    expect(await db().selectFrom('audit_chain_head').selectAll().executeTakeFirstOrThrow()).toEqual(before)
    expect(await db().selectFrom('audit_log').select('id').where('action', '=', 'a.rolled_back').execute()).toEqual([])
    await expect(recordAudit(db() as never, { action: 'x', entityType: 'test' })).rejects.toThrow(/inside the transaction/)
  })

  it('refuses UPDATE, DELETE and TRUNCATE in the database itself', async () => {
    await expect(sql`update audit_log set action = 'forged' where seq = 1`.execute(db())).rejects.toThrow(/append-only/)
    await expect(sql`delete from audit_log where seq = 1`.execute(db())).rejects.toThrow(/append-only/)
    await expect(sql`truncate audit_log`.execute(db())).rejects.toThrow(/append-only/)
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true })
  })

  it('never forks when many transactions append at once', async () => {
    const start = (await verifyAuditChain(db())).entries
    await Promise.all(Array.from({ length: 24 }, (_, i) => db().transaction().execute(async (trx) => {
      await recordAudit(trx, { action: 'a.parallel', entityType: 'test', entityId: i })
      await sql`select pg_sleep(0.01)`.execute(trx)
    })))
    const rows = await db().selectFrom('audit_log').select(['seq', 'prev_hash']).orderBy('seq').execute()
    expect(rows).toHaveLength(start + 24)
    expect(new Set(rows.map((r) => r.prev_hash)).size).toBe(rows.length)
    expect(await verifyAuditChain(db())).toEqual({ ok: true, entries: start + 24 })
  })

  it('detects an entry edited, removed in the middle or cut from the end, directly in the database', async () => {
    // What someone with database rights could do: switch the guard off, change history, switch it on again.
    const tamper = async (statement: ReturnType<typeof sql>) => {
      await db().transaction().execute(async (trx) => {
        await sql`alter table audit_log disable trigger audit_log_no_change`.execute(trx)
        await statement.execute(trx)
        await sql`alter table audit_log enable trigger audit_log_no_change`.execute(trx)
      })
    }
    const original = await db().selectFrom('audit_log').select('after').where('seq', '=', 2).executeTakeFirstOrThrow()
    await tamper(sql`update audit_log set after = '{"n": 999}'::jsonb where seq = 2`)
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, broken: { seq: 2, problem: 'hash_mismatch' } })
    await tamper(sql`update audit_log set after = ${JSON.stringify(original.after)}::jsonb where seq = 2`)
    expect(await verifyAuditChain(db())).toMatchObject({ ok: true })

    const last = Number((await db().selectFrom('audit_chain_head').select('seq').executeTakeFirstOrThrow()).seq)
    await tamper(sql`delete from audit_log where seq = ${last}`)
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, broken: { problem: 'head_mismatch' } })
    await tamper(sql`delete from audit_log where seq = 3`)
    expect(await verifyAuditChain(db())).toMatchObject({ ok: false, broken: { seq: 3, problem: 'missing_entry' } })
  })
})
