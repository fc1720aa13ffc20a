import { sql, type Kysely } from 'kysely'

// Notification e-mail as an outbox: a notification waiting for its e-mail is claimed (attempts + the time of the next
// try) before it is sent, so a failed send is tried again later with growing pauses, and two app processes never
// send the same one at once.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table notifications
      add column email_attempts int not null default 0,
      add column email_retry_at timestamptz,
      add column email_error text`.execute(db)
  await sql`create index notifications_mail_pending on notifications (id) where emailed_at is null`.execute(db)
}
