import { describe, expect, it } from 'vitest'
import type { Entry } from './draft-entries'
import { entryIssue, issuesInOrder, nextKey } from './entry-issue'

const entry = (key: string, value: string, extra: Partial<Entry> = {}): Entry => ({
  key, kind: 'value', code: key, option: null, textFields: [], fields: { value }, saved: { value: '' }, version: 0,
  rules: { value: { valueType: 'percent', min: 0, max: 100, decimals: 1, aggregation: 'last' } },
  conflict: null, serverError: null, inFlight: false, ...extra,
})

describe('entryIssue', () => {
  it('says why a changed entry is not saved', () => {
    expect(entryIssue(entry('a', ''))).toBeNull()
    expect(entryIssue(entry('a', '140'))).toMatchObject({ kind: 'invalid', field: 'value', problem: { code: 'aboveMaximum' } })
    expect(entryIssue(entry('a', '40', { serverError: { code: 'x', message: 'no', message_lo: 'ບໍ່' } }))).toMatchObject({ kind: 'refused' })
    expect(entryIssue(entry('a', '140', { conflict: { fields: { value: '30' }, version: 2, at: null } }))).toMatchObject({ kind: 'conflict' })
    expect(entryIssue(entry('a', '40'))).toMatchObject({ kind: 'unsaved' })
    expect(entryIssue(entry('a', '40', { inFlight: true }))).toMatchObject({ kind: 'unsaved' })
  })
  it('does not flag a saved value the form would now refuse (it is already on the server)', () => {
    expect(entryIssue(entry('a', '140', { saved: { value: '140' } }))).toBeNull()
  })
})

describe('issuesInOrder', () => {
  it('lists issues in page order, not store order', () => {
    const issues = issuesInOrder([entry('c', 'x'), entry('a', '200'), entry('b', '')], ['a', 'b', 'c'])
    expect(issues.map((i) => i.key)).toEqual(['a', 'c'])
  })
})

describe('nextKey', () => {
  const order = ['a', 'b', 'c', 'd', 'e']
  it('goes to the next wanted key after the current one and wraps round', () => {
    expect(nextKey(order, ['b', 'd'], null)).toBe('b')
    expect(nextKey(order, ['b', 'd'], 'b')).toBe('d')
    expect(nextKey(order, ['b', 'd'], 'c')).toBe('d')
    expect(nextKey(order, ['b', 'd'], 'd')).toBe('b')
    expect(nextKey(order, ['b'], 'b')).toBe('b')
    expect(nextKey(order, [], 'b')).toBeNull()
  })
  it('starts from the first when the current key is unknown', () => {
    expect(nextKey(order, ['c', 'e'], 'zz')).toBe('c')
  })
})
