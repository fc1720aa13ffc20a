import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import type { Permission } from '../../platform/auth/policy.js'
import { listDataSets } from './list-data-sets.js'
import { dataSetRoutes } from './data-sets.routes.js'
import { listReports } from './list-reports.js'
import { getReportForm } from './get-report-form.js'
import { saveReportEntries } from './save-report-entries.js'
import { readerLanguage } from '../../platform/http/reader-language.js'
import { transitionReport } from './transition-report.js'
import { withIdempotency } from './with-idempotency.js'
import { createMailer } from '../../platform/mail/mailer.js'
import { emailNotifications } from '../notifications/email-notifications.js'
import { getReportingCalendar } from './get-reporting-calendar.js'
import { addEvidence, EVIDENCE_MAX_BYTES, evidenceSubject, readEvidence } from './evidence.js'
import { listReportsQuery, reportParams, saveBody, transitionBody } from './reporting.schemas.js'
import type { ReportAction } from './report-workflow.js'

const tags = ['reporting']
const REPORT = '/api/v1/plans/:code/reports/:dataSet/:unit/:period'
const keyOf = (p: { code: string; dataSet: string; unit: string; period: string }) => ({ plan: p.code, dataSet: p.dataSet, unit: p.unit, period: p.period })
const header = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)
const idempotencyHeader = z.object({ 'idempotency-key': z.string().min(8).max(200).optional() })

const ACTION_PERMISSION: Record<ReportAction, Permission> = { submit: 'data:enter', return: 'reports:review', approve: 'reports:review', lock: 'reports:reopen', reopen: 'reports:reopen' }
const ACTION_SUMMARY: Record<ReportAction, string> = {
  submit: 'Submit the report for review (draft or returned → submitted)',
  return: 'Return the report to its unit with a reason (submitted → returned)',
  approve: 'Approve (submitted → approved, or to the next review level)',
  lock: 'Lock an approved report (DPF)',
  reopen: 'Reopen an approved or locked report with a reason (DPF; recorded) → returned',
}

export async function reportingRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db
  const mailer = createMailer(app.deps.mail)
  await dataSetRoutes(app)

  r.get('/api/v1/plans/:code/data-sets', {
    config: { access: { permission: 'unit-data:read' } },
    schema: { tags, params: z.strictObject({ code: z.string().min(1).max(60) }), summary: 'Reporting forms (data sets) of a plan: what is reported and how often' },
  }, (req) => listDataSets(db(), req.params.code))
  r.get('/api/v1/reports', {
    config: { access: { permission: 'unit-data:read' } },
    schema: { tags, querystring: listReportsQuery, summary: 'Reports within the caller\'s scope' },
  }, (req) => listReports(db(), req.user!, req.query))
  r.get('/api/v1/plans/:code/reporting-calendar', {
    config: { access: { permission: 'unit-data:read' } },
    schema: { tags, params: z.strictObject({ code: z.string().min(1).max(60) }), querystring: z.strictObject({ dataSet: z.string().max(80).optional(), period: z.string().max(20).optional() }), summary: 'Deadlines, expected and overdue reports by unit, completeness and timeliness (caller\'s scope)' },
  }, (req) => getReportingCalendar(db(), req.user!, req.params.code, req.query))

  r.get(REPORT, {
    config: { access: { permission: 'unit-data:read', unitFrom: 'params.unit' } },
    schema: { tags, params: reportParams, summary: 'One report form: state, allowed actions, the unit\'s items grouped by programme with entries, versions and last period\'s values' },
  }, async (req, reply) => {
    const form = await getReportForm(db(), req.user, keyOf(req.params))
    return reply.header('etag', `"${form.report.version}"`).header('cache-control', 'no-store').send(form)
  })
  r.put(`${REPORT}/entries`, {
    config: { access: { permission: 'data:enter', unitFrom: 'params.unit' } },
    bodyLimit: 8 * 1024 * 1024,
    schema: { tags, params: reportParams, headers: idempotencyHeader, body: saveBody, summary: 'Save entries, all or nothing; each carries the version it was loaded at (409 with the current values on a conflict)' },
  }, async (req) => {
    const actor = actorOf(req)
    const key = header(req.headers['idempotency-key'])
    // Numbers sent as text are read as the reader writes them (Lao 1.234,5 unless their language is English).
    const opts = { numbers: readerLanguage(req) }
    if (!key) return saveReportEntries(db(), actor, keyOf(req.params), req.body, opts)
    const { result } = await withIdempotency(db(), { userId: actor.user.id, key, request: { params: req.params, body: req.body } }, (trx) => saveReportEntries(trx, actor, keyOf(req.params), req.body, opts))
    return result
  })
  for (const action of ['submit', 'return', 'approve', 'lock', 'reopen'] as const) {
    r.post(`${REPORT}/${action}`, {
      config: { access: { permission: ACTION_PERMISSION[action], unitFrom: 'params.unit' } },
      schema: { tags, params: reportParams, headers: idempotencyHeader.extend({ 'if-match': z.string().max(40).optional() }), body: transitionBody.optional(), summary: ACTION_SUMMARY[action] },
    }, async (req) => {
      const result = await transitionReport(db(), actorOf(req), keyOf(req.params), {
        action, reason: req.body?.reason, ifMatch: header(req.headers['if-match']), idempotencyKey: header(req.headers['idempotency-key']),
      })
      // After the commit, and not awaited: the answer never waits for a mail server.
      if (mailer && result.report.id) void emailNotifications(db(), mailer, result.report.id).catch((e) => req.log.warn({ err: e }, 'notification e-mail failed'))
      return result
    })
  }

  await app.register(async (child) => {
    child.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: EVIDENCE_MAX_BYTES }, (_req, body, done) => done(null, body))
    const c = child.withTypeProvider<ZodTypeProvider>()
    c.post(`${REPORT}/evidence`, {
      config: { access: { permission: 'data:enter', unitFrom: 'params.unit' } },
      bodyLimit: EVIDENCE_MAX_BYTES,
      schema: { tags, params: reportParams, querystring: z.strictObject({ target: z.string().min(1).max(80), name: z.string().min(1).max(200) }), summary: 'Attach an evidence file (raw body, up to 10 MB) to a milestone' },
    }, async (req, reply) => reply.status(201).send(await addEvidence(db(), actorOf(req), keyOf(req.params), {
      target: req.query.target, name: req.query.name, mimeType: String(req.headers['content-type'] ?? 'application/octet-stream').split(';')[0].trim(), content: req.body as Buffer,
    })))
  })
  r.get('/api/v1/evidence/:fileId', {
    config: { access: { permission: 'unit-data:read', unitFrom: evidenceSubject } },
    schema: { tags, params: z.strictObject({ fileId: z.coerce.number().int().positive() }), summary: 'Download an evidence file' },
  }, async (req, reply) => {
    const f = await readEvidence(db(), req.params.fileId)
    return reply.header('content-type', f.mime_type).header('content-disposition', `attachment; filename*=UTF-8''${encodeURIComponent(f.file_name)}`).send(f.content)
  })
}
