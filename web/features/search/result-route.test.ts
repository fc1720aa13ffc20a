import { describe, expect, it } from 'vitest'
import { groupResults, routeFor } from './result-route'

describe('search result routes', () => {
  it('opens each type on its page', () => {
    expect(routeFor('node', 'P01', 'MTC')).toEqual({ to: '/plans/$code/nodes/$node', params: { code: 'MTC', node: 'P01' } })
    expect(routeFor('project', 'FP1-PJ01', 'MTC')).toMatchObject({ to: '/plans/$code/projects', search: { q: 'FP1-PJ01' } })
    expect(routeFor('series', 'SER-A7-2-1', 'MTC', { table: 'TAB-A7-2' })).toMatchObject({ search: { table: 'TAB-A7-2', row: 'SER-A7-2-1' } })
    expect(routeFor('PROJECTS-FP4', 'FP4-PJ32b', 'MTC')).toMatchObject({ search: { focusPlan: 'FP4' } })
    expect(routeFor('orgunit', 'DPF', 'MTC')).toBeNull()
  })
  it('groups results by type in a fixed order', () => {
    const g = groupResults([{ type: 'finding' }, { type: 'target' }, { type: 'node' }, { type: 'target' }])
    expect(g.map((x) => [x.type, x.items.length])).toEqual([['node', 1], ['target', 2], ['finding', 1]])
  })
})
