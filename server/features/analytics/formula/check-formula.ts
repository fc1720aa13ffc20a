import type { Kysely } from 'kysely'
import type { DB } from '../../../platform/db/schema.js'
import { AppError } from '../../../platform/http/errors.js'
import { formulaElements, parseFormula, type FormulaNode } from './parse-formula.js'

/** Parses a formula and checks that every element it names exists in the plan (or is shared by all plans). */
export async function checkFormula(db: Kysely<DB>, planId: number, formula: string): Promise<FormulaNode> {
  const tree = parseFormula(formula)
  const codes = formulaElements(tree)
  const found = codes.length
    ? await db.selectFrom('data_elements').select('code').where('code', 'in', codes)
      .where((eb) => eb.or([eb('plan_id', '=', planId), eb('plan_id', 'is', null)])).execute()
    : []
  const missing = codes.filter((c) => !found.some((f) => f.code === c))
  if (missing.length) {
    throw new AppError(400, 'invalid_formula', `Formula "${formula}" names unknown data elements: ${missing.join(', ')}`,
      `ສູດ "${formula}" ອ້າງເຖິງອົງປະກອບຂໍ້ມູນທີ່ບໍ່ມີ: ${missing.join(', ')}`, { missing })
  }
  return tree
}
