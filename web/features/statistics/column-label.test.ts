import { describe, expect, it } from 'vitest'
import { columnLabel, groupColumns, tableForSeries } from './column-label'

const t = (key: string, o: { defaultValue: string }) => ({ 'columns.total': 'ລວມ', 'columns.projects': 'ໂຄງການ' } as Record<string, string>)[key] ?? o.defaultValue

describe('statistics columns', () => {
  it('groups "group:leaf" columns under one header', () => {
    expect(groupColumns(['projects', 'cost:domestic', 'cost:total', '2016:projects']).map((g) => [g.group, g.columns.map((c) => c.leaf)])).toEqual([
      [null, ['projects']], ['cost', ['domestic', 'total']], ['2016', ['projects']],
    ])
  })
  it('labels years, ranges and known tokens', () => {
    expect(columnLabel('2019', t)).toBe('2019')
    expect(columnLabel('total_2016_2020', t)).toBe('ລວມ 2016–2020')
    expect(columnLabel('projects', t)).toBe('ໂຄງການ')
    expect(columnLabel('state_pct', t)).toBe('state pct')
  })
  it('finds the table of a series by code', () => {
    const tables = ['TAB-A7-1', 'TAB-A7-2', 'TAB-A1', 'TAB-1']
    expect(tableForSeries('SER-A7-2-1', tables)).toBe('TAB-A7-2')
    expect(tableForSeries('SER-A1-I-2', tables)).toBe('TAB-A1')
    expect(tableForSeries('SER-1-2', tables)).toBe('TAB-1')
    expect(tableForSeries('SER-ZZ', tables)).toBeUndefined()
  })
})
