/** Every write the people, org-unit and responsibility pages make (bodies as the server's zod schemas expect). */
import { sendJson } from './client'
import type { AssignmentInput, Assignment, ImportResult, Me, OneTimePassword, OrgUnit, Role, User } from './people-types'

const enc = encodeURIComponent

export const signIn = (username: string, password: string) => sendJson<Me>('POST', '/v1/auth/sign-in', { username, password })
export const signOut = () => sendJson<{ ok: true }>('POST', '/v1/auth/sign-out')
export const changePassword = (currentPassword: string, newPassword: string) =>
  sendJson<{ ok: true }>('POST', '/v1/auth/password', { currentPassword, newPassword })

export type UnitNames = { name: { lo: string; en: string | null }; abbr?: { lo: string | null; en: string | null } }
export type NewUnit = UnitNames & { code: string; kind: string; parent: string | null }
export const createUnit = (body: NewUnit) => sendJson<OrgUnit>('POST', '/v1/org-units', body)
export const renameUnit = (code: string, body: UnitNames & { kind?: string }) => sendJson<OrgUnit>('PATCH', `/v1/org-units/${enc(code)}`, body)
export const moveUnit = (code: string, parent: string | null) => sendJson<OrgUnit>('POST', `/v1/org-units/${enc(code)}/move`, { parent })
export const closeUnit = (code: string) => sendJson<OrgUnit>('POST', `/v1/org-units/${enc(code)}/close`)
export const reopenUnit = (code: string) => sendJson<OrgUnit>('POST', `/v1/org-units/${enc(code)}/reopen`)
export const importUnits = (csv: string, dryRun: boolean) => sendJson<ImportResult>('POST', '/v1/org-units/import', { csv, dryRun })

export const assign = (assignments: AssignmentInput[]) =>
  sendJson<{ assigned: Assignment[]; unchanged: number }>('POST', '/v1/responsibilities', { assignments })
export const removeAssignment = (id: number) => sendJson<{ removed: number }>('DELETE', `/v1/responsibilities/${id}`)

export type NewUser = { username: string; displayName: string; email?: string | null; password?: string; grants: { role: Role; unit: string | null }[] }
export const createUser = (body: NewUser) => sendJson<OneTimePassword>('POST', '/v1/users', body)
export type UserChanges = { displayName?: string; email?: string | null; disabled?: boolean }
/** Disabling ends every session of the user at once (server side, in the same transaction). */
export const updateUser = (userId: number, changes: UserChanges) => sendJson<User>('PATCH', `/v1/users/${userId}`, changes)
export const addGrant = (userId: number, role: Role, unit: string | null) => sendJson<User>('POST', `/v1/users/${userId}/grants`, { role, unit })
export const removeGrant = (userId: number, grantId: number) => sendJson<User>('DELETE', `/v1/users/${userId}/grants/${grantId}`)
export const resetPassword = (userId: number) => sendJson<OneTimePassword>('POST', `/v1/users/${userId}/password`, {})
export const unlockUser = (userId: number) => sendJson<User>('POST', `/v1/users/${userId}/unlock`)
export const revokeSessions = (userId: number) => sendJson<{ ended: number }>('POST', `/v1/users/${userId}/sessions/revoke`, {})
