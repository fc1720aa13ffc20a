import { describe, expect, it } from 'vitest'
import { defaultFollowUpPeriod, periodChoices } from './period-choices'

const plan = { start: 2021, end: 2025 }

describe('periodChoices', () => {
  it('lists the plan\'s quarters up to today, newest first', () => {
    const q = periodChoices('quarter', plan, new Date('2024-05-10T00:00:00Z'))
    expect(q.slice(0, 3)).toEqual(['2024Q2', '2024Q1', '2023Q4'])
    expect(q.at(-1)).toBe('2021Q1')
    expect(q).toHaveLength(14)
  })
  it('stops at the plan\'s end once the plan is over, and lists nothing before it starts', () => {
    expect(periodChoices('quarter', plan, new Date('2026-11-25T00:00:00Z'))[0]).toBe('2025Q4')
    expect(periodChoices('year', plan, new Date('2026-11-25T00:00:00Z'))).toEqual(['2025', '2024', '2023', '2022', '2021'])
    expect(periodChoices('quarter', plan, new Date('2020-06-01T00:00:00Z'))).toEqual([])
    expect(periodChoices('mid_term', plan)).toEqual([])
  })
  it('follows up the latest period whose deadline has passed', () => {
    const q = periodChoices('quarter', plan, new Date('2024-05-10T00:00:00Z'))
    expect(defaultFollowUpPeriod(q, 15, new Date('2024-05-10T00:00:00Z'))).toBe('2024Q1')
    expect(defaultFollowUpPeriod(q, 45, new Date('2024-05-10T00:00:00Z'))).toBe('2023Q4')
  })
})
