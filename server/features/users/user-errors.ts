import { AppError } from '../../platform/http/errors.js'

export const userNotFound = () => new AppError(404, 'not_found', 'The user was not found', 'ບໍ່ພົບຜູ້ໃຊ້')
export const grantNotFound = () => new AppError(404, 'not_found', 'The role grant was not found', 'ບໍ່ພົບສິດທິ້ນີ້')
export const unitNotFound = (code: string) => new AppError(400, 'unknown_org_unit', `There is no org unit "${code}"`, `ບໍ່ມີຫົວໜ່ວຍ "${code}"`)
export const unitClosed = (code: string) => new AppError(409, 'org_unit_closed', `The org unit "${code}" is closed`, `ຫົວໜ່ວຍ "${code}" ຖືກປິດແລ້ວ`)
export const lastAdmin = () =>
  new AppError(409, 'last_admin', 'This would leave no active system-wide administrator', 'ການກະທຳນີ້ຈະເຮັດໃຫ້ບໍ່ມີຜູ້ບໍລິຫານລະບົບທົ່ວລະບົບເຫຼືອ')
export const notYourself = () => new AppError(409, 'not_yourself', 'You cannot disable your own account', 'ທ່ານບໍ່ສາມາດປິດບັນຊີຂອງຕົນເອງ')
export const ssoNeedsIdentity = () =>
  new AppError(400, 'sso_needs_identity', 'A single sign-on account needs an e-mail or an OIDC subject', 'ບັນຊີ SSO ຕ້ອງມີອີເມວ ຫຼື OIDC subject')

const CONFLICTS: Record<string, [string, string]> = {
  users_username_key: ['This username is taken', 'ຊື່ຜູ້ໃຊ້ນີ້ມີຄົນໃຊ້ແລ້ວ'],
  users_email_key: ['This e-mail belongs to another user', 'ອີເມວນີ້ເປັນຂອງຜູ້ໃຊ້ອື່ນແລ້ວ'],
  users_oidc_subject_key: ['This OIDC subject belongs to another user', 'OIDC subject ນີ້ເປັນຂອງຜູ້ໃຊ້ອື່ນແລ້ວ'],
  role_grants_unique: ['The user already holds this role on this unit', 'ຜູ້ໃຊ້ມີບົດບາດນີ້ຢູ່ຫົວໜ່ວຍນີ້ແລ້ວ'],
}

/** A unique-constraint violation as a 409 the user can act on; anything else is rethrown. */
export function asConflict(err: unknown): never {
  const e = err as { code?: string; constraint?: string }
  const m = e?.code === '23505' && e.constraint ? CONFLICTS[e.constraint] : undefined
  if (m) throw new AppError(409, 'conflict', m[0], m[1], { constraint: e.constraint })
  throw err
}
