import { describe, expect, it, vi } from 'vitest'
import type { ReportForm } from '../../../api/reporting-types'
import i18n from 'i18next'
import { formatNumber } from '../../../ui/format'
import { isDirty } from './draft-entries'
import { DraftStore } from './draft-store'

const fmt = (n: number) => String(n)
const element = (code: string, extra: object = {}) => ({
  kind: 'element' as const, id: 1, code, name: { lo: code, en: null }, unit: { lo: null, en: null }, valueType: 'number', aggregation: 'sum',
  decimals: 0, min: 0, max: null, src: null, options: [], entry: { values: [], previous: [] }, ...extra,
})
const form = (): ReportForm => ({
  report: { version: 3 } as ReportForm['report'],
  deadline: '2024-04-15', previousPeriod: null, events: [],
  allowed: { edit: true, submit: true, return: false, approve: false, lock: false, reopen: false },
  groups: [{ node: null, items: [
    element('EMAIL', { entry: { values: [{ option: 0, value: 1200, text: null, comment: null, version: 2 }], previous: [] } }),
    element('USERS', { options: [{ id: 7, code: 'M', name: { lo: 'ຊາຍ', en: 'Male' } }, { id: 8, code: 'F', name: { lo: 'ຍິງ', en: 'Female' } }] }),
    { kind: 'milestone', id: 2, code: 'OT02', name: { lo: 'ກົດໝາຍ', en: null }, src: null, entry: null },
    { kind: 'project', id: 3, code: 'PJ1', name: { lo: 'ໂຄງການ', en: null }, fundingSource: 'oda', currency: 'USD', src: null, entry: null },
  ] }],
})

describe('DraftStore', () => {
  it('sends only changed, valid entries, each with the version it was loaded at', () => {
    const s = new DraftStore(form(), fmt)
    expect(s.takeBatch()).toBeNull()
    s.setField('v:EMAIL:', 'value', '1.200') // the same number, written the Lao way: not a change
    s.setField('v:USERS:F', 'value', '40')
    s.setField('v:USERS:M', 'value', 'abc') // invalid: stays here with its message
    s.setField('p:PJ1', 'disbursed:counterpart', '1.500,5')
    const batch = s.takeBatch()!
    expect(batch.body).toEqual({
      values: [{ element: 'USERS', option: 'F', value: 40, baseVersion: 0 }],
      milestones: [],
      projects: [{ project: 'PJ1', physicalPercent: null, issues: null, disbursements: { counterpart: 1500.5 }, baseVersion: 0 }],
    })
    expect(s.takeBatch()).toBeNull() // in flight
    expect(s.blocked().map((e) => e.key)).toEqual(['v:USERS:M'])
    s.setField('v:USERS:F', 'value', '41') // typed while the save was on its way
    s.applySaved(batch, { reportId: 1, version: 4, saved: { values: [{ element: 'USERS', option: 'F', version: 1 }], milestones: [], projects: [{ project: 'PJ1', version: 1 }] } })
    expect(s.reportVersion).toBe(4)
    expect(s.takeBatch()!.body.values).toEqual([{ element: 'USERS', option: 'F', value: 41, baseVersion: 1 }])
  })

  it('keeps both versions on a conflict until the person chooses, and loses neither', () => {
    const s = new DraftStore(form(), fmt)
    s.setField('v:EMAIL:', 'value', '999')
    s.setField('m:OT02', 'percentComplete', '40')
    const batch = s.takeBatch()!
    s.applyConflicts(batch, [{ type: 'value', element: 'EMAIL', option: null, yourBaseVersion: 2, current: { value: 1300, text: null, version: 3, updatedAt: '2024-04-01T03:00:00Z' } }])
    expect(s.get('v:EMAIL:')).toMatchObject({ fields: { value: '999' }, conflict: { fields: { value: '1300' }, version: 3 } })
    // The milestone was not in conflict: it goes again on its own.
    expect(s.takeBatch()!.body).toMatchObject({ values: [], milestones: [{ target: 'OT02', percentComplete: 40, baseVersion: 0 }] })
    s.resolve('v:EMAIL:', 'mine')
    expect(s.takeBatch()!.body.values).toEqual([{ element: 'EMAIL', value: 999, baseVersion: 3 }])
  })

  it('takes the other person\'s value when asked, with nothing left to save', () => {
    const s = new DraftStore(form(), fmt)
    s.setField('v:EMAIL:', 'value', '999')
    const batch = s.takeBatch()!
    s.applyConflicts(batch, [{ type: 'value', element: 'EMAIL', option: null, yourBaseVersion: 2, current: { value: 1300, text: null, version: 3, updatedAt: '' } }])
    s.resolve('v:EMAIL:', 'theirs')
    expect(s.get('v:EMAIL:')).toMatchObject({ fields: { value: '1300' }, version: 3, conflict: null })
    expect(s.hasUnsaved()).toBe(false)
  })

  it('marks the entries the server refused and sends the rest again', () => {
    const s = new DraftStore(form(), fmt)
    s.setField('v:USERS:M', 'value', '5')
    s.setField('v:USERS:F', 'value', '6')
    const batch = s.takeBatch()!
    s.applyErrors(batch, [{ path: 'values[1]', item: 'USERS', option: 'F', code: 'above_maximum', message: 'too big', message_lo: 'ໃຫຍ່ເກີນ' }])
    expect(s.get('v:USERS:F')!.serverError).toMatchObject({ message_lo: 'ໃຫຍ່ເກີນ' })
    expect(s.takeBatch()!.keys).toEqual(['v:USERS:M'])
    s.setField('v:USERS:F', 'value', '7') // editing clears the refusal
    expect(s.get('v:USERS:F')!.serverError).toBeNull()
  })

  it('shows numbers in a new language without changing or sending anything', () => {
    const lao = (n: number, d: number) => formatNumber(n, 'lo-LA', d)
    const s = new DraftStore(form(), lao, 'lo')
    expect(s.get('v:EMAIL:')!.fields.value).toBe('1.200')
    s.setField('v:USERS:M', 'value', '1.300')
    s.setField('v:USERS:F', 'value', 'abc')
    const cell = vi.fn()
    s.subscribe('v:EMAIL:', cell)
    s.reformat((n, d) => formatNumber(n, 'en-GB', d), 'en')
    expect([s.get('v:EMAIL:')!.fields.value, s.get('v:USERS:M')!.fields.value, s.get('v:USERS:F')!.fields.value]).toEqual(['1,200', '1,300', 'abc'])
    expect(cell).toHaveBeenCalled()
    // Read the English way from now on: only what was typed is changed, and the save carries the same numbers.
    const language = i18n.language
    i18n.language = 'en'
    try {
      expect(s.list().filter(isDirty).map((e) => e.key)).toEqual(['v:USERS:M', 'v:USERS:F'])
      expect(s.takeBatch()!.body.values).toEqual([{ element: 'USERS', option: 'M', value: 1300, baseVersion: 0 }])
    } finally {
      i18n.language = language
    }
  })

  it('does nothing when the language stays the same', () => {
    const s = new DraftStore(form(), fmt, 'lo')
    const everything = vi.fn()
    s.subscribeAll(everything)
    s.reformat((n) => `${n}!`, 'lo')
    expect(s.get('v:EMAIL:')!.fields.value).toBe('1200')
    expect(everything).not.toHaveBeenCalled()
  })
})
