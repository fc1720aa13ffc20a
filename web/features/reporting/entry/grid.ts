/**
 * The value grid spans the whole form: every value input carries data-grid-row (counted over the whole page) and
 * data-grid-col, so Enter and the arrow keys move like in a spreadsheet. A block pasted into one fills the cells below
 * and to the right, but only inside the table it starts in: values never run on into another programme's items.
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

/** The part of the grid a paste may fill: one table, from its first row to `lastRow`, columns 0 to `cols` - 1. */
export type GridArea = { lastRow: number; cols: number }
export type PastePlan = { cells: { row: number; col: number; text: string }[]; skipped: number }

/** Where a block lands when pasted at `start`: cells past the area's last row or last column are left out and counted. */
export function planPaste(start: { row: number; col: number }, block: string[][], area: GridArea): PastePlan {
  const cells: PastePlan['cells'] = []
  let skipped = 0
  block.forEach((line, i) => line.forEach((text, j) => {
    const row = start.row + i
    const col = start.col + j
    if (row > area.lastRow || col >= area.cols) skipped++
    else cells.push({ row, col, text })
  }))
  return { cells, skipped }
}

/** The entries a pasted block fills, starting at `input` (a cell that cannot take a value counts as left out). */
export function pasteTargets(root: ParentNode, input: HTMLInputElement, block: string[][], area: GridArea): { targets: { key: string; text: string }[]; skipped: number } {
  const at = position(input)
  if (!at) return { targets: [], skipped: block.flat().length }
  const plan = planPaste(at, block, area)
  const targets: { key: string; text: string }[] = []
  let skipped = plan.skipped
  for (const c of plan.cells) {
    const key = cellAt(root, c.row, c.col)?.getAttribute(ENTRY)
    if (key) targets.push({ key, text: c.text })
    else skipped++
  }
  return { targets, skipped }
}
