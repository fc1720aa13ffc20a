/** The periods the dashboard can be read for: the whole plan, each of its years, and each quarter of those years. */

export type PeriodOption = { value: string; kind: 'plan' | 'year' | 'quarter'; year: number; quarter?: number }
export type PeriodGroup = { year: number | null; options: PeriodOption[] }

export function planPeriodId(start: number, end: number): string {
  return `${start}-${end}`
}

export function periodOptions(start: number, end: number): PeriodGroup[] {
  const groups: PeriodGroup[] = [{ year: null, options: [{ value: planPeriodId(start, end), kind: 'plan', year: start }] }]
  for (let year = start; year <= end; year++) {
    groups.push({
      year,
      options: [
        { value: String(year), kind: 'year', year },
        ...[1, 2, 3, 4].map((quarter) => ({ value: `${year}Q${quarter}`, kind: 'quarter' as const, year, quarter })),
      ],
    })
  }
  return groups
}
