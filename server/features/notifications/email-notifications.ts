import { sql, type Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Mailer } from '../../platform/mail/mailer.js'

/** Tries per notification; the pauses between them double from one minute (1, 2, 4 … 64 min: about 4 hours in all). */
export const MAIL_MAX_ATTEMPTS = 8
/** Notifications older than this are not mailed any more (they stay in the app). */
const MAIL_GIVE_UP_AFTER = '3 days'
const BATCH = 50

/**
 * E-mails notifications that have not been mailed yet, to users with an address: those of one report right after its
 * workflow step, or every one that is due (the sweep, `mail-sweep.ts`). Runs after the transaction that created them
 * has committed, so a slow or failing mail server never blocks or undoes a workflow step. Each notification is first
 * claimed — its attempt counted and its next try set, in one statement that skips rows another process holds — then
 * sent; it is marked mailed only once the server accepted it, and a failure keeps the error for the next try.
 */
export async function emailNotifications(db: Kysely<DB>, mailer: Mailer, reportId?: number): Promise<{ sent: number; failed: number }> {
  const claimed = await claimDue(db, reportId)
  let sent = 0
  let failed = 0
  for (const n of claimed) {
    const link = mailer.publicUrl ? `\n\n${mailer.publicUrl.replace(/\/$/, '')}/reports` : ''
    try {
      await mailer.send({
        to: n.email,
        subject: `ຕິດຕາມ: ${n.title_lo}`,
        text: `${n.title_lo}${n.body_lo ? `\n${n.body_lo}` : ''}\n\n${n.title_en}${link}`,
      })
      await db.updateTable('notifications').set({ emailed_at: new Date(), email_error: null }).where('id', '=', n.id).execute()
      sent++
    } catch (err) {
      await db.updateTable('notifications').set({ email_error: String(err instanceof Error ? err.message : err).slice(0, 500) }).where('id', '=', n.id).execute()
      failed++
    }
  }
  return { sent, failed }
}

type Claimed = { id: number; email: string; title_lo: string; title_en: string; body_lo: string | null }

async function claimDue(db: Kysely<DB>, reportId: number | undefined): Promise<Claimed[]> {
  const forReport = reportId === undefined ? sql`` : sql`and n.report_id = ${reportId}`
  const { rows } = await sql<Claimed>`
    with due as (
      select n.id from notifications n join users u on u.id = n.user_id
      where n.emailed_at is null and u.email is not null and u.disabled_at is null
        and n.email_attempts < ${MAIL_MAX_ATTEMPTS} and (n.email_retry_at is null or n.email_retry_at <= now())
        and n.at > now() - ${MAIL_GIVE_UP_AFTER}::interval ${forReport}
      order by n.id limit ${BATCH}
      for update of n skip locked
    )
    update notifications n
      set email_attempts = n.email_attempts + 1,
          email_retry_at = now() + interval '1 minute' * power(2, n.email_attempts)
      from due, users u
      where n.id = due.id and u.id = n.user_id
      returning n.id, u.email, n.title_lo, n.title_en, n.body_lo`.execute(db)
  return rows.map((r) => ({ ...r, id: Number(r.id) }))
}
