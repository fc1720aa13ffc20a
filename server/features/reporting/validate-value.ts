import type { FormElement } from './load-form-items.js'
import { checkElementNumber, type NumberProblem } from '../../../common/numbers/check-element-number.js'
import type { NumberReading } from '../../../common/numbers/parse-number-text.js'
import { formatNumberText } from '../../../common/numbers/format-number-text.js'

export type ValueProblem = { code: string; message: string; message_lo: string }

/**
 * Checks a value against its element (the rule the web form applies too); text is read in the reader's number
 * convention (`lo` 1.234,5, `en` 1,234.5, `plain` for DHIS2). Messages in Lao and English, each with its own numbers.
 */
export function validateValue(el: FormElement, raw: number | string | null, reading: NumberReading = 'lo'): { value: number | null; problem?: ValueProblem } {
  if (raw === null || raw === '') return { value: null }
  const checked = checkElementNumber(el, raw, reading)
  return checked.problem ? { value: null, problem: describe(checked.problem) } : { value: checked.value }
}

const en = (n: number) => formatNumberText(n, 'en')
const lo = (n: number) => formatNumberText(n, 'lo')

function describe(p: NumberProblem): ValueProblem {
  const say = (message: string, message_lo: string) => ({ code: p.code, message, message_lo })
  switch (p.code) {
    case 'not_a_number': return say(`"${p.text}" is not a number`, `"${p.text}" ບໍ່ແມ່ນຕົວເລກ`)
    case 'ambiguous_number': return say(
      `"${p.text}" is unclear: it can be read as ${en(p.grouped)} or as ${en(p.decimal)}. For ${en(p.grouped)}, type ${p.grouped}`,
      `"${p.text}" ບໍ່ຊັດເຈນ: ອ່ານໄດ້ທັງ ${lo(p.grouped)} ແລະ ${lo(p.decimal)}. ຖ້າໝາຍເຖິງ ${lo(p.grouped)} ໃຫ້ພິມ ${p.grouped}`)
    case 'not_an_integer': return say(`${en(p.value)} must be a whole number`, `${lo(p.value)} ຕ້ອງເປັນຈຳນວນຖ້ວນ`)
    case 'too_many_decimals': return p.decimals === 0
      ? say(`${en(p.value)} must be a whole number: this item allows no decimal places`, `${lo(p.value)} ຕ້ອງເປັນຈຳນວນຖ້ວນ: ລາຍການນີ້ບໍ່ອະນຸຍາດໃຫ້ມີທົດສະນິຍົມ`)
      : say(`${en(p.value)} has too many decimal places: this item allows ${p.decimals}`, `${lo(p.value)} ມີຕຳແໜ່ງທົດສະນິຍົມຫຼາຍເກີນ: ລາຍການນີ້ອະນຸຍາດ ${p.decimals} ຕຳແໜ່ງ`)
    case 'below_minimum': return say(`${en(p.value)} is below the minimum ${en(p.min)}`, `${lo(p.value)} ຕ່ຳກວ່າຄ່າຕ່ຳສຸດ ${lo(p.min)}`)
    case 'above_maximum': return say(`${en(p.value)} is above the maximum ${en(p.max)}`, `${lo(p.value)} ສູງກວ່າຄ່າສູງສຸດ ${lo(p.max)}`)
    case 'too_large': return say(`${en(p.value)} is too large`, `${lo(p.value)} ໃຫຍ່ເກີນໄປ`)
  }
}
