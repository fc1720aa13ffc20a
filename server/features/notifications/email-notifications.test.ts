import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { SMTPServer } from 'smtp-server'
import type { AddressInfo } from 'node:net'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'

const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q2`
const received: { to: string[]; data: string }[] = []
let smtp: SMTPServer
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let reporter: Client

// A real SMTP server on a local port: the app talks SMTP to it exactly as it would to the ministry's mail server.
beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true, disabledCommands: ['STARTTLS'], logger: false, disableReverseLookup: true,
    onData(stream, session, done) {
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
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } }, { mail: { smtpUrl: `smtp://127.0.0.1:${port}`, from: 'tidtam <no-reply@mtc.gov.la>', publicUrl: 'https://tidtam.example.la' } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  const reviewerId = await makeUser(t.db, 'reviewer', [{ role: 'reviewer', unit: 'LA-VT' }])
  await t.db.updateTable('users').set({ email: 'reviewer@mtc.gov.la' }).where('id', '=', reviewerId).execute()
  const planner = await signIn(t.app, 'planner')
  await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }] })
  reporter = await signIn(t.app, 'reporter')
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
})
