import { AppError } from '../../platform/http/errors.js'
import { PeriodError } from '../../../common/periods.js'

export const invalidPeriod = (e: PeriodError) => new AppError(400, 'invalid_period', e.en, e.lo)

export const unknownElement = (code: string) =>
  new AppError(404, 'unknown_element', `No indicator or data element "${code}" in this plan`, `ບໍ່ມີຕົວຊີ້ວັດ ຫຼື ອົງປະກອບຂໍ້ມູນ "${code}" ໃນແຜນນີ້`)

export const unitOutOfScope = (code: string) =>
  new AppError(403, 'forbidden', `Org unit "${code}" is outside the units you may read`, `ຫົວໜ່ວຍ "${code}" ຢູ່ນອກຂອບເຂດທີ່ທ່ານມີສິດເບິ່ງ`)

export const notAFocusPlan = (code: string) =>
  new AppError(404, 'not_found', `No focus plan "${code}" in this plan`, `ບໍ່ພົບແຜນວຽກຈຸດສຸມ "${code}" ໃນແຜນນີ້`)

export const periodOutsidePlan = (period: string, plan: string) =>
  new AppError(400, 'invalid_period', `Period ${period} is outside plan ${plan}`, `ໄລຍະເວລາ ${period} ຢູ່ນອກແຜນ ${plan}`)
