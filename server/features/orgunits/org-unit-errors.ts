import { AppError } from '../../platform/http/errors.js'

export const orgUnitNotFound = (code: string) => new AppError(404, 'not_found', `There is no org unit "${code}"`, `ບໍ່ມີຫົວໜ່ວຍ "${code}"`)
export const unknownParent = (code: string) => new AppError(400, 'unknown_parent', `The parent org unit "${code}" does not exist`, `ບໍ່ມີຫົວໜ່ວຍແມ່ "${code}"`)
export const parentClosed = (code: string) => new AppError(409, 'parent_closed', `The parent org unit "${code}" is closed`, `ຫົວໜ່ວຍແມ່ "${code}" ຖືກປິດແລ້ວ`)
export const unitClosed = (code: string) => new AppError(409, 'org_unit_closed', `The org unit "${code}" is closed; reopen it first`, `ຫົວໜ່ວຍ "${code}" ຖືກປິດແລ້ວ; ກະລຸນາເປີດຄືນກ່ອນ`)
export const codeTaken = (code: string) => new AppError(409, 'code_taken', `The code "${code}" is already used by another org unit`, `ລະຫັດ "${code}" ຖືກໃຊ້ໂດຍຫົວໜ່ວຍອື່ນແລ້ວ`)
export const moveIntoItself = (code: string) =>
  new AppError(409, 'move_into_subtree', `"${code}" cannot move under itself or one of its sub-units`, `ບໍ່ສາມາດຍ້າຍ "${code}" ໄປຢູ່ກ້ອງຕົວມັນເອງ ຫຼື ຫົວໜ່ວຍຍ່ອຍຂອງມັນ`)
export const hasOpenChildren = (code: string, children: string[]) =>
  new AppError(409, 'has_open_children', `"${code}" still has open sub-units (${children.join(', ')}); close or move them first`, `"${code}" ຍັງມີຫົວໜ່ວຍຍ່ອຍທີ່ເປີດຢູ່ (${children.join(', ')}); ກະລຸນາປິດ ຫຼື ຍ້າຍອອກກ່ອນ`, { children })
export const notClosed = (code: string) => new AppError(409, 'not_closed', `"${code}" is not closed`, `"${code}" ບໍ່ໄດ້ຖືກປິດ`)
