import type { FormulaNode } from './parse-formula.js'

/**
 * The formula's value given each element's figure (already aggregated over the same units and period, so
 * `100 * {A} / {B}` is a ratio of totals, not a total of ratios). Null when an element has no figure, on division by
 * zero, or when the result is not a finite number.
 */
export function evaluateFormula(node: FormulaNode, valueOf: (code: string) => number | null): number | null {
  const result = evaluate(node, valueOf)
  return result === null || !Number.isFinite(result) ? null : result
}

function evaluate(node: FormulaNode, valueOf: (code: string) => number | null): number | null {
  switch (node.kind) {
    case 'number':
      return node.value
    case 'element':
      return valueOf(node.code)
    case 'negate': {
      const v = evaluate(node.operand, valueOf)
      return v === null ? null : -v
    }
    case 'binary': {
      const a = evaluate(node.left, valueOf)
      const b = evaluate(node.right, valueOf)
      if (a === null || b === null) return null
      if (node.op === '+') return a + b
      if (node.op === '-') return a - b
      if (node.op === '*') return a * b
      return b === 0 ? null : a / b
    }
  }
}
