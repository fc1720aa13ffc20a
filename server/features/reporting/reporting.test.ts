import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'
import { createOrgUnit } from '../orgunits/create-org-unit.js'
import { systemActor } from '../../platform/auth/request-actor.js'

const PLAN = 'MINI-2021-2025'
const R = `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024Q1`
let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client, reporter: Client, reporter2: Client, reviewer: Client, outsider: Client

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await createOrgUnit(t.db, systemActor('test'), { code: 'LA-XA', kind: 'province', parent: 'LAO', name: { lo: 'ໄຊຍະບູລີ' } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'vt-reporter', [{ role: 'reporter', unit: 'LA-VT' }])
  await makeUser(t.db, 'vt-reporter2', [{ role: 'reporter', unit: 'LA-VT' }])
  await makeUser(t.db, 'vt-reviewer', [{ role: 'reviewer', unit: 'LA-VT' }])
  await makeUser(t.db, 'xa-reporter', [{ role: 'reporter', unit: 'LA-XA' }])
  ;[planner, reporter, reporter2, reviewer, outsider] = await Promise.all(['planner', 'vt-reporter', 'vt-reporter2', 'vt-reviewer', 'xa-reporter'].map((u) => signIn(t.app, u)))
  const res = await planner.request('POST', '/api/v1/responsibilities', { assignments: [{ unit: 'LA-VT', type: 'node', plan: PLAN, code: 'P01' }, { unit: 'LA-VT', type: 'target', plan: PLAN, code: 'OT02' }] })
  expect(res.statusCode).toBe(200)
})
afterAll(async () => t?.close())

const form = async (c: Client = reporter) => {
  const res = await c.request('GET', R)
  expect(res.statusCode, res.body).toBe(200)
  return res.json()
}
const items = (f: any) => f.groups.flatMap((g: any) => g.items)
const act = (c: Client, action: string, version: number, body: object = {}, headers: Record<string, string> = {}) =>
  c.request('POST', `${R}/${action}`, body, { headers: { 'if-match': `"${version}"`, ...headers } })

describe('reporting forms', () => {
  it('builds the form from the unit\'s responsibilities, grouped by programme', async () => {
    const f = await form()
    expect(f.report).toMatchObject({ id: null, status: 'draft', version: 0, period: { id: '2024Q1' } })
    const codes = items(f).map((i: any) => i.code)
    expect(codes).toEqual(expect.arrayContaining(['DE-IND-GOV-EMAIL', 'DE-IND-FEMALE-INTERNET', 'DE-P01-T02.1', 'OT02']))
    expect(codes).not.toContain('P03-T01')
    expect(f.groups.map((g: any) => g.node?.code ?? null)).toContain('P01')
    expect(f.allowed).toMatchObject({ edit: true, submit: true, approve: false })
    expect(f.deadline).toBe('2024-04-15')
  })

  it('refuses a unit outside the caller\'s subtree and a period that does not fit the form', async () => {
    expect((await outsider.request('GET', R)).statusCode).toBe(403)
    expect((await outsider.request('PUT', `${R}/entries`, { values: [] })).statusCode).toBe(403)
    const wrong = await reporter.request('GET', `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2024-03`)
    expect(wrong.statusCode).toBe(422)
    expect(wrong.json().error.message_lo).toMatch(/ໄລຍະ/)
    expect((await reporter.request('GET', `/api/v1/plans/${PLAN}/reports/QUARTERLY/LA-VT/2031Q1`)).statusCode).toBe(422)
  })

  it('validates every entry, in Lao and English, and saves nothing when one is bad', async () => {
    const res = await reporter.request('PUT', `${R}/entries`, { values: [
      { element: 'DE-IND-GOV-EMAIL', value: '1,200', baseVersion: 0 },
      { element: 'DE-IND-FEMALE-INTERNET', value: 140, baseVersion: 0 },
      { element: 'DE-P01-T02.1', value: 'abc', baseVersion: 0 },
      { element: 'P03-T01', value: 1, baseVersion: 0 },
    ] })
    expect(res.statusCode).toBe(422)
    const errors = res.json().error.details.errors
    // "1,200" is 1200 the English way but 1,2 the Lao way: refused for a reader in Lao, not guessed.
    expect(errors.map((e: any) => e.code)).toEqual(['ambiguous_number', 'above_maximum', 'not_a_number', 'not_in_form'])
    expect(errors[0]).toMatchObject({ message: expect.stringContaining('1,200 or as 1.2'), message_lo: expect.stringContaining('1.200 ແລະ 1,2') })
    expect(errors[1].message_lo).toMatch(/ສູງກວ່າຄ່າສູງສຸດ/)
    expect((await form()).report.id).toBeNull()
  })

  it('reads text numbers the way of the reader\'s language, and refuses more decimals than the element keeps', async () => {
    const put = (body: unknown, lang: string) => t.app.inject({ method: 'PUT', url: `${R}/entries`, payload: body as object, headers: { cookie: `${reporter.cookie}; tidtam_lang=${lang}`, 'x-csrf-token': reporter.csrf } })
    const english = await put({ values: [{ element: 'DE-IND-GOV-EMAIL', value: '1.200', baseVersion: 0 }, { element: 'DE-IND-FEMALE-INTERNET', value: '61,55', baseVersion: 0 }] }, 'en')
    expect(english.statusCode).toBe(422)
    expect(english.json().error.details.errors.map((e: any) => [e.item, e.code])).toEqual([['DE-IND-GOV-EMAIL', 'ambiguous_number'], ['DE-IND-FEMALE-INTERNET', 'too_many_decimals']])
    const persons = await put({ values: [{ element: 'DE-IND-GOV-EMAIL', value: 2.5, baseVersion: 0 }] }, 'lo')
    expect(persons.json().error.details.errors[0]).toMatchObject({ code: 'too_many_decimals', message: expect.stringMatching(/no decimal places/), message_lo: expect.stringMatching(/^2,5 /) })
    expect((await form()).report.id).toBeNull()
  })

  it('saves values (Lao digits and separators accepted) and gives each a version', async () => {
    const res = await reporter.request('PUT', `${R}/entries`, {
      values: [{ element: 'DE-IND-GOV-EMAIL', value: '໑.໒໐໐', baseVersion: 0 }, { element: 'DE-IND-FEMALE-INTERNET', value: '61,5', baseVersion: 0 }],
      milestones: [{ target: 'OT02', status: 'on_track', percentComplete: 40, narrative: 'ຮ່າງກົດໝາຍແລ້ວ', baseVersion: 0 }],
    })
    expect(res.statusCode, res.body).toBe(200)
    expect(res.json().version).toBe(1)
    const f = await form()
    const email = items(f).find((i: any) => i.code === 'DE-IND-GOV-EMAIL')
    expect(email.entry.values).toEqual([expect.objectContaining({ option: 0, value: 1200, version: 1 })])
    expect(items(f).find((i: any) => i.code === 'OT02').entry).toMatchObject({ status: 'on_track', percentComplete: 40, version: 1 })
  })

  it('two people editing the same value: the second save gets a conflict and nothing is lost', async () => {
    const first = await reporter.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', value: 1300, baseVersion: 1 }] })
    expect(first.statusCode).toBe(200)
    const second = await reporter2.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', value: 999, baseVersion: 1 }, { element: 'DE-IND-FEMALE-INTERNET', value: 62, baseVersion: 1 }] })
    expect(second.statusCode).toBe(409)
    expect(second.json().error.details.conflicts).toEqual([expect.objectContaining({ element: 'DE-IND-GOV-EMAIL', yourBaseVersion: 1, current: expect.objectContaining({ value: 1300, version: 2 }) })])
    const f = await form()
    expect(items(f).find((i: any) => i.code === 'DE-IND-GOV-EMAIL').entry.values[0].value).toBe(1300)
    expect(items(f).find((i: any) => i.code === 'DE-IND-FEMALE-INTERNET').entry.values[0].value).toBe(61.5)
  })

  it('submit needs the version seen (428/412) and an idempotent retry acts once', async () => {
    const { report } = await form()
    expect((await reporter.request('POST', `${R}/submit`, {})).statusCode).toBe(428)
    expect((await act(reporter, 'submit', report.version - 1)).statusCode).toBe(412)
    const key = { 'idempotency-key': 'submit-2024Q1-attempt-1' }
    const a = await act(reporter, 'submit', report.version, {}, key)
    const b = await act(reporter, 'submit', report.version, {}, key)
    expect(a.statusCode, a.body).toBe(200)
    expect(b.statusCode).toBe(200)
    expect(b.json()).toEqual(a.json())
    const events = await t.db.selectFrom('report_events').select('action').where('action', '=', 'submit').execute()
    expect(events).toHaveLength(1)
    expect((await act(reporter, 'submit', report.version, { reason: 'other' }, key)).statusCode).toBe(422)
  })

  it('a submitted report cannot be edited; the reviewer is notified and returns it with a reason', async () => {
    const edit = await reporter.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', value: 5, baseVersion: 2 }] })
    expect(edit.statusCode).toBe(409)
    expect(edit.json().error.code).toBe('report_submitted')
    const notes = (await reviewer.request('GET', '/api/v1/notifications')).json()
    expect(notes.unread).toBe(1)
    expect(notes.items[0].title.lo).toMatch(/ຖືກສົ່ງ/)
    const f = await form(reviewer)
    expect(f.allowed).toMatchObject({ return: true, approve: true, edit: false })
    expect((await act(reviewer, 'return', f.report.version, { reason: '' })).statusCode).toBe(422)
    expect((await act(outsider, 'return', f.report.version, { reason: 'no' })).statusCode).toBe(403)
    const ret = await act(reviewer, 'return', f.report.version, { reason: 'ຕົວເລກອີເມວບໍ່ກົງກັບບົດລາຍງານປີກາຍ' })
    expect(ret.statusCode, ret.body).toBe(200)
    expect(ret.json().report).toMatchObject({ status: 'returned', returnReason: 'ຕົວເລກອີເມວບໍ່ກົງກັບບົດລາຍງານປີກາຍ' })
    expect((await reporter.request('GET', '/api/v1/notifications')).json().items[0].body.lo).toMatch(/ອີເມວ/)
  })

  it('the reporter corrects and resubmits; DPF approves; edits are then refused until a recorded reopening', async () => {
    let f = await form()
    const email = items(f).find((i: any) => i.code === 'DE-IND-GOV-EMAIL')
    expect((await reporter.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', value: 1250, baseVersion: email.entry.values[0].version }] })).statusCode).toBe(200)
    f = await form()
    expect((await act(reporter, 'submit', f.report.version)).statusCode).toBe(200)
    f = await form(planner)
    const ok = await act(planner, 'approve', f.report.version)
    expect(ok.statusCode, ok.body).toBe(200)
    expect(ok.json().report.status).toBe('approved')
    const refused = await reporter.request('PUT', `${R}/entries`, { values: [{ element: 'DE-IND-GOV-EMAIL', value: 1, baseVersion: 3 }] })
    expect(refused.statusCode).toBe(409)
    expect(refused.json().error).toMatchObject({ code: 'report_approved' })
    expect(refused.json().error.message_lo).toMatch(/ເປີດຄືນ/)
    expect((await act(reviewer, 'reopen', ok.json().report.version, { reason: 'ກວດຄືນ' })).statusCode).toBe(403)
    expect((await act(planner, 'lock', ok.json().report.version)).statusCode).toBe(200)
    f = await form(planner)
    const reopen = await act(planner, 'reopen', f.report.version, { reason: 'ຂໍ້ມູນເພດຍິງຕ້ອງແຍກ' })
    expect(reopen.json().report).toMatchObject({ status: 'returned', returnReason: 'ຂໍ້ມູນເພດຍິງຕ້ອງແຍກ' })
    const trail = await t.db.selectFrom('audit_log').select('action').where('entity_type', '=', 'report').orderBy('seq').execute()
    expect(trail.map((a) => a.action)).toEqual(['report.save', 'report.save', 'report.submit', 'report.return', 'report.save', 'report.submit', 'report.approve', 'report.lock', 'report.reopen'])
    expect((await form()).events.map((e: any) => e.action)).toEqual(['submit', 'return', 'submit', 'approve', 'lock', 'reopen'])
  })

  it('attaches evidence files to milestones and serves them only within scope', async () => {
    const up = await reporter.request('POST', `${R}/evidence?target=OT02&name=${encodeURIComponent('ບົດລາຍງານ.pdf')}`, Buffer.from('%PDF-1.4 test'), { headers: { 'content-type': 'application/pdf' } })
    expect(up.statusCode, up.body).toBe(201)
    const id = up.json().id
    expect(items(await form()).find((i: any) => i.code === 'OT02').entry.evidence).toEqual([expect.objectContaining({ id, fileName: 'ບົດລາຍງານ.pdf' })])
    const down = await planner.request('GET', `/api/v1/evidence/${id}`)
    expect(down.statusCode).toBe(200)
    expect(down.body).toBe('%PDF-1.4 test')
    expect((await outsider.request('GET', `/api/v1/evidence/${id}`)).statusCode).toBe(403)
    const exe = await reporter.request('POST', `${R}/evidence?target=OT02&name=x.exe`, Buffer.from('MZ'), { headers: { 'content-type': 'application/x-msdownload' } })
    expect(exe.statusCode).toBe(415)
  })

  it('lists expected reports with deadlines, overdue units and completeness', async () => {
    const cal = (await planner.request('GET', `/api/v1/plans/${PLAN}/reporting-calendar?dataSet=QUARTERLY&period=2024Q2`)).json()
    expect(cal.reports).toEqual([expect.objectContaining({ unit: expect.objectContaining({ code: 'LA-VT' }), status: 'not_started', overdue: true, deadline: '2024-07-15' })])
    expect(cal.summary).toMatchObject({ expected: 1, submitted: 0, completenessRate: 0, overdue: 1 })
    const own = (await outsider.request('GET', `/api/v1/plans/${PLAN}/reporting-calendar?dataSet=QUARTERLY&period=2024Q2`)).json()
    expect(own.reports).toEqual([])
    const list = (await reviewer.request('GET', `/api/v1/reports?plan=${PLAN}`)).json()
    expect(list.items.map((r: any) => r.unit.code)).toEqual(['LA-VT'])
    expect((await outsider.request('GET', `/api/v1/reports?plan=${PLAN}`)).json().total).toBe(0)
  })
})

describe('follow-up after the plan period', () => {
  it('without a period, follows up the plan\'s last period rather than one outside the plan', async () => {
    const cal = (await planner.request('GET', `/api/v1/plans/${PLAN}/reporting-calendar?dataSet=QUARTERLY`)).json()
    expect(cal.summary.periods).toEqual([{ dataSet: 'QUARTERLY', dataSetName: { lo: expect.any(String), en: expect.any(String) }, period: '2025Q4', deadline: '2026-01-15' }])
  })
})
