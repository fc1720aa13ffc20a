import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Mailer } from '../../platform/mail/mailer.js'

/**
 * E-mails the notifications of a report that have not been mailed yet, to users with an address. Runs after the
 * transaction that created them has committed, so a slow or failing mail server never blocks or undoes a workflow
 * step; a notification is marked mailed only once the server accepted it (a failure leaves it for the next step).
 */
export async function emailNotifications(db: Kysely<DB>, mailer: Mailer, reportId: number): Promise<{ sent: number; failed: number }> {
  const pending = await db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id')
    .select(['n.id', 'n.title_lo', 'n.title_en', 'n.body_lo', 'u.email'])
    .where('n.report_id', '=', reportId).where('n.emailed_at', 'is', null).where('u.email', 'is not', null).where('u.disabled_at', 'is', null)
    .orderBy('n.id').execute()
  let sent = 0
  let failed = 0
  for (const n of pending) {
    const link = mailer.publicUrl ? `\n\n${mailer.publicUrl.replace(/\/$/, '')}/reports` : ''
    try {
      await mailer.send({
        to: n.email!,
        subject: `ຕິດຕາມ: ${n.title_lo}`,
        text: `${n.title_lo}${n.body_lo ? `\n${n.body_lo}` : ''}\n\n${n.title_en}${link}`,
      })
      await db.updateTable('notifications').set({ emailed_at: new Date() }).where('id', '=', n.id).execute()
      sent++
    } catch {
      failed++
    }
  }
  return { sent, failed }
}
