import { describe, expect, it } from 'vitest'
import type { Target, TreeNode } from '../../api/types'
import { namedOptions, nodeOptions, targetOptions } from './item-options'

const lo = (b: { lo: string | null }) => b.lo ?? undefined
const target = (code: string, parts: Target[] = []) => ({ code, text: { lo: `ຄາດໝາຍ ${code}`, en: null }, parts } as unknown as Target)
const node = (code: string, kind: TreeNode['kind']) => ({ code, kind, name: { lo: code, en: null } } as TreeNode)

describe('options of the assignment picker', () => {
  it('lists target parts after their target and leaves out what the unit already answers for', () => {
    const opts = targetOptions([target('T1', [target('T1a'), target('T1b')]), target('T2')], lo, new Set(['T1b']))
    expect(opts.map((o) => o.value)).toEqual(['T1', 'T1a', 'T2'])
    expect(opts[0].label).toBe('T1 — ຄາດໝາຍ T1')
  })

  it('leaves out the placeholder group of orphaned targets, and clips long labels', () => {
    const opts = nodeOptions([node('P01', 'programme'), node('ORPHANS', 'orphan_group')], () => 'ແ'.repeat(400), new Set())
    expect(opts.map((o) => o.value)).toEqual(['P01'])
    expect(opts[0].label.length).toBe(150)
  })

  it('shows the code alone when the name is missing', () => {
    expect(namedOptions([{ code: 'IND-1', name: { lo: null, en: null } }], lo, new Set())).toEqual([{ value: 'IND-1', label: 'IND-1' }])
  })
})
