import { describe, expect, it } from 'vitest'
import type { FormGroup, FormItem } from '../../../api/reporting-types'
import { planPaste } from './grid'
import { layoutSections, pasteArea } from './layout'

const bi = (s: string) => ({ lo: s, en: s })
const sexes = [{ id: 1, code: 'M', name: bi('Male') }, { id: 2, code: 'F', name: bi('Female') }]
const element = (code: string, options = [] as typeof sexes): FormItem => ({
  kind: 'element', id: 1, code, name: bi(code), unit: bi(''), valueType: 'number', aggregation: 'sum', decimals: 0, min: null, max: null, src: null, options, entry: null,
})
const groups: FormGroup[] = [
  { node: { code: 'P01', kind: 'programme', name: bi('P01') }, items: [element('A', sexes), element('B'), { kind: 'milestone', id: 2, code: 'M1', name: bi('M1'), src: null, entry: null }, element('C')] },
  { node: { code: 'P12', kind: 'programme', name: bi('P12') }, items: [element('D'), element('E')] },
  { node: null, items: [element('F')] },
]

describe('layoutSections', () => {
  const { sections, maxRow, entries } = layoutSections(groups)

  it('numbers grid rows over the page, undisaggregated tables first in each section', () => {
    expect(sections.map((s) => s.tables.map((t) => t.rows.map((r) => [r.element.code, r.row])))).toEqual([
      [[['B', 0], ['C', 1]], [['A', 2]]],
      [[['D', 3], ['E', 4]]],
      [[['F', 5]]],
    ])
    expect(maxRow).toBe(5)
  })

  it('lists entries in page order: table by table, option by option, then milestones', () => {
    expect(entries.map((e) => e.key)).toEqual(['v:B:', 'v:C:', 'v:A:M', 'v:A:F', 'm:M1', 'v:D:', 'v:E:', 'v:F:'])
    expect(entries[2]).toMatchObject({ name: bi('A'), option: bi('Male') })
  })

  it('keeps a paste into the last row of a programme inside it', () => {
    const [p01Single, p01BySex] = sections[0].tables
    expect(pasteArea(p01Single)).toEqual({ lastRow: 1, cols: 1 })
    expect(pasteArea(p01BySex)).toEqual({ lastRow: 2, cols: 2 })
    // "1 2 3 4" pasted into C (P01's last single-value row) must not reach D, E (P12) or F (other items).
    const plan = planPaste({ row: 1, col: 0 }, [['1'], ['2'], ['3'], ['4']], pasteArea(p01Single))
    expect(plan.cells).toEqual([{ row: 1, col: 0, text: '1' }])
    expect(plan.skipped).toBe(3)
  })
})
