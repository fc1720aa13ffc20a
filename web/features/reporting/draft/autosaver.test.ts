import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ApiError } from '../../../api/client'
import type { ReportForm, SaveBody } from '../../../api/reporting-types'
import { Autosaver } from './autosaver'
import { DraftStore } from './draft-store'

const form = (): ReportForm => ({
  report: { version: 1 } as ReportForm['report'], deadline: '2024-04-15', previousPeriod: null, events: [],
  allowed: { edit: true, submit: true, return: false, approve: false, lock: false, reopen: false },
  groups: [{ node: null, items: ['A', 'B'].map((code, id) => ({
    kind: 'element' as const, id, code, name: { lo: code, en: null }, unit: { lo: null, en: null }, valueType: 'number', aggregation: 'sum',
    decimals: 0, min: null, max: null, src: null, options: [], entry: null,
  })) }],
})
const ok = (body: SaveBody) => ({ reportId: 1, version: 2, saved: { values: body.values.map((v) => ({ element: v.element, option: null, version: v.baseVersion + 1 })), milestones: [], projects: [] } })

describe('Autosaver', () => {
  beforeEach(() => { vi.useFakeTimers() })
  afterEach(() => { vi.useRealTimers() })

  it('waits for a pause in typing, then saves only what changed', async () => {
    const store = new DraftStore(form(), String)
    const send = vi.fn(async (body: SaveBody) => ok(body))
    const saver = new Autosaver(store, send, () => 'key-1', 1000)
    saver.start()
    store.setField('v:A:', 'value', '1')
    await vi.advanceTimersByTimeAsync(500)
    store.setField('v:A:', 'value', '12')
    await vi.advanceTimersByTimeAsync(900)
    expect(send).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(200)
    expect(send).toHaveBeenCalledTimes(1)
    expect(send.mock.calls[0][0].values).toEqual([{ element: 'A', value: 12, baseVersion: 0 }])
    expect(saver.status.state).toBe('saved')
    saver.stop()
  })

  it('retries a batch lost to a dropped connection with the same body and key, and keeps later edits for the next one', async () => {
    const store = new DraftStore(form(), String)
    let keys = 0
    const send = vi.fn()
      .mockRejectedValueOnce(new ApiError(0, 'network', 'down', null))
      .mockImplementation(async (body: SaveBody) => ok(body))
    const saver = new Autosaver(store, send, () => `key-${++keys}`, 100)
    saver.start()
    store.setField('v:A:', 'value', '5')
    await vi.advanceTimersByTimeAsync(150)
    expect(saver.status.state).toBe('offline')
    store.setField('v:B:', 'value', '6')
    await vi.advanceTimersByTimeAsync(2_100)
    expect(send.mock.calls[1]).toEqual(send.mock.calls[0])
    expect(send.mock.calls[1][1]).toBe('key-1')
    await vi.advanceTimersByTimeAsync(300)
    expect(send).toHaveBeenCalledTimes(3)
    expect(send.mock.calls[2][0].values).toEqual([{ element: 'B', value: 6, baseVersion: 0 }])
    expect(send.mock.calls[2][1]).toBe('key-2')
    expect(store.hasUnsaved()).toBe(false)
    saver.stop()
  })

  it('stops on a refusal that a retry cannot fix, keeping the typed value', async () => {
    const store = new DraftStore(form(), String)
    const send = vi.fn().mockRejectedValue(new ApiError(409, 'report_submitted', 'submitted', 'ສົ່ງແລ້ວ'))
    const saver = new Autosaver(store, send, () => 'k', 100)
    saver.start()
    store.setField('v:A:', 'value', '5')
    await vi.advanceTimersByTimeAsync(150)
    expect(saver.status.state).toBe('error')
    store.setField('v:A:', 'value', '6')
    await vi.advanceTimersByTimeAsync(1_000)
    expect(send).toHaveBeenCalledTimes(1)
    expect(store.get('v:A:')!.fields.value).toBe('6')
    expect(await saver.settle()).toBe(false)
    saver.stop()
  })
})
