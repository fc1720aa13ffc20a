import { describe, expect, it } from 'vitest'
import { formatNumber } from '../../../ui/format'
import { isDirty, type Entry } from './draft-entries'
import { reformatEntry } from './reformat-entry'

const lo = (n: number, d: number) => formatNumber(n, 'lo-LA', d)
const en = (n: number, d: number) => formatNumber(n, 'en-GB', d)
const toEnglish = (e: Entry) => reformatEntry(e, en, 'lo', 'en')
const value = (fields: Record<string, string>, extra: Partial<Entry> = {}): Entry => ({
  key: 'v:E:', kind: 'value', code: 'E', option: null, textFields: [], fields, saved: fields, version: 1,
  rules: { value: { valueType: 'number', min: 0, max: null, decimals: 1, aggregation: 'sum' } },
  conflict: null, serverError: null, inFlight: false, ...extra,
})

describe('reformatEntry', () => {
  it('rewrites valid numbers in the new language and back, keeping them the same numbers', () => {
    const english = toEnglish(value({ value: '1.200.000,5' }))
    expect(english.fields.value).toBe('1,200,000.5')
    expect(english.saved.value).toBe('1,200,000.5')
    expect(reformatEntry(english, lo, 'en', 'lo').fields.value).toBe('1.200.000,5')
    expect(toEnglish(value({ value: '61,5' })).fields.value).toBe('61.5')
    // "1.200" is 1200 to a Lao reader; left as it is, an English reader's form would refuse it as ambiguous.
    expect(toEnglish(value({ value: '1.200' })).fields.value).toBe('1,200')
    expect(reformatEntry(value({ value: '1,200' }), lo, 'en', 'lo').fields.value).toBe('1.200')
  })

  it('keeps invalid text as typed, and leaves empty and text fields alone', () => {
    const typed = value({ value: '' }, { fields: { value: '12a' } })
    expect(toEnglish(typed)).toBe(typed)
    expect(toEnglish(value({ value: '' }, { fields: { value: '-1.200' } })).fields.value).toBe('-1.200') // below the minimum 0
    expect(toEnglish(value({ value: '' }, { fields: { value: '1,25' } })).fields.value).toBe('1,25') // more decimals than the element keeps
    const text = value({ value: '1.200' }, { rules: {}, textFields: ['value'] })
    expect(toEnglish(text)).toBe(text)
    expect(toEnglish(value({ value: '' })).fields.value).toBe('')
  })

  it('does not turn a saved value into a change, nor hide one that was typed', () => {
    expect(isDirty(toEnglish(value({ value: '1.200' })))).toBe(false)
    const typed = toEnglish(value({ value: '1.200' }, { fields: { value: '1.300,5' } }))
    expect(typed.fields.value).toBe('1,300.5')
    expect(isDirty(typed)).toBe(true)
  })

  it('rewrites milestone and project numbers with their own decimals, and the other person\'s version of a conflict', () => {
    const project: Entry = {
      ...value({ physicalPercent: '45,25', issues: 'ບັນຫາ 1,5', 'disbursed:oda': '1.500.000' }),
      key: 'p:PJ', kind: 'project', textFields: ['issues'],
      rules: { physicalPercent: { valueType: 'percent', min: 0, max: 100, decimals: 2, aggregation: 'last' }, 'disbursed:oda': { valueType: 'number', min: 0, max: null, decimals: 2, aggregation: 'sum' } },
      conflict: { fields: { physicalPercent: '50,5', issues: '', 'disbursed:oda': '2.000' }, version: 3, at: null },
    }
    const english = toEnglish(project)
    expect(english.fields).toEqual({ physicalPercent: '45.25', issues: 'ບັນຫາ 1,5', 'disbursed:oda': '1,500,000' })
    expect(english.conflict).toEqual({ fields: { physicalPercent: '50.5', issues: '', 'disbursed:oda': '2,000' }, version: 3, at: null })
  })

  it('keeps the text when the new text would not read back as the same number', () => {
    // A formatter still writing the Lao way for an English reader: "1.200" would not read as 1200, so nothing changes.
    const e = value({ value: '1.200' })
    expect(reformatEntry(e, lo, 'lo', 'en')).toBe(e)
  })
})
