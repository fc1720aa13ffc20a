import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeUser, openAuthTestApp, signIn, type Client } from '../../test-support/auth-helpers.js'

let t: Awaited<ReturnType<typeof openAuthTestApp>>
let planner: Client
let scoped: Client
const unit = async (code: string) => t.db.selectFrom('org_units').selectAll().where('code', '=', code).executeTakeFirstOrThrow()
const actions = async (code: string) => (await t.db.selectFrom('audit_log').select('action').where('entity_code', '=', code).orderBy('seq').execute()).map((a) => a.action)
const create = (c: Client, code: string, parent: string | null, kind = 'department') => c.request('POST', '/api/v1/org-units', { code, kind, parent, name: { lo: `ຫົວໜ່ວຍ ${code}`, en: `Unit ${code}` } })

beforeAll(async () => {
  t = await openAuthTestApp({ signInRateLimit: { max: 1000, windowMs: 60_000 } })
  await makeUser(t.db, 'planner', [{ role: 'planner', unit: null }])
  await makeUser(t.db, 'minplanner', [{ role: 'planner', unit: 'MIN' }])
  await makeUser(t.db, 'reporter', [{ role: 'reporter', unit: 'DPF' }])
  planner = await signIn(t.app, 'planner')
  scoped = await signIn(t.app, 'minplanner')
})
afterAll(async () => t?.close())

describe('org units', () => {
  it('creates a unit unpublished: the public does not see it, users whose scope covers it do', async () => {
    const res = await create(planner, 'DPF-STAT', 'DPF')
    expect(res.statusCode).toBe(201)
    expect(res.json()).toMatchObject({ code: 'DPF-STAT', parentCode: 'DPF', published: false, closed: false })
    expect((await unit('DPF-STAT')).path).toBe(`${(await unit('DPF')).path}/${(await unit('DPF-STAT')).id}`)
    const codes = async (c?: Client) => ((c ? await c.request('GET', '/api/v1/org-units') : await t.app.inject({ method: 'GET', url: '/api/v1/org-units' })).json() as { code: string }[]).map((u) => u.code)
    expect(await codes()).not.toContain('DPF-STAT')
    expect(await codes(await signIn(t.app, 'reporter'))).toContain('DPF-STAT')
    expect(await codes()).toEqual(expect.arrayContaining(['MIN', 'DPF', 'LAO', 'LA-VT']))
    expect(await actions('DPF-STAT')).toEqual(['org_unit.create'])
    expect((await create(planner, 'DPF-STAT', 'DPF')).json().error.code).toBe('code_taken')
    expect((await create(planner, 'X-1', 'NOPE')).json().error).toMatchObject({ code: 'unknown_org_unit', message_lo: expect.stringContaining('NOPE') })
  })

  it('renames through a strict body: unknown fields are refused, never written', async () => {
    const ok = await planner.request('PATCH', '/api/v1/org-units/DPF-STAT', { name: { lo: 'ພະແນກສະຖິຕິ', en: 'Statistics division' }, abbr: { en: 'STAT' } })
    expect(ok.statusCode).toBe(200)
    expect(ok.json()).toMatchObject({ name: { lo: 'ພະແນກສະຖິຕິ', en: 'Statistics division' }, abbr: { en: 'STAT' } })
    for (const body of [{ published: true }, { path: '/1' }, { name: { lo: 'x' }, parent_id: 1 }]) {
      expect((await planner.request('PATCH', '/api/v1/org-units/DPF-STAT', body)).statusCode).toBe(400)
    }
    expect((await unit('DPF-STAT')).published).toBe(false)
    const entry = await t.db.selectFrom('audit_log').select(['before', 'after']).where('action', '=', 'org_unit.update').where('entity_code', '=', 'DPF-STAT').executeTakeFirstOrThrow()
    expect(entry.before).toMatchObject({ name: { en: 'Unit DPF-STAT' } })
    expect(entry.after).toMatchObject({ name: { en: 'Statistics division' } })
  })

  it('moves a unit with its whole subtree, and never under itself', async () => {
    await create(planner, 'TREE', 'MIN')
    await create(planner, 'TREE-A', 'TREE')
    await create(planner, 'TREE-A1', 'TREE-A')
    const res = await planner.request('POST', '/api/v1/org-units/TREE/move', { parent: 'LAO' })
    expect(res.statusCode).toBe(200)
    const [lao, tree, a, a1] = await Promise.all(['LAO', 'TREE', 'TREE-A', 'TREE-A1'].map(unit))
    expect(tree.path).toBe(`${lao.path}/${tree.id}`)
    expect(a.path).toBe(`${tree.path}/${a.id}`)
    expect(a1.path).toBe(`${a.path}/${a1.id}`)
    expect((await planner.request('POST', '/api/v1/org-units/TREE/move', { parent: 'TREE-A1' })).json().error.code).toBe('move_into_subtree')
    expect((await planner.request('POST', '/api/v1/org-units/TREE/move', { parent: 'TREE' })).json().error.code).toBe('move_into_subtree')
    const entry = await t.db.selectFrom('audit_log').select('after').where('action', '=', 'org_unit.move').executeTakeFirstOrThrow()
    expect(entry.after).toMatchObject({ parentCode: 'LAO', subtreeSize: 3 })
  })

  it('closes units (never deletes them) only when their sub-units are closed, and reopens them', async () => {
    expect((await planner.request('POST', '/api/v1/org-units/TREE-A/close')).json().error).toMatchObject({ code: 'has_open_children', details: { children: ['TREE-A1'] } })
    expect((await planner.request('POST', '/api/v1/org-units/TREE-A1/close')).statusCode).toBe(200)
    const closed = await planner.request('POST', '/api/v1/org-units/TREE-A/close')
    expect(closed.json()).toMatchObject({ closed: true, closedAt: expect.any(String) })
    expect((await planner.request('POST', '/api/v1/org-units/TREE-A1/reopen')).json().error.code).toBe('parent_closed')
    expect((await create(planner, 'UNDER-CLOSED', 'TREE-A')).json().error.code).toBe('parent_closed')
    expect((await planner.request('POST', '/api/v1/org-units/TREE-A/reopen')).json().closed).toBe(false)
    expect(await actions('TREE-A')).toEqual(['org_unit.create', 'org_unit.close', 'org_unit.reopen'])
  })

  it('keeps a scoped planner inside their subtree, wherever the unit or its new parent is', async () => {
    expect((await create(scoped, 'MIN-NEW', 'MIN')).statusCode).toBe(201)
    expect((await create(scoped, 'LAO-NEW', 'LAO')).statusCode).toBe(403)
    expect((await create(scoped, 'ROOT-NEW', null)).statusCode).toBe(403)
    expect((await scoped.request('POST', '/api/v1/org-units/MIN-NEW/move', { parent: 'LA-VT' })).statusCode).toBe(403)
    expect((await scoped.request('PATCH', '/api/v1/org-units/LA-VT', { name: { lo: 'x' } })).statusCode).toBe(403)
    expect((await unit('MIN-NEW')).parent_id).toBe((await unit('MIN')).id)
  })
})

describe('CSV import', () => {
  const header = 'code,kind,parent,name_lo,name_en'

  it('builds a subtree and renames existing units in one go', async () => {
    const csv = [header, 'PROV-A1,district,PROV-A,ເມືອງ ກ,District A', 'PROV-A,province,LAO,ແຂວງ ກ,Province A', 'DPF-STAT,department,DPF,ພະແນກສະຖິຕິ,Statistics'].join('\n')
    const dry = await planner.request('POST', '/api/v1/org-units/import', { csv, dryRun: true })
    expect(dry.json()).toEqual({ dryRun: true, created: ['PROV-A', 'PROV-A1'], updated: ['DPF-STAT'], moved: [], unchanged: [] })
    expect(await t.db.selectFrom('org_units').select('id').where('code', '=', 'PROV-A').executeTakeFirst()).toBeUndefined()
    const real = await planner.request('POST', '/api/v1/org-units/import', { csv })
    expect(real.statusCode).toBe(200)
    expect((await unit('PROV-A1')).path).toBe(`${(await unit('PROV-A')).path}/${(await unit('PROV-A1')).id}`)
    expect((await unit('DPF-STAT')).name_en).toBe('Statistics')
    expect(await actions('PROV-A')).toEqual(['org_unit.create'])
  })

  it('imports nothing when any row is wrong, and names each problem by line and column in Lao and English', async () => {
    const csv = [header, 'GOOD-1,department,MIN,ດີ,Good', 'bad code,department,MIN,ບໍ່ດີ,Bad', 'KIND-1,planet,MIN,ດາວ,Planet', 'ORPHAN,department,NOWHERE,ກຳພ້າ,', 'GOOD-1,department,MIN,ຊ້ຳ,Again'].join('\n')
    const res = await planner.request('POST', '/api/v1/org-units/import', { csv })
    expect(res.statusCode).toBe(400)
    const details = res.json().error.details as { row: number; column: string; code: string; message_lo: string }[]
    expect(details.map((d) => [d.row, d.column, d.code])).toEqual([[3, 'code', 'invalid_value'], [4, 'kind', 'invalid_value'], [6, 'code', 'duplicate_code']])
    expect(details.every((d) => d.message_lo.length > 0)).toBe(true)
    const second = await planner.request('POST', '/api/v1/org-units/import', { csv: [header, 'GOOD-1,department,MIN,ດີ,Good', 'ORPHAN,department,NOWHERE,ກຳພ້າ,'].join('\n') })
    expect(second.json().error.details).toEqual([expect.objectContaining({ row: 3, column: 'parent', code: 'unknown_parent', message_lo: expect.stringContaining('NOWHERE') })])
    expect(await t.db.selectFrom('org_units').select('id').where('code', '=', 'GOOD-1').executeTakeFirst()).toBeUndefined()
    const headerError = await planner.request('POST', '/api/v1/org-units/import', { csv: 'code,colour\nA,red' })
    expect(headerError.json().error.details.map((d: { code: string }) => d.code)).toEqual(['unknown_column', 'missing_column', 'missing_column'])
  })

  it('reports parents that form a cycle in the file as a cycle, not as missing parents', async () => {
    const csv = [header, 'CYC-A,department,CYC-B,ກ,A', 'CYC-B,department,CYC-A,ຂ,B', 'CYC-C,department,CYC-A,ຄ,C'].join('\n')
    const res = await planner.request('POST', '/api/v1/org-units/import', { csv, dryRun: true })
    expect(res.statusCode).toBe(400)
    const details = res.json().error.details as { row: number; column: string; code: string; message: string; message_lo: string }[]
    expect(details.map((d) => [d.row, d.column, d.code])).toEqual([[2, 'parent', 'parent_cycle'], [3, 'parent', 'parent_cycle']])
    expect(details[0].message).toContain('CYC-A → CYC-B → CYC-A')
    expect(details[0].message_lo).toContain('CYC-A → CYC-B → CYC-A')
    expect(res.json().error.message).toBe('The file has 2 problems; nothing was imported')
  })

  it('says in words that a file is empty, has no rows, or uses the wrong separator, and records nothing', async () => {
    const auditCount = async () => (await t.db.selectFrom('audit_log').select('seq').where('action', '=', 'org_unit.import').execute()).length
    const before = await auditCount()
    const problem = async (csv: string) => {
      const res = await planner.request('POST', '/api/v1/org-units/import', { csv })
      expect(res.statusCode).toBe(400)
      expect(res.json().error.message).toBe('The file has 1 problem; nothing was imported')
      return res.json().error.details[0] as { code: string; message: string; message_lo: string }
    }
    expect(await problem('')).toMatchObject({ code: 'empty', message: 'The file is empty' })
    expect(await problem('\ufeff\r\n')).toMatchObject({ code: 'empty' })
    const headerOnly = await problem(`${header}\n`)
    expect(headerOnly).toMatchObject({ code: 'no_rows', message: expect.stringContaining('no rows') })
    expect(headerOnly.message_lo.length).toBeGreaterThan(0)
    const semicolons = await problem(['code;kind;parent;name_lo', 'SEMI;department;MIN;ກ'].join('\n'))
    expect(semicolons).toMatchObject({ code: 'wrong_separator', message: expect.stringContaining('commas') })
    expect(await auditCount()).toBe(before)
    expect(await t.db.selectFrom('org_units').select('id').where('code', '=', 'SEMI').executeTakeFirst()).toBeUndefined()
  })

  it('refuses the whole file (403) when a row lies outside the caller\'s scope', async () => {
    const res = await scoped.request('POST', '/api/v1/org-units/import', { csv: [header, 'MIN-OK,department,MIN,ດີ,', 'LAO-NO,province,LAO,ບໍ່,'].join('\n') })
    expect(res.statusCode).toBe(403)
    expect(res.json().error.details).toEqual([expect.objectContaining({ row: 3, code: 'forbidden' })])
    expect(await t.db.selectFrom('org_units').select('id').where('code', '=', 'MIN-OK').executeTakeFirst()).toBeUndefined()
  })
})
