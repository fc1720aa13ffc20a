import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import { entryHash, GENESIS_HASH } from './record-audit.js'

export type ChainBreak = { seq: number; id: number | null; problem: 'hash_mismatch' | 'broken_link' | 'missing_entry' | 'head_mismatch'; detail: string }
export type VerifyResult = { ok: true; entries: number } | { ok: false; entries: number; broken: ChainBreak }

const PAGE = 2000

/** Recomputes every entry's hash in order and checks each links to the one before, and the head to the last. */
export async function verifyAuditChain(db: Kysely<DB>): Promise<VerifyResult> {
  let prevHash = GENESIS_HASH
  let expectedSeq = 1
  for (;;) {
    const rows = await db.selectFrom('audit_log').selectAll().where('seq', '>=', expectedSeq).orderBy('seq').limit(PAGE).execute()
    for (const r of rows) {
      const seq = Number(r.seq)
      const fail = (problem: ChainBreak['problem'], detail: string): VerifyResult => ({ ok: false, entries: expectedSeq - 1, broken: { seq, id: Number(r.id), problem, detail } })
      if (seq !== expectedSeq) return { ok: false, entries: expectedSeq - 1, broken: { seq: expectedSeq, id: null, problem: 'missing_entry', detail: `entry ${expectedSeq} is missing (next is ${seq})` } }
      if (r.prev_hash !== prevHash) return fail('broken_link', `prev_hash ${r.prev_hash} does not match the previous entry's hash ${prevHash}`)
      const computed = entryHash({
        seq, at: r.at.toISOString(), actor_user_id: r.actor_user_id, actor_username: r.actor_username, action: r.action,
        entity_type: r.entity_type, entity_id: r.entity_id, entity_code: r.entity_code, before: r.before ?? null, after: r.after ?? null,
        ip: r.ip, user_agent: r.user_agent, prev_hash: r.prev_hash,
      })
      if (computed !== r.hash) return fail('hash_mismatch', `the content of entry ${seq} (${r.action} ${r.entity_type} ${r.entity_code ?? r.entity_id ?? ''}) was changed after it was written`)
      prevHash = r.hash
      expectedSeq++
    }
    if (rows.length < PAGE) break
  }
  const head = await db.selectFrom('audit_chain_head').select(['seq', 'hash']).where('id', '=', 1).executeTakeFirstOrThrow()
  if (Number(head.seq) !== expectedSeq - 1 || head.hash !== prevHash) {
    return { ok: false, entries: expectedSeq - 1, broken: { seq: Number(head.seq), id: null, problem: 'head_mismatch', detail: `the chain head says ${head.seq} entries ending in ${head.hash}; the log has ${expectedSeq - 1} ending in ${prevHash} (entries removed from the end?)` } }
  }
  return { ok: true, entries: expectedSeq - 1 }
}
