import { describe, expect, it } from 'vitest'
import type { Me } from '../../api/people-types'
import { canAnywhere, canOnUnit, canSystemWide } from './permissions'

const me = (permissions: Me['permissions']) => ({ permissions } as Me)
const parents: Record<string, string | null> = { LAO: null, 'LA-VT': 'LAO', 'LA-VT-01': 'LA-VT', 'LA-LP': 'LAO', MIN: null }
const parentOf = (c: string) => parents[c]

describe('permissions seen by the web app', () => {
  it('a grant on a province covers it and its districts, not a sibling province or the country', () => {
    const reporter = me([{ permission: 'unit-data:read', units: ['LA-VT'] }])
    expect(canOnUnit(reporter, 'unit-data:read', 'LA-VT', parentOf)).toBe(true)
    expect(canOnUnit(reporter, 'unit-data:read', 'LA-VT-01', parentOf)).toBe(true)
    expect(canOnUnit(reporter, 'unit-data:read', 'LA-LP', parentOf)).toBe(false)
    expect(canOnUnit(reporter, 'unit-data:read', 'LAO', parentOf)).toBe(false)
    expect(canOnUnit(reporter, 'orgunits:manage', 'LA-VT', parentOf)).toBe(false)
    expect(canAnywhere(reporter, 'unit-data:read')).toBe(true)
    expect(canSystemWide(reporter, 'unit-data:read')).toBe(false)
  })

  it('a system-wide grant covers every unit; nobody covers anything when anonymous', () => {
    const admin = me([{ permission: 'audit:read', units: [null] }])
    expect(canOnUnit(admin, 'audit:read', 'LA-LP', parentOf)).toBe(true)
    expect(canSystemWide(admin, 'audit:read')).toBe(true)
    expect(canOnUnit(null, 'audit:read', 'LA-LP', parentOf)).toBe(false)
    expect(canAnywhere(undefined, 'audit:read')).toBe(false)
  })

  it('stops on a cycle in the parent links', () => {
    const loop = (c: string) => (c === 'A' ? 'B' : 'A')
    expect(canOnUnit(me([{ permission: 'unit-data:read', units: ['X'] }]), 'unit-data:read', 'A', loop)).toBe(false)
  })
})
