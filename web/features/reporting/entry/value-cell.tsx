import { useId } from 'react'
import { checkValue, warnAgainstPrevious, type ElementRule } from '../draft/check-value'
import { useDraft, useEntry } from './draft-context'
import { CellMessages } from './cell-messages'
import { COL, ENTRY, moveFromKey, parseBlock, pasteTargets, ROW, type GridArea } from './grid'
import { PasteNote, usePasteNote } from './paste-note'

type Props = { entryKey: string; rule: ElementRule | null; previous: number | null; row: number; col: number; area: GridArea; label: string }

/**
 * One value of the grid: a large text input (numbers typed the Lao way or the English way, Lao digits too), checked
 * as the person types; the number is tidied into the Lao format when they leave the cell. Problems block the save of
 * this value only; warnings against last period are shown and do not block. A block pasted here fills its table only;
 * the cell then says how many values went in and how many were left out.
 */
export function ValueCell({ entryKey, rule, previous, row, col, area, label }: Props) {
  const { store, readOnly, maxRow, formatInput } = useDraft()
  const entry = useEntry(entryKey)
  const messageId = useId()
  const paste = usePasteNote(entryKey)
  if (!entry) return null
  const text = entry.fields.value ?? ''
  const checked = rule ? checkValue(rule, text) : null
  const problem = checked?.problem ?? null
  const warning = rule && checked && !checked.problem ? warnAgainstPrevious(rule, checked.value, previous) : null
  const hasMessage = !!(problem || warning || entry.serverError || entry.conflict)
  const root = () => document.getElementById('report-form') ?? document

  return (
    <div className="rg-cell">
      <input
        className="rg-input"
        type="text"
        inputMode={rule ? 'decimal' : 'text'}
        autoComplete="off"
        spellCheck={false}
        value={text}
        disabled={readOnly}
        aria-label={label}
        aria-invalid={problem || entry.serverError ? true : undefined}
        aria-describedby={hasMessage ? messageId : undefined}
        data-warning={warning ? warning.code : undefined}
        data-conflict={entry.conflict ? 'true' : undefined}
        data-dirty={entry.inFlight ? 'saving' : undefined}
        {...{ [ROW]: row, [COL]: col, [ENTRY]: entryKey }}
        onChange={(e) => { paste.clear(); store.setField(entryKey, 'value', e.currentTarget.value) }}
        onBlur={() => {
          // A note that values were left out stays until the cell is edited again; a plain "pasted" one goes now.
          if (!paste.note?.skipped) paste.clear()
          // Tidy a valid number into the reader's format ("1200" → "1.200"); the value itself does not change.
          if (rule && checked && !checked.empty && checked.value !== null) {
            const tidy = formatInput(checked.value, Math.max(rule.decimals, 6))
            if (tidy !== text) store.setField(entryKey, 'value', tidy)
          }
        }}
        onKeyDown={(e) => {
          if (moveFromKey(root(), e, e.currentTarget, maxRow)) e.preventDefault()
        }}
        onPaste={(e) => {
          const block = parseBlock(e.clipboardData.getData('text/plain'))
          if (!block) return
          e.preventDefault()
          const { targets, skipped } = pasteTargets(root(), e.currentTarget, block, area)
          store.setMany(targets.map((c) => ({ key: c.key, field: 'value', text: c.text })))
          paste.show({ pasted: targets.length, skipped })
        }}
      />
      {paste.note ? <PasteNote note={paste.note} /> : null}
      {hasMessage ? <CellMessages id={messageId} entryKey={entryKey} problem={problem} warning={warning} /> : null}
    </div>
  )
}
