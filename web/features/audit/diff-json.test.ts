import { describe, expect, it } from 'vitest'
import { diffJson, shown } from './diff-json'

describe('diffJson', () => {
  it('names each changed leaf by its path, and skips what stayed the same', () => {
    const before = { code: 'LA-VT', name: { lo: 'ນະຄອນຫຼວງ', en: 'Capital' }, closed: false }
    const after = { code: 'LA-VT', name: { lo: 'ນະຄອນຫຼວງວຽງຈັນ', en: 'Capital' }, closed: true }
    expect(diffJson(before, after)).toEqual([
      { path: 'name.lo', change: 'changed', before: 'ນະຄອນຫຼວງ', after: 'ນະຄອນຫຼວງວຽງຈັນ' },
      { path: 'closed', change: 'changed', before: 'false', after: 'true' },
    ])
  })

  it('shows a creation as added fields and a removal as removed ones, arrays by index', () => {
    expect(diffJson(null, { role: 'lead', grants: [{ unit: 'LA-VT' }] })).toEqual([
      { path: 'role', change: 'added', after: 'lead' },
      { path: 'grants[0].unit', change: 'added', after: 'LA-VT' },
    ])
    expect(diffJson({ n: 1 }, undefined)).toEqual([{ path: 'n', change: 'removed', before: '1' }])
  })

  it('treats null and absent alike: no row between them, a dash where either is shown', () => {
    // A report's approval records reason: null where its submission had no reason at all.
    expect(diffJson({ status: 'submitted' }, { status: 'approved', reason: null })).toEqual([{ path: 'status', change: 'changed', before: 'submitted', after: 'approved' }])
    expect(diffJson({ n: null }, undefined)).toEqual([])
    const rows = diffJson({ email: null }, { email: 'a@b.la', phone: null, note: 'x' })
    expect(rows).toEqual([{ path: 'email', change: 'changed', before: null, after: 'a@b.la' }, { path: 'note', change: 'added', after: 'x' }])
    expect(rows.map((r) => [shown(r.before), shown(r.after)])).toEqual([['—', 'a@b.la'], ['—', 'x']])
  })

  it('handles a bare value and empty containers', () => {
    expect(diffJson('a', 'b')).toEqual([{ path: '(…)', change: 'changed', before: 'a', after: 'b' }])
    expect(diffJson({ list: [] }, { list: [1] })).toEqual([
      { path: 'list', change: 'removed', before: '[]' },
      { path: 'list[0]', change: 'added', after: '1' },
    ])
  })
})
