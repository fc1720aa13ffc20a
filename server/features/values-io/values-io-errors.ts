import { AppError } from '../../platform/http/errors.js'

export const IMPORT_MAX_BYTES = 20 * 1024 * 1024
export const IMPORT_MAX_ROWS = 300_000

export const fileTooLarge = () =>
  new AppError(413, 'file_too_large', `The file is larger than ${IMPORT_MAX_BYTES / 1024 / 1024} MB; split it into smaller files`, `ໄຟລ໌ໃຫຍ່ກວ່າ ${IMPORT_MAX_BYTES / 1024 / 1024} MB; ກະລຸນາແບ່ງເປັນຫຼາຍໄຟລ໌ນ້ອຍ`)

export const unsupportedFile = () =>
  new AppError(415, 'unsupported_file', 'Upload an XLSX workbook or a CSV file (UTF-8)', 'ກະລຸນາອັບໂຫຼດໄຟລ໌ XLSX ຫຼື ໄຟລ໌ CSV (UTF-8)')

export const oldExcelFile = () =>
  new AppError(415, 'old_excel_format', 'This is an old Excel file (.xls); save it as .xlsx and upload it again', 'ນີ້ແມ່ນໄຟລ໌ Excel ແບບເກົ່າ (.xls); ກະລຸນາບັນທຶກເປັນ .xlsx ແລ້ວອັບໂຫຼດໃໝ່')

export const emptyFile = () => new AppError(422, 'empty_file', 'The file is empty', 'ໄຟລ໌ຫວ່າງເປົ່າ')

export const notATemplate = () =>
  new AppError(422, 'not_a_template', 'No sheet has the template\'s header (a column "Element code" and a column "Value"); download the template and fill it in',
    'ບໍ່ພົບຫົວຕາຕະລາງຂອງແບບຟອມ (ຖັນ "ລະຫັດລາຍການ" ແລະ ຖັນ "ຄ່າ"); ກະລຸນາດາວໂຫຼດແບບຟອມ ແລ້ວປ້ອນຂໍ້ມູນໃສ່')

export const nothingToImport = (rows: number) =>
  new AppError(422, 'nothing_to_import', `The file has no values to import (${rows} rows read, all empty)`, `ໄຟລ໌ບໍ່ມີຄ່າທີ່ຈະນຳເຂົ້າ (ອ່ານ ${rows} ແຖວ, ຫວ່າງທັງໝົດ)`)

export const invalidFile = (errors: unknown[], counts: Record<string, number>) =>
  new AppError(422, 'invalid_file', `${errors.length} ${errors.length === 1 ? 'cell needs' : 'cells need'} fixing; nothing was saved`, `ມີ ${errors.length} ຫ້ອງທີ່ຕ້ອງແກ້ໄຂ; ບໍ່ມີຫຍັງຖືກບັນທຶກ`, { errors, ...counts })

export const fileForAnotherReport = (madeFor: Record<string, string>, expected: Record<string, string>) => {
  const d = (r: Record<string, string>) => `${r.dataSet}/${r.unit}/${r.period}`
  return new AppError(422, 'template_for_another_report', `This file was made for report ${d(madeFor)}, not ${d(expected)}; nothing was saved`,
    `ໄຟລ໌ນີ້ເຮັດສຳລັບບົດລາຍງານ ${d(madeFor)} ບໍ່ແມ່ນ ${d(expected)}; ບໍ່ມີຫຍັງຖືກບັນທຶກ`, { madeFor, expected })
}
