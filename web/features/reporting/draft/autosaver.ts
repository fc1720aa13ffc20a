import { ApiError } from '../../../api/client'
import type { Conflict, EntryError, SaveBody, SaveResult } from '../../../api/reporting-types'
import type { Batch, DraftStore } from './draft-store'

export type SaveState = 'idle' | 'saving' | 'saved' | 'offline' | 'error'
export type SaveStatus = { state: SaveState; savedAt: number | null; error: unknown; retryAt: number | null }
export type SendSave = (body: SaveBody, idempotencyKey: string) => Promise<SaveResult>

const RETRY_STEPS = [2_000, 5_000, 10_000, 20_000, 30_000]

/** A dropped connection, a gateway in trouble or an overloaded server: worth the same request again. */
export const isTransient = (err: unknown): boolean =>
  err instanceof ApiError ? err.status === 0 || err.status === 408 || err.status === 429 || err.status >= 500 : err instanceof TypeError

/**
 * Saves changed entries a moment after the person stops typing, one batch at a time. A batch that did not reach the
 * server is sent again, unchanged and with the same Idempotency-Key, until it does (so it is never applied twice);
 * edits made meanwhile wait for the next batch. Conflicts and refused entries go back to the store for the person.
 */
export class Autosaver {
  status: SaveStatus = { state: 'idle', savedAt: null, error: null, retryAt: null }
  private listeners = new Set<() => void>()
  private timer: ReturnType<typeof setTimeout> | null = null
  private running: Promise<void> | null = null
  private pending: { batch: Batch; key: string; attempt: number } | null = null
  private stopped = true
  private unsubscribe: (() => void) | null = null

  constructor(
    private readonly store: DraftStore,
    private readonly send: SendSave,
    private readonly newKey: () => string,
    private readonly delay = 1200,
  ) {}

  subscribe = (fn: () => void) => {
    this.listeners.add(fn)
    return () => this.listeners.delete(fn)
  }

  getStatus = () => this.status

  private set(patch: Partial<SaveStatus>) {
    this.status = { ...this.status, ...patch }
    this.listeners.forEach((fn) => fn())
  }

  start(): void {
    this.stopped = false
    this.unsubscribe = this.store.subscribeAll(() => this.schedule())
    if (typeof window !== 'undefined') window.addEventListener('online', this.retryNow)
  }

  stop(): void {
    this.stopped = true
    this.unsubscribe?.()
    if (this.timer) clearTimeout(this.timer)
    if (typeof window !== 'undefined') window.removeEventListener('online', this.retryNow)
  }

  /** Stops for good after a refusal that another try cannot fix (the report was submitted meanwhile, say). */
  get fatal(): boolean {
    return this.status.state === 'error'
  }

  schedule(delay = this.delay): void {
    if (this.stopped || this.fatal || this.pending) return
    if (this.timer) clearTimeout(this.timer)
    this.timer = setTimeout(() => void this.flush(), delay)
  }

  private retryNow = () => {
    if (!this.pending || this.stopped) return
    if (this.timer) clearTimeout(this.timer)
    void this.flush()
  }

  /** Sends one batch (the one waiting for a retry first); resolves when its answer has been applied. */
  flush(): Promise<void> {
    if (this.running) return this.running
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.running = this.run().finally(() => { this.running = null })
    return this.running
  }

  private async run(): Promise<void> {
    if (this.fatal) return
    const job = this.pending ?? (() => { const batch = this.store.takeBatch(); return batch ? { batch, key: this.newKey(), attempt: 0 } : null })()
    if (!job) return
    this.set({ state: 'saving', retryAt: null })
    try {
      const result = await this.send(job.batch.body, job.key)
      this.pending = null
      this.store.applySaved(job.batch, result)
      this.set({ state: 'saved', savedAt: Date.now(), error: null })
      if (this.store.sendable().length) this.schedule(200)
    } catch (err) {
      if (isTransient(err)) {
        const wait = RETRY_STEPS[Math.min(job.attempt, RETRY_STEPS.length - 1)]
        this.pending = { ...job, attempt: job.attempt + 1 }
        this.set({ state: 'offline', error: err, retryAt: Date.now() + wait })
        if (!this.stopped) this.timer = setTimeout(() => void this.flush(), wait)
        return
      }
      this.pending = null
      const code = err instanceof ApiError ? err.code : ''
      const details = err instanceof ApiError ? (err.details as { conflicts?: Conflict[]; errors?: EntryError[] } | undefined) : undefined
      if (code === 'edit_conflict' && details?.conflicts) this.store.applyConflicts(job.batch, details.conflicts)
      else if (code === 'invalid_entries' && details?.errors) this.store.applyErrors(job.batch, details.errors)
      else {
        this.store.release(job.batch)
        this.set({ state: 'error', error: err })
        return
      }
      this.set({ state: this.status.savedAt ? 'saved' : 'idle', error: null })
      if (this.store.sendable().length) this.schedule(200)
    }
  }

  /** Saves everything that can be saved now (before a submit). True when nothing is left unsaved. */
  async settle(): Promise<boolean> {
    for (let i = 0; i < 20; i++) {
      await this.flush()
      if (this.pending || this.fatal) return false
      if (!this.store.sendable().length) break
    }
    return !this.store.hasUnsaved()
  }
}
