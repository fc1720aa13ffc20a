import { AppError } from '../../platform/http/errors.js'

export const dataSetNotFound = (code: string) =>
  new AppError(404, 'data_set_not_found', `Reporting form "${code}" was not found`, `ບໍ່ພົບແບບຟອມລາຍງານ "${code}"`)

export const wrongPeriodType = (period: string, frequency: string) =>
  new AppError(422, 'wrong_period_type', `Period ${period} does not match this form's frequency (${frequency})`, `ໄລຍະ ${period} ບໍ່ກົງກັບຄວາມຖີ່ຂອງແບບຟອມນີ້ (${frequency})`)

export const periodOutsidePlan = (period: string) =>
  new AppError(422, 'period_outside_plan', `Period ${period} is outside the plan period`, `ໄລຍະ ${period} ຢູ່ນອກໄລຍະຂອງແຜນ`)

export const periodNotStarted = (period: string) =>
  new AppError(422, 'period_not_started', `Period ${period} has not started yet`, `ໄລຍະ ${period} ຍັງບໍ່ທັນເລີ່ມ`)

export const unitClosed = (code: string) =>
  new AppError(422, 'unit_closed', `Unit ${code} is closed and cannot report`, `ຫົວໜ່ວຍ ${code} ຖືກປິດແລ້ວ ບໍ່ສາມາດລາຍງານໄດ້`)

const STATUS_LO: Record<string, string> = { submitted: 'ສົ່ງແລ້ວ', approved: 'ອະນຸມັດແລ້ວ', locked: 'ລັອກແລ້ວ' }

export function reportNotEditable(status: string) {
  if (status === 'approved' || status === 'locked') {
    return new AppError(409, 'report_approved', 'This report is approved; it cannot change unless DPF reopens it (the reopening is recorded)', `ບົດລາຍງານນີ້ ${STATUS_LO[status]}; ບໍ່ສາມາດແກ້ໄຂໄດ້ ນອກຈາກ ກົມແຜນການ ແລະ ການເງິນ ເປີດຄືນ (ມີບັນທຶກການເປີດຄືນ)`)
  }
  return new AppError(409, 'report_submitted', 'This report has been submitted and waits for review; it can be edited again if it is returned', 'ບົດລາຍງານນີ້ສົ່ງແລ້ວ ແລະ ລໍຖ້າການກວດກາ; ຈະແກ້ໄຂໄດ້ອີກເມື່ອຖືກສົ່ງຄືນ')
}

export const editConflict = (conflicts: unknown[]) =>
  new AppError(409, 'edit_conflict', 'Someone else changed these values since you loaded them; nothing was saved. Review their values and save again.', 'ມີຄົນອື່ນແກ້ໄຂຄ່າເຫຼົ່ານີ້ ຫຼັງຈາກທ່ານໂຫຼດ; ບໍ່ມີຫຍັງຖືກບັນທຶກ. ກະລຸນາກວດເບິ່ງຄ່າຂອງເຂົາເຈົ້າ ແລ້ວບັນທຶກອີກຄັ້ງ.', { conflicts })

export const invalidEntries = (errors: unknown[]) =>
  new AppError(422, 'invalid_entries', 'Some entries are not valid; nothing was saved', 'ມີບາງລາຍການບໍ່ຖືກຕ້ອງ; ບໍ່ມີຫຍັງຖືກບັນທຶກ', { errors })

export const versionRequired = () =>
  new AppError(428, 'version_required', 'Send the report version you saw in the If-Match header', 'ກະລຸນາສົ່ງເລກສະບັບຂອງບົດລາຍງານທີ່ທ່ານເຫັນ ໃນຫົວຂໍ້ If-Match')

export const versionMismatch = (current: number) =>
  new AppError(412, 'version_mismatch', `The report changed since you loaded it (now version ${current}); reload it`, `ບົດລາຍງານມີການປ່ຽນແປງ ຫຼັງຈາກທ່ານໂຫຼດ (ສະບັບ ${current}); ກະລຸນາໂຫຼດໃໝ່`, { currentVersion: current })

export const transitionNotAllowed = (action: string, status: string) =>
  new AppError(409, 'transition_not_allowed', `A report that is ${status} cannot be ${action}`, `ບໍ່ສາມາດ ${ACTION_LO[action] ?? action} ບົດລາຍງານທີ່ຢູ່ໃນສະຖານະ ${STATUS_NAME_LO[status] ?? status}`)

export const reasonRequired = () =>
  new AppError(422, 'reason_required', 'Give a reason (at least 3 characters)', 'ກະລຸນາໃສ່ເຫດຜົນ (ຢ່າງໜ້ອຍ 3 ຕົວອັກສອນ)')

export const idempotencyKeyReused = () =>
  new AppError(422, 'idempotency_key_reused', 'This Idempotency-Key was already used for a different request', 'Idempotency-Key ນີ້ຖືກໃຊ້ແລ້ວ ກັບຄຳຮ້ອງອື່ນ')

export const ACTION_LO: Record<string, string> = { submit: 'ສົ່ງ', return: 'ສົ່ງຄືນ', approve: 'ອະນຸມັດ', lock: 'ລັອກ', reopen: 'ເປີດຄືນ' }
export const STATUS_NAME_LO: Record<string, string> = { draft: 'ຮ່າງ', submitted: 'ສົ່ງແລ້ວ', returned: 'ຖືກສົ່ງຄືນ', approved: 'ອະນຸມັດແລ້ວ', locked: 'ລັອກແລ້ວ' }
