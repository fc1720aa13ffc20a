/**
 * The value grid spans the whole form: every value input carries data-grid-row (counted over the whole page) and
 * data-grid-col, so Enter and the arrow keys move like in a spreadsheet, and a block pasted from one fills the cells
 * below and to the right.
 */
export const ROW = 'data-grid-row'
export const COL = 'data-grid-col'
export const ENTRY = 'data-entry-key'

/** A block copied from a spreadsheet: rows by newline, cells by tab. A single value is not a block. */
export function parseBlock(text: string): string[][] | null {
  if (!/[\t\r\n]/.test(text.replace(/[\r\n]+$/, ''))) return null
  return text.replace(/[\r\n]+$/, '').split(/\r\n|\r|\n/).map((line) => line.split('\t').map((c) => c.trim()))
}

const cellAt = (root: ParentNode, row: number, col: number) =>
  root.querySelector<HTMLInputElement>(`input[${ROW}="${row}"][${COL}="${col}"]:not(:disabled)`)

/** The input `steps` rows away (skipping rows without inputs), in the same column or the nearest one to its left. */
export function findCell(root: ParentNode, row: number, col: number, steps: number, maxRow: number): HTMLInputElement | null {
  for (let r = row + steps; r >= 0 && r <= maxRow; r += Math.sign(steps)) {
    for (let c = col; c >= 0; c--) {
      const el = cellAt(root, r, c)
      if (el) return el
    }
  }
  return null
}

function position(el: HTMLElement): { row: number; col: number } | null {
  const row = Number(el.getAttribute(ROW))
  const col = Number(el.getAttribute(COL))
  return Number.isInteger(row) && Number.isInteger(col) ? { row, col } : null
}

function moveTo(el: HTMLInputElement | null) {
  if (!el) return false
  el.focus()
  el.select()
  return true
}

/**
 * Enter / Shift+Enter and ↓ / ↑ move between rows; ← / → move between columns when the caret is at the edge of the
 * text (so they still move the caret while editing). Returns true when it moved (the caller prevents the default).
 */
export function moveFromKey(root: ParentNode, e: { key: string; shiftKey: boolean; altKey: boolean; ctrlKey: boolean; metaKey: boolean }, input: HTMLInputElement, maxRow: number): boolean {
  if (e.altKey || e.ctrlKey || e.metaKey) return false
  const at = position(input)
  if (!at) return false
  const atStart = input.selectionStart === 0 && input.selectionEnd === 0
  const atEnd = input.selectionStart === input.value.length && input.selectionEnd === input.value.length
  switch (e.key) {
    case 'Enter': return moveTo(findCell(root, at.row, at.col, e.shiftKey ? -1 : 1, maxRow))
    case 'ArrowDown': return moveTo(findCell(root, at.row, at.col, 1, maxRow))
    case 'ArrowUp': return moveTo(findCell(root, at.row, at.col, -1, maxRow))
    case 'ArrowLeft': return atStart && at.col > 0 ? moveTo(cellAt(root, at.row, at.col - 1)) : false
    case 'ArrowRight': return atEnd ? moveTo(cellAt(root, at.row, at.col + 1)) : false
    default: return false
  }
}

/** The cells a pasted block fills, starting at `input`: entry keys with their text (cells that do not exist are skipped). */
export function pasteTargets(root: ParentNode, input: HTMLInputElement, block: string[][]): { key: string; text: string }[] {
  const at = position(input)
  if (!at) return []
  const out: { key: string; text: string }[] = []
  block.forEach((cells, i) => cells.forEach((text, j) => {
    const key = cellAt(root, at.row + i, at.col + j)?.getAttribute(ENTRY)
    if (key) out.push({ key, text })
  }))
  return out
}
