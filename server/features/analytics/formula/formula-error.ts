import { AppError } from '../../../platform/http/errors.js'

/** A formula that cannot be read: says where (1-based character position) and what was expected, in Lao and English. */
export function formulaError(formula: string, position: number, en: string, lo: string): AppError {
  return new AppError(
    400,
    'invalid_formula',
    `Formula "${formula}", character ${position}: ${en}`,
    `ສູດ "${formula}", ຕົວອັກສອນທີ ${position}: ${lo}`,
    { position },
  )
}
