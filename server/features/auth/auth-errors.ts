import { AppError } from '../../platform/http/errors.js'

/**
 * The one answer to every failed sign-in — unknown user, disabled user, wrong password, locked account — so that the
 * answer never tells whether a username exists. It mentions the lock, so a locked user still knows what to do.
 */
export const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials',
    'Wrong username or password. After too many wrong passwords an account is locked for a while; an administrator can unlock it.',
    'ຊື່ຜູ້ໃຊ້ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ. ຖ້າໃສ່ລະຫັດຜ່ານຜິດຫຼາຍເທື່ອ ບັນຊີຈະຖືກລັອກໄວ້ຊົ່ວຄາວ; ຜູ້ບໍລິຫານລະບົບປົດລັອກໄດ້.')

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
