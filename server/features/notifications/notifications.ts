import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { recordAudit } from '../../platform/audit/record-audit.js'
import { auditBy, type Actor } from '../../platform/auth/request-actor.js'

export async function listNotifications(db: Kysely<DB>, userId: number, unreadOnly: boolean) {
  let q = db.selectFrom('notifications as n').leftJoin('reports as r', 'r.id', 'n.report_id').leftJoin('data_sets as d', 'd.id', 'r.data_set_id')
    .leftJoin('plans as p', 'p.id', 'd.plan_id').leftJoin('org_units as u', 'u.id', 'r.org_unit_id')
    .select(['n.id', 'n.at', 'n.kind', 'n.title_lo', 'n.title_en', 'n.body_lo', 'n.body_en', 'n.read_at', 'p.code as plan', 'd.code as data_set', 'u.code as unit', 'r.period'])
    .where('n.user_id', '=', userId)
  if (unreadOnly) q = q.where('n.read_at', 'is', null)
  const rows = await q.orderBy('n.id', 'desc').limit(100).execute()
  const unread = await db.selectFrom('notifications').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).where('read_at', 'is', null).executeTakeFirstOrThrow()
  return {
    unread: Number(unread.n),
    items: rows.map((n) => ({
      id: n.id, at: n.at.toISOString(), kind: n.kind, title: { lo: n.title_lo, en: n.title_en }, body: n.body_lo || n.body_en ? { lo: n.body_lo, en: n.body_en } : null,
      read: n.read_at !== null, report: n.plan && n.data_set && n.unit && n.period ? { plan: n.plan, dataSet: n.data_set, unit: n.unit, period: n.period } : null,
    })),
  }
}

/** Marking read is a write like any other, so it is audited (in one entry, even when nothing was unread). */
export async function markNotificationsRead(db: Kysely<DB>, actor: Actor & { kind: 'user' }, ids: number[] | undefined) {
  return db.transaction().execute(async (trx) => {
    let q = trx.updateTable('notifications').set({ read_at: new Date() }).where('user_id', '=', actor.user.id).where('read_at', 'is', null)
    if (ids) q = q.where('id', 'in', ids.length ? ids : [0])
    const marked = (await q.returning('id').execute()).map((r) => Number(r.id))
    await recordAudit(trx, { action: 'notifications.read', entityType: 'user', entityId: actor.user.id, after: { ids: marked }, ...auditBy(actor) })
    return { marked: marked.length }
  })
}
