import { describe, expect, it } from 'vitest'
import type { OrgUnit } from '../../api/people-types'
import { buildUnitTree, searchUnits } from './build-unit-tree'

const unit = (code: string, parentCode: string | null, lo: string, en: string | null = null): OrgUnit => ({
  code, kind: 'other', parentCode, name: { lo, en }, abbr: { lo: null, en: null }, iso: null, reference: false, src: null, closed: false, closedAt: null, published: true,
})
const units = [
  unit('LAO', null, 'ສປປ ລາວ', 'Lao PDR'),
  unit('LA-VT', 'LAO', 'ນະຄອນຫຼວງວຽງຈັນ', 'Vientiane Capital'),
  unit('LA-VT-01', 'LA-VT', 'ເມືອງຈັນທະບູລີ', 'Chanthabuly'),
  unit('LA-LP', 'LAO', 'ແຂວງຫຼວງພະບາງ', 'Luang Prabang'),
  unit('ORPHAN', 'HIDDEN', 'ຫົວໜ່ວຍ'),
]

describe('the org-unit tree', () => {
  const tree = buildUnitTree(units)

  it('nests units under their parents; a unit with an unseen parent is a root', () => {
    expect(tree.roots.map((u) => u.code)).toEqual(['LAO', 'ORPHAN'])
    expect(tree.childrenOf('LAO').map((u) => u.code)).toEqual(['LA-VT', 'LA-LP'])
    expect([...tree.subtreeOf('LA-VT')]).toEqual(['LA-VT', 'LA-VT-01'])
  })

  it('finds a Lao word inside a name and keeps the path to it visible', () => {
    const r = searchUnits(tree, 'ຈັນທະ')
    expect([...r.matches]).toEqual(['LA-VT-01'])
    expect([...r.visible].sort()).toEqual(['LA-VT', 'LA-VT-01', 'LAO'])
  })

  it('matches codes and English names without regard to case; sara am typed in two parts still matches', () => {
    expect([...searchUnits(tree, 'la-lp').matches]).toEqual(['LA-LP'])
    expect([...searchUnits(tree, 'luang').matches]).toEqual(['LA-LP'])
    const withAm = buildUnitTree([unit('NT', null, 'ແຂວງຫຼວງນ້ຳທາ')])
    expect([...searchUnits(withAm, 'ນ\u0ECD\u0EC9\u0EB2ທາ').matches]).toEqual(['NT'])
  })
})
