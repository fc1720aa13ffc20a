import { describe, expect, it } from 'vitest'
import { can, scopeOf, type Grant, type Principal } from './policy.js'

const grant = (role: Grant['role'], unitPath: string | null): Grant => ({ id: 1, role, unitId: unitPath ? 1 : null, unitCode: unitPath, unitPath })
const user = (...grants: Grant[]): Principal => ({ id: 1, username: 'u', grants })

describe('policy', () => {
  it('lets a grant reach its unit and the subtree below it, never a sibling whose path merely starts the same', () => {
    const reporter = user(grant('reporter', '/1/2'))
    expect(can(reporter, 'unit-data:read', { unitPath: '/1/2' })).toBe(true)
    expect(can(reporter, 'unit-data:read', { unitPath: '/1/2/7' })).toBe(true)
    expect(can(reporter, 'unit-data:read', { unitPath: '/1/23' })).toBe(false)
    expect(can(reporter, 'unit-data:read', { unitPath: '/1' })).toBe(false)
    expect(can(reporter, 'orgunits:manage', { unitPath: '/1/2' })).toBe(false)
  })
  it('keeps system-wide subjects for system-wide grants, and asks every unit of a multi-unit subject', () => {
    expect(can(user(grant('system_admin', '/1')), 'audit:read', 'system')).toBe(false)
    expect(can(user(grant('system_admin', null)), 'audit:read', 'system')).toBe(true)
    const admin = user(grant('system_admin', '/1'), grant('system_admin', '/5'))
    expect(can(admin, 'users:manage', { unitPaths: ['/1/2', '/5'] })).toBe(true)
    expect(can(admin, 'users:manage', { unitPaths: ['/1/2', '/6'] })).toBe(false)
    expect(can(null, 'unit-data:read')).toBe(false)
  })
  it('reduces a scope to its outermost subtrees', () => {
    expect(scopeOf(user(grant('viewer', '/1'), grant('reporter', '/1/2'), grant('viewer', '/5')), 'unit-data:read')).toEqual({ all: false, paths: ['/1', '/5'] })
    expect(scopeOf(user(grant('planner', null)), 'unit-data:read')).toEqual({ all: true })
  })
})
