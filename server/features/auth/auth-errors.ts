import { AppError } from '../../platform/http/errors.js'

export const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'Wrong username or password', 'ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ')

export function accountLocked(until: Date): AppError {
  const minutes = Math.max(1, Math.ceil((until.getTime() - Date.now()) / 60_000))
  return new AppError(423, 'account_locked',
    `This account is locked after too many failed sign-ins; try again in ${minutes} minute(s) or ask an administrator to unlock it`,
    `ບັນຊີນີ້ຖືກລັອກຍ້ອນເຂົ້າລະບົບຜິດຫຼາຍເທື່ອ; ກະລຸນາລອງໃໝ່ໃນອີກ ${minutes} ນາທີ ຫຼື ຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບປົດລັອກ`,
    { lockedUntil: until.toISOString() })
}

export const wrongCurrentPassword = () =>
  new AppError(400, 'wrong_current_password', 'The current password is wrong', 'ລະຫັດຜ່ານປັດຈຸບັນບໍ່ຖືກຕ້ອງ')

export const oidcNotConfigured = () =>
  new AppError(404, 'oidc_not_configured', 'Single sign-on is not configured on this server', 'ເຊີບເວີນີ້ບໍ່ໄດ້ຕັ້ງຄ່າການເຂົ້າລະບົບແບບ SSO')

export const oidcFlowInvalid = () =>
  new AppError(400, 'oidc_flow_invalid', 'The single sign-on response is not valid or has expired; start again', 'ຄຳຕອບຈາກລະບົບ SSO ບໍ່ຖືກຕ້ອງ ຫຼື ໝົດອາຍຸ; ກະລຸນາເລີ່ມໃໝ່')

export const oidcUnknownUser = () =>
  new AppError(403, 'oidc_unknown_user', 'No tidtam account matches this single sign-on identity; ask an administrator to create one', 'ບໍ່ມີບັນຊີ tidtam ທີ່ກົງກັບຕົວຕົນ SSO ນີ້; ກະລຸນາຂໍໃຫ້ຜູ້ບໍລິຫານລະບົບສ້າງບັນຊີ')

export const noPasswordSet = () =>
  new AppError(400, 'no_password', 'This account signs in through single sign-on and has no password', 'ບັນຊີນີ້ເຂົ້າລະບົບຜ່ານ SSO ແລະ ບໍ່ມີລະຫັດຜ່ານ')
