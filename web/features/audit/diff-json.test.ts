import { describe, expect, it } from 'vitest'
import { diffJson } from './diff-json'

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
    expect(diffJson({ n: null }, undefined)).toEqual([{ path: 'n', change: 'removed', before: 'null' }])
  })

  it('handles a bare value and empty containers', () => {
    expect(diffJson('a', 'b')).toEqual([{ path: '(…)', change: 'changed', before: 'a', after: 'b' }])
    expect(diffJson({ list: [] }, { list: [1] })).toEqual([
      { path: 'list', change: 'removed', before: '[]' },
      { path: 'list[0]', change: 'added', after: '1' },
    ])
  })
})
