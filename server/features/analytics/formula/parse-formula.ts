import { formulaError } from './formula-error.js'

/**
 * Indicator formulas: arithmetic over data element codes, e.g. `100 * {DE-A} / {DE-B}`. Numbers (`12`, `0.5`),
 * element references in braces, + - * /, unary minus and parentheses; nothing else. Parsed here into a tree — never
 * evaluated as code.
 */
export type FormulaNode =
  | { kind: 'number'; value: number }
  | { kind: 'element'; code: string }
  | { kind: 'negate'; operand: FormulaNode }
  | { kind: 'binary'; op: '+' | '-' | '*' | '/'; left: FormulaNode; right: FormulaNode }

export const MAX_FORMULA_LENGTH = 1000
const MAX_DEPTH = 40
const CODE = /^[A-Za-z0-9_.\-]{1,80}$/

type Token = { type: 'number' | 'element' | 'op' | 'open' | 'close' | 'end'; text: string; at: number }

function tokenize(formula: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < formula.length) {
    const ch = formula[i]
    if (/\s/.test(ch)) { i++; continue }
    const at = i + 1
    if ('+-*/'.includes(ch)) { tokens.push({ type: 'op', text: ch, at }); i++; continue }
    if (ch === '(' || ch === ')') { tokens.push({ type: ch === '(' ? 'open' : 'close', text: ch, at }); i++; continue }
    if (ch === '{') {
      const end = formula.indexOf('}', i)
      if (end < 0) throw formulaError(formula, at, 'the "{" is never closed by "}"', 'ບໍ່ມີ "}" ປິດ "{"')
      const code = formula.slice(i + 1, end).trim()
      if (!CODE.test(code)) throw formulaError(formula, at, `"${code}" is not a data element code (letters, digits, - _ .)`, `"${code}" ບໍ່ແມ່ນລະຫັດອົງປະກອບຂໍ້ມູນ (ຕົວອັກສອນ, ຕົວເລກ, - _ .)`)
      tokens.push({ type: 'element', text: code, at })
      i = end + 1
      continue
    }
    const number = /^\d+(\.\d+)?/.exec(formula.slice(i))
    if (number) { tokens.push({ type: 'number', text: number[0], at }); i += number[0].length; continue }
    throw formulaError(formula, at, `unexpected "${ch}"`, `ບໍ່ຄາດວ່າຈະມີ "${ch}"`)
  }
  tokens.push({ type: 'end', text: '', at: formula.length + 1 })
  return tokens
}

/** Parses a formula; throws AppError `invalid_formula` naming the position of the first problem. */
export function parseFormula(formula: string): FormulaNode {
  if (formula.length > MAX_FORMULA_LENGTH) throw formulaError(formula.slice(0, 40) + '…', MAX_FORMULA_LENGTH, `longer than ${MAX_FORMULA_LENGTH} characters`, `ຍາວກວ່າ ${MAX_FORMULA_LENGTH} ຕົວອັກສອນ`)
  const tokens = tokenize(formula)
  let pos = 0
  const peek = () => tokens[pos]
  const fail = (t: Token, en: string, lo: string) => formulaError(formula, t.at, en, lo)

  const expression = (depth: number): FormulaNode => {
    let left = term(depth)
    while (peek().type === 'op' && (peek().text === '+' || peek().text === '-')) {
      const op = tokens[pos++].text as '+' | '-'
      left = { kind: 'binary', op, left, right: term(depth) }
    }
    return left
  }
  const term = (depth: number): FormulaNode => {
    let left = unary(depth)
    while (peek().type === 'op' && (peek().text === '*' || peek().text === '/')) {
      const op = tokens[pos++].text as '*' | '/'
      left = { kind: 'binary', op, left, right: unary(depth) }
    }
    return left
  }
  const unary = (depth: number): FormulaNode => {
    if (depth > MAX_DEPTH) throw fail(peek(), 'nested too deeply', 'ຊ້ອນກັນຫຼາຍເກີນໄປ')
    if (peek().type === 'op' && peek().text === '-') { pos++; return { kind: 'negate', operand: unary(depth + 1) } }
    return primary(depth)
  }
  const primary = (depth: number): FormulaNode => {
    const t = tokens[pos++]
    if (t.type === 'number') return { kind: 'number', value: Number(t.text) }
    if (t.type === 'element') return { kind: 'element', code: t.text }
    if (t.type === 'open') {
      const inner = expression(depth + 1)
      const close = tokens[pos++]
      if (close.type !== 'close') throw fail(close, 'expected ")"', 'ຕ້ອງມີ ")"')
      return inner
    }
    if (t.type === 'end') throw fail(t, 'the formula ends where a number, {element} or "(" was expected', 'ສູດຈົບກ່ອນມີຕົວເລກ, {ອົງປະກອບ} ຫຼື "("')
    throw fail(t, `expected a number, {element} or "(" but found "${t.text}"`, `ຕ້ອງມີຕົວເລກ, {ອົງປະກອບ} ຫຼື "(" ແຕ່ພົບ "${t.text}"`)
  }

  const tree = expression(0)
  const rest = peek()
  if (rest.type !== 'end') throw fail(rest, `unexpected "${rest.text}"`, `ບໍ່ຄາດວ່າຈະມີ "${rest.text}"`)
  return tree
}

/** The element codes a formula refers to, each once, in order of appearance. */
export function formulaElements(node: FormulaNode): string[] {
  const out: string[] = []
  const walk = (n: FormulaNode) => {
    if (n.kind === 'element') { if (!out.includes(n.code)) out.push(n.code) }
    else if (n.kind === 'negate') walk(n.operand)
    else if (n.kind === 'binary') { walk(n.left); walk(n.right) }
  }
  walk(node)
  return out
}
