import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { createMailer } from '../../platform/mail/mailer.js'
import { emailNotifications, MAIL_MAX_ATTEMPTS } from './email-notifications.js'

const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q2`
const received: { to: string[]; data: string }[] = []
let smtp: SMTPServer
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let reporter: Client
let reviewer: Client
// The next message the SMTP server is given is refused with a temporary error (as a busy mail server does).
let refuseNext = false

// A real SMTP server on a local port: the app talks SMTP to it exactly as it would to the ministry's mail server.
beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false, disableReverseLookup: true,
    onData(stream, session, done) {
      if (refuseNext) {
        refuseNext = false
        stream.resume()
        stream.on('end', () => done(Object.assign(new Error('mailbox busy, try later'), { responseCode: 451 })))
        return
      }
      const chunks: Buffer[] = []
      stream.on('data', (c: Buffer) => chunks.push(c))
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), data: Buffer.concat(chunks).toString('utf8') })
        done()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const port = (smtp.server.address() as AddressInfo).port
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } }, { mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'tidtam <no-reply@mtc.gov.la>', publicUrl: 'https://tidtam.example.la', sweepEveryMs: 150 } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  const reporterId = await makeUser(t.db, 'reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  await t.db.updateTable('users').set({ email: 'reporter@vientiane.gov.la' }).where('id', '=', reporterId).execute()
  const reviewerId = await makeUser(t.db, 'reviewer', [{ role: 'reviewer', unit: 'LA-VT' }])
  await t.db.updateTable('users').set({ email: 'reviewer@mtc.gov.la' }).where('id', '=', reviewerId).execute()
  const planner = await signIn(t.app, 'planner')
  await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }] })
  reporter = await signIn(t.app, 'reporter')
  reviewer = await signIn(t.app, 'reviewer')
})
afterAll(async () => {
  await t?.close()
  await new Promise<void>((resolve) => smtp.close(() => resolve()))
})

async function waitFor<T>(read: () => Promise<T | undefined> | T | undefined, ms = 5000): Promise<T> {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 50))) {
    const v = await read()
    if (v !== undefined) return v
  }
  throw new Error('timed out')
}

describe('notification e-mail', () => {
  it('mails the reviewer (who has an address) when a report is submitted, and marks it mailed', async () => {
    const saved = await reporter.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', value: 10, baseVersion: 0 }] })
    expect(saved.statusCode).toBe(200)
    const res = await reporter.request('POST', `${R}/submit`, {}, { headers: { 'if-match': `"${saved.json().version}"` } })
    expect(res.statusCode, res.body).toBe(200)
    const mail = await waitFor(() => received[0])
    expect(mail.to).toEqual(['reviewer@mtc.gov.la'])
    expect(mail.data).toMatch(/Subject: =\?UTF-8\?/)
    expect(mail.data).toMatch(/submitted/)
    expect(mail.data).toContain('https://tidtam.example.la/reports')
    const mailedAt = await waitFor(async () => (await t.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('n.emailed_at')
      .where('n.report_id', '=', res.json().report.id).where('u.username', '=', 'reviewer').executeTakeFirst())?.emailed_at ?? undefined)
    expect(mailedAt).toBeInstanceOf(Date)
    // The planner has no address: notified in the app only.
    const planner = await t.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id').select('n.emailed_at').where('u.username', '=', 'planner').executeTakeFirstOrThrow()
    expect(planner.emailed_at).toBeNull()
    expect(received).toHaveLength(1)
  })

  it('tries a refused e-mail again after a pause, from the sweep, and sends it once', async () => {
    const report = await reporter.request('GET', R)
    refuseNext = true
    const ret = await reviewer.request('POST', `${R}/return`, { reason: 'ກະລຸນາກວດຄືນ' }, { headers: { 'if-match': `"${report.json().report.version}"` } })
    expect(ret.statusCode, ret.body).toBe(200)
    const row = () => t.db.selectFrom('notifications as n').innerJoin('users as u', 'u.id', 'n.user_id')
      .select(['n.id', 'n.emailed_at', 'n.email_attempts', 'n.email_retry_at', 'n.email_error'])
      .where('u.username', '=', 'reporter').where('n.kind', '=', 'report.return').executeTakeFirstOrThrow()
    // The first try (right after the step) was refused: counted, the error kept, the next try a minute away.
    const failed = await waitFor(async () => { const r = await row(); return r.email_error ? r : undefined })
    expect(failed).toMatchObject({ emailed_at: null, email_attempts: 1 })
    expect(failed.email_error).toMatch(/busy/)
    expect(failed.email_retry_at!.getTime()).toBeGreaterThan(Date.now() + 30_000)
    // Before the pause is over neither a direct call nor the sweep (every 150 ms here) sends it.
    const mailer = createMailer(t.app.deps.mail)!
    expect(await emailNotifications(t.db, mailer)).toEqual({ sent: 0, failed: 0 })
    await new Promise((r) => setTimeout(r, 400))
    expect(received.filter((m) => m.to.includes('reporter@vientiane.gov.la'))).toHaveLength(0)
    // The pause is over: the sweep (nobody else is asked here) sends it.
    await t.db.updateTable('notifications').set({ email_retry_at: new Date(Date.now() - 1000) }).where('id', '=', failed.id).execute()
    const mail = await waitFor(() => received.find((m) => m.to.includes('reporter@vientiane.gov.la')))
    expect(mail.data).toMatch(/returned/)
    const sent = await waitFor(async () => { const r = await row(); return r.emailed_at ? r : undefined })
    expect(sent).toMatchObject({ email_attempts: 2, email_error: null })
  })

  it('sends a due notification once however many callers race for it', async () => {
    const reporterId = (await t.db.selectFrom('users').select('id').where('username', '=', 'reporter').executeTakeFirstOrThrow()).id
    await t.db.insertInto('notifications').values({ user_id: reporterId, kind: 'report.approve', title_lo: 'ອະນຸມັດແລ້ວ', title_en: 'race test' }).execute()
    const mailer = createMailer(t.app.deps.mail)!
    // Three callers and the sweep at once.
    await Promise.all([emailNotifications(t.db, mailer), emailNotifications(t.db, mailer), emailNotifications(t.db, mailer)])
    await waitFor(() => received.find((m) => m.data.includes('race test')))
    await new Promise((r) => setTimeout(r, 500))
    expect(received.filter((m) => m.data.includes('race test'))).toHaveLength(1)
  })

  it('stops trying after the last attempt, and never mails notifications days old', async () => {
    const reporterId = (await t.db.selectFrom('users').select('id').where('username', '=', 'reporter').executeTakeFirstOrThrow()).id
    const base = { user_id: reporterId, kind: 'report.approve', title_lo: 'ທົດລອງ', title_en: 'test', email_retry_at: null }
    const ids = await t.db.insertInto('notifications').values([
      { ...base, email_attempts: MAIL_MAX_ATTEMPTS },
      { ...base, at: new Date(Date.now() - 4 * 24 * 3600_000) },
    ]).returning('id').execute()
    const mailer = createMailer(t.app.deps.mail)!
    expect(await emailNotifications(t.db, mailer)).toEqual({ sent: 0, failed: 0 })
    const rows = await t.db.selectFrom('notifications').select(['emailed_at', 'email_attempts']).where('id', 'in', ids.map((r) => r.id)).orderBy('id').execute()
    expect(rows).toEqual([{ emailed_at: null, email_attempts: MAIL_MAX_ATTEMPTS }, { emailed_at: null, email_attempts: 0 }])
  })
})
