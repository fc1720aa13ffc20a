import { describe, expect, it } from 'vitest'
import type { TreeNode } from '../../api/types'
import { buildTree, expandableCodes } from './build-tree'

const node = (code: string, kind: TreeNode['kind'], parentCode: string | null, extra: Partial<TreeNode> = {}): TreeNode => ({
  code, kind, parentCode, no: null, name: { lo: code, en: null }, src: '1', missing: false, titleMissing: false, garbled: false, targetCount: 0, ...extra,
})

describe('buildTree', () => {
  const nodes = [
    node('O1', 'outcome', null),
    node('FP1', 'focus_plan', null),
    node('P01', 'programme', 'FP1'),
    node('P02', 'programme', 'FP1', { missing: true }),
    node('FP2', 'focus_plan', null),
    node('ORPHANS-L9', 'orphan_group', 'FP2'),
    node('PT1', 'priority_task', null),
    node('PT1-B01', 'focus_bullet', 'PT1'),
    node('X1', 'programme', 'NOPE'),
  ]
  const tree = buildTree(nodes, [{ type: 'node', code: 'P02', kind: 'programme', no: 2, src: '11', note: 'lost to OCR' }])

  it('keeps document order under each parent', () => {
    expect(tree.childrenOf('FP1').map((n) => n.code)).toEqual(['P01', 'P02'])
    expect(tree.ofKind('focus_plan').map((n) => n.code)).toEqual(['FP1', 'FP2'])
  })
  it('treats a node whose parent is unknown as top level, so nothing is lost', () => {
    expect(tree.ofKind('programme').map((n) => n.code)).toEqual(['X1'])
  })
  it('finds the note of a missing node', () => {
    expect(tree.noteFor('P02')).toBe('lost to OCR')
    expect(tree.noteFor('P01')).toBeNull()
  })
  it('lists expandable nodes', () => {
    expect(expandableCodes(tree, tree.ofKind('focus_plan'))).toEqual(['FP1', 'FP2'])
  })
})
