import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  childrenOf,
  contains,
  currentPeriod,
  deadlineOf,
  formatPeriodId,
  isPeriodId,
  midTermOf,
  nextPeriod,
  parentOf,
  parsePeriod,
  PeriodError,
  PERIOD_TYPES,
  periodLabel,
  periodsBetween,
  previousPeriod,
  rollUpTargets,
  samePeriodLastYear,
  type PeriodType,
} from './periods.js'

const LAO = /[\u0E80-\u0EFF]/
const pad2 = (n: number) => String(n).padStart(2, '0')

// Years kept away from the 1000/9999 bounds so that shifting by a 20-year plan stays valid.
const year = fc.integer({ min: 1900, max: 2200 })
const monthId = fc.tuple(year, fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${pad2(m)}`)
const quarterId = fc.tuple(year, fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}Q${q}`)
const semesterId = fc.tuple(year, fc.integer({ min: 1, max: 2 })).map(([y, s]) => `${y}S${s}`)
const nineMonthsId = year.map((y) => `${y}N9`)
const yearId = year.map(String)
const planId = fc.tuple(year, fc.integer({ min: 2, max: 20 })).map(([y, n]) => `${y}-${y + n - 1}`)
const midTermId = planId.map(midTermOf)
const idOf: Record<PeriodType, fc.Arbitrary<string>> = {
  month: monthId,
  quarter: quarterId,
  semester: semesterId,
  nine_months: nineMonthsId,
  year: yearId,
  mid_term: midTermId,
  plan: planId,
}
const anyId = fc.oneof(...Object.values(idOf))
const steppableId = fc.oneof(monthId, quarterId, semesterId, nineMonthsId, yearId, planId)

/** Oracle independent of the module: ISO date plus n days through the platform's Date. */
const addDays = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)

function catchPeriodError(run: () => unknown): PeriodError {
  try {
    run()
  } catch (error) {
    if (error instanceof PeriodError) return error
    throw error
  }
  throw new Error('expected a PeriodError')
}

describe('parsePeriod', () => {
  it('parses every type', () => {
    expect(parsePeriod('2024-03')).toEqual({ id: '2024-03', type: 'month', start: '2024-03-01', end: '2024-03-31' })
    expect(parsePeriod('2024Q2')).toEqual({ id: '2024Q2', type: 'quarter', start: '2024-04-01', end: '2024-06-30' })
    expect(parsePeriod('2024S2')).toEqual({ id: '2024S2', type: 'semester', start: '2024-07-01', end: '2024-12-31' })
    expect(parsePeriod('2024N9')).toEqual({ id: '2024N9', type: 'nine_months', start: '2024-01-01', end: '2024-09-30' })
    expect(parsePeriod('2024')).toEqual({ id: '2024', type: 'year', start: '2024-01-01', end: '2024-12-31' })
    expect(parsePeriod('2021-2023M')).toEqual({ id: '2021-2023M', type: 'mid_term', start: '2021-01-01', end: '2023-12-31' })
    expect(parsePeriod('2021-2025')).toEqual({ id: '2021-2025', type: 'plan', start: '2021-01-01', end: '2025-12-31' })
  })

  it('knows leap years', () => {
    expect(parsePeriod('2024-02').end).toBe('2024-02-29')
    expect(parsePeriod('2023-02').end).toBe('2023-02-28')
    expect(parsePeriod('1900-02').end).toBe('1900-02-28')
    expect(parsePeriod('2000-02').end).toBe('2000-02-29')
    expect(parsePeriod('2024Q1').end).toBe('2024-03-31')
  })

  it.each([
    ['2024-13', 'month_out_of_range'],
    ['2024-00', 'month_out_of_range'],
    ['2024Q5', 'quarter_out_of_range'],
    ['2024Q0', 'quarter_out_of_range'],
    ['2024S3', 'semester_out_of_range'],
    ['2024N8', 'nine_months_suffix'],
    ['2025-2021', 'reversed_range'],
    ['2021-2021', 'reversed_range'],
    ['2023-2021M', 'reversed_range'],
    ['2021-2050', 'plan_length'],
    ['2021-2035M', 'mid_term_length'],
    ['0999', 'year_out_of_range'],
    ['', 'invalid_format'],
    [' 2024', 'invalid_format'],
    ['2024q1', 'invalid_format'],
    ['2024-3', 'invalid_format'],
    ['24Q1', 'invalid_format'],
    ['2024W1', 'invalid_format'],
  ])('rejects %s with a Lao and an English message (%s)', (id, code) => {
    const error = catchPeriodError(() => parsePeriod(id))
    expect(error.code).toBe(code)
    expect(error.lo).toMatch(LAO)
    expect(error.en).toMatch(/^[\x20-\x7E–…]+$/)
    expect(error.message).toContain(error.lo)
    expect(error.message).toContain(error.en)
    expect(isPeriodId(id)).toBe(false)
  })

  it('isPeriodId is false for non-strings', () => {
    expect(isPeriodId(2024)).toBe(false)
    expect(isPeriodId(null)).toBe(false)
  })
})

describe('formatPeriodId', () => {
  it('rejects bounds that are not a period of the type', () => {
    expect(catchPeriodError(() => formatPeriodId({ type: 'quarter', start: '2024-02-01', end: '2024-04-30' })).code).toBe(
      'invalid_bounds',
    )
    expect(catchPeriodError(() => formatPeriodId({ type: 'month', start: '2024-02-01', end: '2024-02-28' })).code).toBe(
      'invalid_bounds',
    )
    expect(catchPeriodError(() => formatPeriodId({ type: 'month', start: '2023-02-29', end: '2023-02-28' })).code).toBe(
      'invalid_date',
    )
    expect(catchPeriodError(() => formatPeriodId({ type: 'plan', start: '2021-01-01', end: '2021-12-31' })).code).toBe(
      'reversed_range',
    )
  })
})

describe('labels', () => {
  it.each([
    ['2024-03', 'ມີນາ 2024', 'March 2024'],
    ['2024Q1', 'ໄຕມາດ 1/2024', 'Q1 2024'],
    ['2024S1', '6 ເດືອນຕົ້ນປີ 2024', 'H1 2024'],
    ['2024S2', '6 ເດືອນທ້າຍປີ 2024', 'H2 2024'],
    ['2024N9', '9 ເດືອນ 2024', 'Jan–Sep 2024'],
    ['2024', 'ປີ 2024', '2024'],
    ['2021-2023M', 'ກາງສະໄໝ 2021-2023', 'Mid-term 2021–2023'],
    ['2021-2025', '5 ປີ 2021-2025', '2021–2025'],
    ['2016-2025', '10 ປີ 2016-2025', '2016–2025'],
  ])('%s → %s / %s', (id, lo, en) => {
    expect(periodLabel(id, 'lo')).toBe(lo)
    expect(periodLabel(id, 'en')).toBe(en)
  })
})

describe('relations', () => {
  it('parents of months and quarters, N9 only for Jan–Sep / Q1–Q3', () => {
    expect(parentOf('2024-03', 'quarter')).toBe('2024Q1')
    expect(parentOf('2024-08', 'semester')).toBe('2024S2')
    expect(parentOf('2024-09', 'nine_months')).toBe('2024N9')
    expect(parentOf('2024-10', 'nine_months')).toBeNull()
    expect(parentOf('2024Q3', 'nine_months')).toBe('2024N9')
    expect(parentOf('2024Q4', 'nine_months')).toBeNull()
    expect(parentOf('2024S2', 'nine_months')).toBeNull()
    expect(parentOf('2024N9', 'year')).toBe('2024')
  })

  it('plan and mid-term parents need the plan', () => {
    expect(parentOf('2022', 'mid_term', { plan: '2021-2025' })).toBe('2021-2023M')
    expect(parentOf('2024', 'mid_term', { plan: '2021-2025' })).toBeNull()
    expect(parentOf('2024Q2', 'plan', { plan: '2021-2025' })).toBe('2021-2025')
    expect(parentOf('2026', 'plan', { plan: '2021-2025' })).toBeNull()
    expect(catchPeriodError(() => parentOf('2024', 'plan')).code).toBe('plan_context_required')
    expect(catchPeriodError(() => parentOf('2024', 'plan', { plan: '2024' })).code).toBe('type_mismatch')
    expect(catchPeriodError(() => parentOf('2024', 'quarter')).code).toBe('invalid_parent_type')
    expect(catchPeriodError(() => parentOf('2024Q1', 'quarter')).code).toBe('invalid_parent_type')
  })

  it('mid-term is the first ⌈n/2⌉ years of the plan', () => {
    expect(midTermOf('2021-2025')).toBe('2021-2023M')
    expect(midTermOf('2021-2026')).toBe('2021-2023M')
    expect(midTermOf('2021-2022')).toBe('2021-2021M')
    expect(catchPeriodError(() => midTermOf('2021-2023M')).code).toBe('type_mismatch')
  })

  it('rollUpTargets', () => {
    expect(rollUpTargets('2024-03')).toEqual(['2024Q1', '2024S1', '2024N9', '2024'])
    expect(rollUpTargets('2023-11', { plan: '2021-2025' })).toEqual(['2023Q4', '2023S2', '2023', '2021-2023M', '2021-2025'])
    expect(rollUpTargets('2025-03', { plan: '2021-2025' })).toEqual(['2025Q1', '2025S1', '2025N9', '2025', '2021-2025'])
    expect(rollUpTargets('2021-2023M', { plan: '2021-2025' })).toEqual(['2021-2025'])
    expect(rollUpTargets('2021-2025')).toEqual([])
  })

  it('childrenOf examples and invalid pairs', () => {
    expect(childrenOf('2024', 'semester')).toEqual(['2024S1', '2024S2'])
    expect(childrenOf('2024S2', 'quarter')).toEqual(['2024Q3', '2024Q4'])
    expect(childrenOf('2021-2025', 'year')).toEqual(['2021', '2022', '2023', '2024', '2025'])
    expect(childrenOf('2024N9', 'month')).toHaveLength(9)
    for (const [id, type] of [
      ['2024N9', 'semester'],
      ['2024', 'nine_months'],
      ['2024-03', 'month'],
      ['2024Q1', 'year'],
      ['2021-2025', 'mid_term'],
    ] as const) {
      expect(catchPeriodError(() => childrenOf(id, type)).code).toBe('invalid_child_type')
    }
  })

  it('contains', () => {
    expect(contains('2024', '2024-02')).toBe(true)
    expect(contains('2024N9', '2024-10')).toBe(false)
    expect(contains('2024Q1', '2024Q1')).toBe(true)
    expect(contains('2024-02', '2024')).toBe(false)
  })
})

describe('navigation and dates', () => {
  it('next / previous / same period last year', () => {
    expect(nextPeriod('2024-12')).toBe('2025-01')
    expect(previousPeriod('2024Q1')).toBe('2023Q4')
    expect(nextPeriod('2024S2')).toBe('2025S1')
    expect(nextPeriod('2024N9')).toBe('2025N9')
    expect(nextPeriod('2021-2025')).toBe('2026-2030')
    expect(previousPeriod('2021-2025')).toBe('2016-2020')
    expect(samePeriodLastYear('2024S2')).toBe('2023S2')
    expect(samePeriodLastYear('2024-02')).toBe('2023-02')
    expect(catchPeriodError(() => nextPeriod('2021-2023M')).code).toBe('not_applicable')
    expect(catchPeriodError(() => samePeriodLastYear('2021-2025')).code).toBe('not_applicable')
    expect(catchPeriodError(() => nextPeriod('9999-12')).code).toBe('year_out_of_range')
    expect(catchPeriodError(() => previousPeriod('1000')).code).toBe('year_out_of_range')
  })

  it('periodsBetween', () => {
    expect(periodsBetween('quarter', '2023Q3', '2024Q2')).toEqual(['2023Q3', '2023Q4', '2024Q1', '2024Q2'])
    expect(periodsBetween('plan', '2011-2015', '2021-2025')).toEqual(['2011-2015', '2016-2020', '2021-2025'])
    expect(periodsBetween('month', '2024-05', '2024-05')).toEqual(['2024-05'])
    expect(catchPeriodError(() => periodsBetween('month', '2024Q1', '2024-05')).code).toBe('type_mismatch')
    expect(catchPeriodError(() => periodsBetween('month', '2024-06', '2024-05')).code).toBe('reversed_range')
    expect(catchPeriodError(() => periodsBetween('plan', '2011-2015', '2022-2026')).code).toBe('invalid_bounds')
  })

  it('deadlineOf', () => {
    expect(deadlineOf('2024-03', { daysAfterEnd: 10 })).toBe('2024-04-10')
    expect(deadlineOf('2024Q4', { daysAfterEnd: 15 })).toBe('2025-01-15')
    expect(deadlineOf('2024-01', { daysAfterEnd: 29 })).toBe('2024-02-29')
    expect(deadlineOf('2024', { daysAfterEnd: 0 })).toBe('2024-12-31')
    expect(catchPeriodError(() => deadlineOf('2024', { daysAfterEnd: -1 })).code).toBe('invalid_deadline_rule')
    expect(catchPeriodError(() => deadlineOf('2024', { daysAfterEnd: 1.5 })).code).toBe('invalid_deadline_rule')
  })

  it('currentPeriod uses the date in Laos (UTC+7)', () => {
    const lateMarch = new Date('2024-03-31T18:00:00Z') // 01:00 on 1 April in Vientiane
    expect(currentPeriod('month', lateMarch)).toBe('2024-04')
    expect(currentPeriod('quarter', lateMarch)).toBe('2024Q2')
    expect(currentPeriod('month', new Date('2024-03-31T16:59:59Z'))).toBe('2024-03')
    expect(currentPeriod('semester', new Date('2024-07-15T00:00:00Z'))).toBe('2024S2')
    expect(currentPeriod('year', new Date('2024-12-31T17:00:00Z'))).toBe('2025')
    expect(currentPeriod('nine_months', new Date('2024-09-30T00:00:00Z'))).toBe('2024N9')
    expect(currentPeriod('nine_months', new Date('2024-10-05T00:00:00Z'))).toBeNull()
    expect(catchPeriodError(() => currentPeriod('plan', lateMarch)).code).toBe('not_applicable')
    expect(catchPeriodError(() => currentPeriod('month', new Date('nope'))).code).toBe('invalid_date')
  })
})

const RUNS = { numRuns: 300 }

/** Every (parent type, child type) pair childrenOf supports, with an id generator for the parent. */
const CHILD_PAIRS: [PeriodType, PeriodType][] = [
  ['year', 'month'],
  ['year', 'quarter'],
  ['year', 'semester'],
  ['semester', 'month'],
  ['semester', 'quarter'],
  ['quarter', 'month'],
  ['nine_months', 'month'],
  ['nine_months', 'quarter'],
  ['mid_term', 'year'],
  ['mid_term', 'semester'],
  ['mid_term', 'quarter'],
  ['mid_term', 'month'],
  ['plan', 'year'],
  ['plan', 'semester'],
  ['plan', 'quarter'],
  ['plan', 'month'],
]

describe('properties', () => {
  it('parse ∘ format round-trips for every type', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        const p = parsePeriod(id)
        expect(isPeriodId(id)).toBe(true)
        expect(p.id).toBe(id)
        expect(formatPeriodId(p)).toBe(id)
        expect(parsePeriod(formatPeriodId({ type: p.type, start: p.start, end: p.end }))).toEqual(p)
        expect(p.start <= p.end).toBe(true)
      }),
      RUNS,
    )
  })

  it('only canonical ids are accepted', () => {
    const idLike = fc.string({ unit: fc.constantFrom(...'0123456789-QSNM'.split('')), maxLength: 11 })
    fc.assert(
      fc.property(fc.oneof(idLike, anyId), (text) => {
        if (isPeriodId(text)) expect(formatPeriodId(parsePeriod(text))).toBe(text)
        else expect(() => parsePeriod(text)).toThrow(PeriodError)
      }),
      { numRuns: 1000 },
    )
  })

  it("every month's quarter, semester and year contain it; N9 only for Jan–Sep", () => {
    fc.assert(
      fc.property(monthId, (id) => {
        for (const type of ['quarter', 'semester', 'year'] as const) {
          const parent = parentOf(id, type)
          expect(parent).not.toBeNull()
          expect(contains(parent!, id)).toBe(true)
          expect(childrenOf(parent!, 'month')).toContain(id)
        }
        const n9 = parentOf(id, 'nine_months')
        expect(n9 !== null).toBe(Number(id.slice(5)) <= 9)
      }),
      RUNS,
    )
  })

  it('childrenOf partitions the period exactly for every valid pair', () => {
    const pairAndId = fc.constantFrom(...CHILD_PAIRS).chain(([parentType, childType]) =>
      idOf[parentType].map((id) => [id, childType] as const),
    )
    fc.assert(
      fc.property(pairAndId, ([id, childType]) => {
        const parent = parsePeriod(id)
        const children = childrenOf(id, childType).map(parsePeriod)
        expect(children.length).toBeGreaterThan(0)
        expect(children[0].start).toBe(parent.start)
        expect(children[children.length - 1].end).toBe(parent.end)
        children.forEach((child, i) => {
          expect(child.type).toBe(childType)
          expect(contains(id, child.id)).toBe(true)
          if (i > 0) expect(child.start).toBe(addDays(children[i - 1].end, 1))
        })
      }),
      RUNS,
    )
  })

  it('next(previous(x)) = x, previous(next(x)) = x, and consecutive periods are adjacent', () => {
    fc.assert(
      fc.property(steppableId, (id) => {
        expect(nextPeriod(previousPeriod(id))).toBe(id)
        expect(previousPeriod(nextPeriod(id))).toBe(id)
        const next = parsePeriod(nextPeriod(id))
        expect(next.type).toBe(parsePeriod(id).type)
        if (next.type !== 'nine_months') expect(next.start).toBe(addDays(parsePeriod(id).end, 1))
      }),
      RUNS,
    )
  })

  it('periodsBetween has the right length and order', () => {
    fc.assert(
      fc.property(steppableId, fc.nat({ max: 30 }), (from, k) => {
        let to = from
        for (let i = 0; i < k; i++) to = nextPeriod(to)
        const type = parsePeriod(from).type
        const ids = periodsBetween(type, from, to)
        expect(ids).toHaveLength(k + 1)
        expect(ids[0]).toBe(from)
        expect(ids[k]).toBe(to)
        for (let i = 1; i < ids.length; i++) {
          expect(ids[i]).toBe(nextPeriod(ids[i - 1]))
          expect(parsePeriod(ids[i - 1]).end < parsePeriod(ids[i]).start).toBe(true)
        }
        if (k > 0) expect(() => periodsBetween(type, to, from)).toThrow(PeriodError)
      }),
      RUNS,
    )
  })

  it('contains is transitive on chains plan ⊇ year ⊇ semester ⊇ quarter ⊇ month', () => {
    const pick = (ids: string[]) => fc.nat({ max: ids.length - 1 }).map((i) => ids[i])
    const chain = planId.chain((plan) =>
      pick(childrenOf(plan, 'year')).chain((y) =>
        pick(childrenOf(y, 'semester')).chain((s) =>
          pick(childrenOf(s, 'quarter')).chain((q) => pick(childrenOf(q, 'month')).map((m) => [plan, y, s, q, m])),
        ),
      ),
    )
    fc.assert(
      fc.property(chain, (ids) => {
        for (let i = 0; i < ids.length; i++) {
          for (let j = i; j < ids.length; j++) {
            expect(contains(ids[i], ids[j])).toBe(true)
            if (j > i) expect(contains(ids[j], ids[i])).toBe(false)
          }
        }
        const month = ids[4]
        expect(rollUpTargets(month, { plan: ids[0] })).toEqual(expect.arrayContaining(ids.slice(0, 4)))
      }),
      RUNS,
    )
  })

  it('rollUpTargets are exactly the coarser periods containing the id', () => {
    fc.assert(
      fc.property(anyId, planId, (id, plan) => {
        const targets = rollUpTargets(id, { plan })
        for (const target of targets) expect(contains(target, id)).toBe(true)
        const rank = PERIOD_TYPES.indexOf(parsePeriod(id).type)
        const expected = PERIOD_TYPES.slice(rank + 1)
          .map((t) => parentOf(id, t, { plan }))
          .filter((p): p is string => p !== null)
        expect(targets).toEqual(expected)
      }),
      RUNS,
    )
  })

  it('N9 is exactly Q1 + Q2 + Q3', () => {
    fc.assert(
      fc.property(year, (y) => {
        const n9 = parsePeriod(`${y}N9`)
        expect(childrenOf(n9.id, 'quarter')).toEqual([`${y}Q1`, `${y}Q2`, `${y}Q3`])
        expect(n9.start).toBe(parsePeriod(`${y}Q1`).start)
        expect(n9.end).toBe(parsePeriod(`${y}Q3`).end)
        expect(childrenOf(n9.id, 'month')).toEqual(['Q1', 'Q2', 'Q3'].flatMap((q) => childrenOf(`${y}${q}`, 'month')))
        expect(contains(n9.id, `${y}Q4`)).toBe(false)
      }),
      RUNS,
    )
  })

  it('deadlines fall daysAfterEnd days after the period end', () => {
    fc.assert(
      fc.property(anyId, fc.integer({ min: 1, max: 400 }), (id, days) => {
        const deadline = deadlineOf(id, { daysAfterEnd: days })
        expect(deadline > parsePeriod(id).end).toBe(true)
        expect(deadline).toBe(addDays(parsePeriod(id).end, days))
      }),
      RUNS,
    )
  })

  it('samePeriodLastYear is the same kind of period 12 months earlier', () => {
    fc.assert(
      fc.property(fc.oneof(monthId, quarterId, semesterId, nineMonthsId, yearId), (id) => {
        const last = parsePeriod(samePeriodLastYear(id))
        const p = parsePeriod(id)
        expect(last.type).toBe(p.type)
        expect(last.start).toBe(`${Number(p.start.slice(0, 4)) - 1}${p.start.slice(4)}`)
        expect(periodLabel(last.id, 'en').replace(/\d{4}/, '')).toBe(periodLabel(id, 'en').replace(/\d{4}/, ''))
      }),
      RUNS,
    )
  })

  it('currentPeriod contains the date in Laos', () => {
    const date = fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2150-12-31T00:00:00Z'), noInvalidDate: true })
    fc.assert(
      fc.property(date, (today) => {
        const laoDay = new Date(today.getTime() + 7 * 3_600_000).toISOString().slice(0, 10)
        for (const type of ['month', 'quarter', 'semester', 'year'] as const) {
          const p = parsePeriod(currentPeriod(type, today))
          expect(p.start <= laoDay && laoDay <= p.end).toBe(true)
        }
        const n9 = currentPeriod('nine_months', today)
        expect(n9 !== null).toBe(Number(laoDay.slice(5, 7)) <= 9)
      }),
      RUNS,
    )
  })

  it('labels are never empty; Lao labels contain Lao script, English ones do not', () => {
    fc.assert(
      fc.property(anyId, (id) => {
        const lo = periodLabel(id, 'lo')
        const en = periodLabel(id, 'en')
        expect(lo).toMatch(LAO)
        expect(en.trim()).not.toBe('')
        expect(en).not.toMatch(LAO)
        expect(lo).toContain(id.slice(0, 4))
        expect(en).toContain(id.slice(0, 4))
      }),
      RUNS,
    )
  })
})
