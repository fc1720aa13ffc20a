import { describe, expect, it } from 'vitest'
import type { OrgUnit } from '../../api/people-types'
import { buildUnitTree } from '../orgunits/build-unit-tree'
import { NEW_GRANT, grantInput, grantProblem, reportingCoverage } from './grant-choice'

describe('choosing where a role applies', () => {
  it('starts with nothing chosen, so a bare submit grants nothing system-wide', () => {
    expect(grantProblem(NEW_GRANT)).toBe('scopeRequired')
    expect(grantInput(NEW_GRANT)).toBeNull()
  })

  it('needs a unit once "one unit" is chosen', () => {
    expect(grantProblem({ role: 'reporter', scope: 'unit', unit: null })).toBe('unitRequired')
    expect(grantInput({ role: 'reporter', scope: 'unit', unit: 'LA-VT' })).toEqual({ role: 'reporter', unit: 'LA-VT' })
  })

  it('sends no unit only when the whole system was chosen, whatever unit was picked before', () => {
    expect(grantProblem({ role: 'viewer', scope: 'system', unit: null })).toBeNull()
    expect(grantInput({ role: 'viewer', scope: 'system', unit: 'LA-VT' })).toEqual({ role: 'viewer', unit: null })
  })
})

const unit = (code: string, parentCode: string | null): OrgUnit => ({
  code, kind: 'other', parentCode, name: { lo: code, en: code }, abbr: { lo: null, en: null }, iso: null, reference: false, src: null, closed: false, closedAt: null, published: true,
})
const tree = buildUnitTree([
  unit('MTC', null), unit('DPF', 'MTC'), unit('DPF-STAT', 'DPF'), unit('NIC', 'MTC'),
  unit('LAO', null), unit('LA-VT', 'LAO'), unit('LA-VT-01', 'LA-VT'), unit('LA-LP', 'LAO'),
])

describe('which reporting units a grant reaches', () => {
  it('says a DPF reviewer reaches none of the provinces, and where they are', () => {
    expect(reportingCoverage(tree, ['LA-VT', 'LA-LP', 'LA-VT-01'], 'DPF')).toEqual({ covered: 0, total: 3, elsewhere: ['LAO'] })
  })

  it('counts the unit itself and everything under it', () => {
    expect(reportingCoverage(tree, ['DPF', 'DPF-STAT', 'LA-VT', 'NIC'], 'DPF')).toEqual({ covered: 2, total: 4, elsewhere: ['LAO', 'MTC'] })
    expect(reportingCoverage(tree, ['LA-VT', 'LA-VT-01', 'LA-LP'], 'LAO')).toEqual({ covered: 3, total: 3, elsewhere: [] })
  })

  it('ignores reporting units the caller cannot see', () => {
    expect(reportingCoverage(tree, ['LA-VT', 'ELSEWHERE'], 'LAO')).toEqual({ covered: 1, total: 1, elsewhere: [] })
  })
})
