import type { Conflict, EntryError, ReportForm, SaveBody, SaveResult } from '../../../api/reporting-types'
import type { NumberStyle } from '../../../../common/numbers/parse-number-text'
import { conflictFields, conflictKey, entryProblem, saveBodyOf } from './entry-body'
import { entriesOf, isDirty, milestoneKey, projectKey, sameField, valueKey, type Entry, type FormatNumber } from './draft-entries'
import { formNumberStyle } from './parse-number'
import { reformatEntry } from './reformat-entry'

export type Batch = { body: SaveBody; keys: string[]; sent: Map<string, Entry> }
export type Resolution = 'mine' | 'theirs'

/**
 * The report's entries while a person edits them, outside React so that typing in one cell re-renders that cell
 * only. Autosave takes batches of changed, valid, unconflicted entries; the answers update versions. Nothing typed is
 * dropped: a conflict keeps both versions until the person chooses, a refused entry keeps its text and message.
 */
export class DraftStore {
  private entries = new Map<string, Entry>()
  private listeners = new Map<string, Set<() => void>>()
  private all = new Set<() => void>()
  private revision = 0
  reportVersion: number

  /** `fmt` writes numbers for a reader of `style` (the form's language when it opened). */
  constructor(form: ReportForm, private fmt: FormatNumber, private style: NumberStyle = formNumberStyle()) {
    for (const e of entriesOf(form, fmt)) this.entries.set(e.key, e)
    this.reportVersion = form.report.version
  }

  get(key: string): Entry | undefined {
    return this.entries.get(key)
  }

  list(): Entry[] {
    return [...this.entries.values()]
  }

  getRevision = (): number => this.revision

  subscribe(key: string, fn: () => void): () => void {
    const set = this.listeners.get(key) ?? new Set()
    set.add(fn)
    this.listeners.set(key, set)
    return () => set.delete(fn)
  }

  subscribeAll = (fn: () => void): (() => void) => {
    this.all.add(fn)
    return () => this.all.delete(fn)
  }

  private put(e: Entry) {
    this.entries.set(e.key, e)
    this.listeners.get(e.key)?.forEach((fn) => fn())
  }

  private changed() {
    this.revision++
    this.all.forEach((fn) => fn())
  }

  setField(key: string, field: string, text: string): void {
    const e = this.entries.get(key)
    if (!e || e.fields[field] === text) return
    // Writing the same number differently ("1200" → "1.200") keeps the server's refusal of it.
    this.put({ ...e, fields: { ...e.fields, [field]: text }, serverError: sameField(e, field, e.fields[field], text) ? e.serverError : null })
    this.changed()
  }

  /**
   * The reader switched language: numbers typed or loaded in the old convention are shown in the new one (the form
   * reads what is typed in the reader's convention, so they must be). No entry becomes changed, so nothing new is
   * sent; listeners of every change hear of it, for counts that depend on reading the numbers.
   */
  reformat(fmt: FormatNumber, style: NumberStyle): void {
    this.fmt = fmt
    if (style === this.style) return
    const from = this.style
    this.style = style
    let changed = false
    for (const e of this.entries.values()) {
      const next = reformatEntry(e, fmt, from, style)
      if (next !== e) { this.put(next); changed = true }
    }
    if (changed) this.changed()
  }

  /** Several cells at once (a block pasted from a spreadsheet): one change notification. */
  setMany(edits: { key: string; field: string; text: string }[]): void {
    for (const { key, field, text } of edits) {
      const e = this.entries.get(key)
      if (e && e.fields[field] !== text) this.put({ ...e, fields: { ...e.fields, [field]: text }, serverError: null })
    }
    this.changed()
  }

  /** Entries that wait to be saved: changed, valid, not in conflict, not refused, not on their way. */
  sendable(): Entry[] {
    return this.list().filter((e) => !e.inFlight && !e.conflict && !e.serverError && isDirty(e) && !entryProblem(e))
  }

  /** Changed entries that cannot be saved as they are (invalid, refused or in conflict). */
  blocked(): Entry[] {
    return this.list().filter((e) => isDirty(e) && (!!e.conflict || !!e.serverError || !!entryProblem(e)))
  }

  hasUnsaved(): boolean {
    return this.list().some((e) => e.inFlight || isDirty(e))
  }

  takeBatch(): Batch | null {
    const entries = this.sendable()
    if (!entries.length) return null
    for (const e of entries) this.put({ ...e, inFlight: true })
    this.changed()
    return { body: saveBodyOf(entries), keys: entries.map((e) => e.key), sent: new Map(entries.map((e) => [e.key, e])) }
  }

  /** The batch was saved: what was sent is now the server's, at the versions it gave. */
  applySaved(batch: Batch, result: SaveResult): void {
    const versions = new Map<string, number>([
      ...result.saved.values.map((v) => [valueKey(v.element, v.option), v.version] as const),
      ...result.saved.milestones.map((m) => [milestoneKey(m.target), m.version] as const),
      ...result.saved.projects.map((p) => [projectKey(p.project), p.version] as const),
    ])
    for (const key of batch.keys) {
      const e = this.entries.get(key)
      const sent = batch.sent.get(key)
      if (!e || !sent) continue
      this.put({ ...e, inFlight: false, saved: sent.fields, version: versions.get(key) ?? e.version })
    }
    this.reportVersion = Math.max(this.reportVersion, result.version)
    this.changed()
  }

  /** Nothing was saved (a conflict, a refusal, an error): the batch's entries wait again. */
  release(batch: Batch): void {
    for (const key of batch.keys) {
      const e = this.entries.get(key)
      if (e?.inFlight) this.put({ ...e, inFlight: false })
    }
    this.changed()
  }

  applyConflicts(batch: Batch, conflicts: Conflict[]): void {
    for (const c of conflicts) {
      const e = this.entries.get(conflictKey(c))
      if (!e) continue
      const version = c.current?.version ?? 0
      this.put({ ...e, conflict: { fields: conflictFields(e, c, this.fmt), version, at: c.type === 'value' ? c.current?.updatedAt ?? null : null } })
    }
    this.release(batch)
  }

  applyErrors(batch: Batch, errors: EntryError[]): void {
    for (const err of errors) {
      const key = errorKey(batch.body, err)
      const e = key ? this.entries.get(key) : undefined
      if (e) this.put({ ...e, serverError: { code: err.code, message: err.message, message_lo: err.message_lo } })
    }
    this.release(batch)
  }

  /** The person chose: keep their own text (saved next over the other version) or take the other person's. */
  resolve(key: string, choice: Resolution): void {
    const e = this.entries.get(key)
    if (!e?.conflict) return
    const { fields, version } = e.conflict
    // Either way the server now holds the other version; "mine" stays changed against it and is saved next.
    this.put({ ...e, version, saved: fields, fields: choice === 'mine' ? e.fields : fields, conflict: null })
    this.changed()
  }
}

/** The entry a refusal is about, from its path in the request (`values[3]`, `milestones[0]`, `projects[1]`). */
export function errorKey(body: SaveBody, err: EntryError): string | null {
  const m = /^(values|milestones|projects)\[(\d+)\]/.exec(err.path)
  if (!m) return null
  const i = Number(m[2])
  if (m[1] === 'values') { const v = body.values[i]; return v ? valueKey(v.element, v.option ?? null) : null }
  if (m[1] === 'milestones') { const t = body.milestones[i]; return t ? milestoneKey(t.target) : null }
  const p = body.projects[i]
  return p ? projectKey(p.project) : null
}
