import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import { readerLanguage } from '../../platform/http/reader-language.js'
import { reportParams, type ReportParams } from '../reporting/reporting.schemas.js'
import { loadTemplateRows } from './load-template-rows.js'
import { writeTemplateXlsx } from './write-template-xlsx.js'
import { writeTemplateCsv } from './write-template-csv.js'
import { importReportFile } from './import-report-file.js'
import { exportDhis2Values } from './export-dhis2-values.js'
import { importDhis2Values } from './import-dhis2-values.js'
import { writeDhis2Csv } from './dhis2-format.js'
import { fileTooLarge, IMPORT_MAX_BYTES, IMPORT_MAX_ROWS } from './values-io-errors.js'
import { XLSX_LIMITS } from './inspect-zip.js'

const tags = ['reporting']
const REPORT = '/api/v1/plans/:code/reports/:dataSet/:unit/:period'
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
const keyOf = (p: ReportParams) => ({ plan: p.code, dataSet: p.dataSet, unit: p.unit, period: p.period })
const asBuffer = (body: unknown) => (Buffer.isBuffer(body) ? body : Buffer.alloc(0))
const attachment = (name: string) => `attachment; filename="${name.replace(/[^\w.-]/g, '_')}"`
// DHIS2 clients add their own parameters (idScheme, dryRun …); unknown ones are ignored rather than refused.
const dhis2Export = z.object({
  plan: z.string().min(1).max(60).optional().describe('plan code; may be left out when one plan has the data set'),
  dataSet: z.string().min(1).max(80).describe('data set code, e.g. QUARTERLY'),
  period: z.string().min(4).max(20).optional().describe('DHIS2 period id: 202403, 2024Q1, 2024S1, 2024'),
  orgUnit: z.string().min(1).max(60).optional().describe('org-unit code; without it, every unit the caller may read'),
  children: z.enum(['true', 'false']).optional().describe('with orgUnit: include its whole subtree'),
})
const importLimits = z.object({ maxBytes: z.number().int(), maxUnpackedBytes: z.number().int(), maxRows: z.number().int() })
const dhis2Import = z.object({ plan: z.string().min(1).max(60).optional(), dataSet: z.string().min(1).max(80).optional() })

export async function valuesIoRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db

  r.get(`${REPORT}/template.xlsx`, {
    config: { access: { permission: 'unit-data:read', unitFrom: 'params.unit' } },
    schema: { tags, params: reportParams, summary: 'The report form as an XLSX workbook to fill offline (Lao and English, current values filled in)' },
  }, async (req, reply) => {
    const data = await loadTemplateRows(db(), keyOf(req.params))
    const name = `${data.report.isDemo ? 'DEMO-' : ''}${data.report.dataSet}-${data.report.unit}-${data.report.period}.xlsx`
    return reply.header('content-type', XLSX_TYPE).header('content-disposition', attachment(name)).header('cache-control', 'no-store').send(await writeTemplateXlsx(data))
  })
  r.get(`${REPORT}/template.csv`, {
    config: { access: { permission: 'unit-data:read', unitFrom: 'params.unit' } },
    schema: { tags, params: reportParams, summary: 'The report form\'s values as CSV (UTF-8) to fill offline' },
  }, async (req, reply) => {
    const data = await loadTemplateRows(db(), keyOf(req.params))
    const name = `${data.report.isDemo ? 'DEMO-' : ''}${data.report.dataSet}-${data.report.unit}-${data.report.period}.csv`
    return reply.header('content-type', 'text/csv; charset=utf-8').header('content-disposition', attachment(name)).header('cache-control', 'no-store').send(writeTemplateCsv(data))
  })

  r.get('/api/v1/imports/limits', {
    config: { access: 'authenticated' },
    schema: { tags, response: { 200: importLimits }, summary: 'What a file import accepts: bytes uploaded, bytes unpacked (XLSX), rows' },
  }, async () => ({ maxBytes: IMPORT_MAX_BYTES, maxUnpackedBytes: XLSX_LIMITS.maxUnpackedBytes, maxRows: IMPORT_MAX_ROWS }))

  r.get('/api/v1/dhis2/dataValueSets', {
    config: { access: { permission: 'unit-data:read' } },
    schema: { tags: ['dhis2'], querystring: dhis2Export, summary: 'Saved values as a DHIS2 dataValueSets JSON document (caller\'s scope; codes as ids)' },
  }, async (req, reply) => {
    const out = await exportDhis2Values(db(), req.user!, { ...req.query, children: req.query.children === 'true' })
    return reply.header('cache-control', 'no-store').send(out.set)
  })
  r.get('/api/v1/dhis2/dataValueSets.csv', {
    config: { access: { permission: 'unit-data:read' } },
    schema: { tags: ['dhis2'], querystring: dhis2Export, summary: 'Saved values as DHIS2 dataValueSets CSV (DHIS2\'s column order; caller\'s scope)' },
  }, async (req, reply) => {
    const out = await exportDhis2Values(db(), req.user!, { ...req.query, children: req.query.children === 'true' })
    return reply.header('content-type', 'application/csv; charset=utf-8').header('content-disposition', attachment(`${out.fileName}.csv`))
      .header('x-tidtam-demo', String(out.isDemo)).header('cache-control', 'no-store').send(writeDhis2Csv(out.set.dataValues))
  })

  // Raw uploads: the body stays a Buffer, bounded by its size before anything reads it.
  await app.register(async (child) => {
    child.removeAllContentTypeParsers()
    child.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: IMPORT_MAX_BYTES }, (_req, body, done) => done(null, body))
    // A declared size over the limit is refused before a byte is read, with a message people can act on.
    child.addHook('preParsing', async (req) => {
      if (Number(req.headers['content-length'] ?? 0) > IMPORT_MAX_BYTES) throw fileTooLarge()
    })
    const c = child.withTypeProvider<ZodTypeProvider>()
    c.post(`${REPORT}/import`, {
      config: { access: { permission: 'data:enter', unitFrom: 'params.unit' } },
      bodyLimit: IMPORT_MAX_BYTES,
      schema: {
        tags, params: reportParams,
        querystring: z.strictObject({
          name: z.string().min(1).max(200).optional().describe('the file name, for the audit log'),
          lang: z.enum(['lo', 'en']).optional().describe('how numbers typed as text are read: lo = 1.234,5 ("." groups thousands, "," marks decimals), en = 1,234.5. '
            + 'Default: the reader\'s language (the tidtam_lang cookie), else lo. Numeric XLSX cells are numbers either way; text the two conventions would read as '
            + 'different numbers (1,200 for a Lao reader) is refused, as are more decimals than the element allows. Error messages come in both languages'),
        }),
        summary: 'Import a filled template (XLSX or CSV, raw body up to 20 MB), all or nothing; every bad cell is listed',
      },
    }, async (req) => importReportFile(db(), actorOf(req), keyOf(req.params), {
      name: req.query.name ?? 'upload', contentType: String(req.headers['content-type'] ?? ''), content: asBuffer(req.body),
    }, { numbers: readerLanguage(req, req.query.lang) }))
    c.post('/api/v1/dhis2/dataValueSets', {
      config: { access: { permission: 'data:enter' } },
      bodyLimit: IMPORT_MAX_BYTES,
      schema: { tags: ['dhis2'], querystring: dhis2Import, summary: 'Import a DHIS2 data value set (JSON or CSV) into one data set\'s reports, all or nothing; answers with an ImportSummary' },
    }, async (req) => importDhis2Values(db(), actorOf(req), req.query, { contentType: String(req.headers['content-type'] ?? ''), content: asBuffer(req.body) }))
  })
}
