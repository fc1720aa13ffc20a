/** The ECharts option for one small-multiple indicator chart (pure, so it is tested without a browser). */

export type TrendPoint = { period: string; value: number | null }
export type TrendInput = {
  history: TrendPoint[]
  actuals: TrendPoint[]
  target: { year: number; value: number | null } | null
  plan: { start: number; end: number }
  labels: { history: string; actual: string; target: string; unit: string }
  formatNumber: (v: number) => string
  fontFamily: string
}

export const TREND_COLORS = { history: '#868e96', actual: '#364fc7', target: '#e8590c' }

const yearly = (points: TrendPoint[]) => new Map(points.filter((p) => /^\d{4}$/.test(p.period)).map((p) => [Number(p.period), p.value]))

/** Every year from the first history year (or the plan's start) to the target year (or the plan's end). */
export function trendYears(input: Pick<TrendInput, 'history' | 'actuals' | 'target' | 'plan'>): number[] {
  const years = [...yearly(input.history).keys(), ...yearly(input.actuals).keys(), input.plan.start]
  const from = Math.min(...years)
  const to = Math.max(input.plan.end, input.target?.year ?? input.plan.end, ...years)
  return Array.from({ length: to - from + 1 }, (_, k) => from + k)
}

/** The dashed path: from the latest known value (an actual, else the history) to the target in its year. */
export function targetPath(years: number[], history: Map<number, number | null>, actuals: Map<number, number | null>, target: TrendInput['target']): (number | null)[] {
  const path: (number | null)[] = years.map(() => null)
  if (!target || target.value === null) return path
  const targetIndex = years.indexOf(target.year)
  if (targetIndex < 0) return path
  let lastIndex = -1
  let lastValue: number | null = null
  years.forEach((y, i) => {
    const v = actuals.get(y) ?? history.get(y) ?? null
    if (v !== null && i < targetIndex) { lastIndex = i; lastValue = v }
  })
  if (lastIndex >= 0) path[lastIndex] = lastValue
  path[targetIndex] = target.value
  return path
}

export function buildTrendOption(input: TrendInput) {
  const { labels, formatNumber, fontFamily } = input
  const years = trendYears(input)
  const history = yearly(input.history)
  const actuals = yearly(input.actuals)
  const path = targetPath(years, history, actuals, input.target)
  const targetIndex = input.target ? years.indexOf(input.target.year) : -1
  const fmt = (v: unknown) => (typeof v === 'number' ? `${formatNumber(v)} ${labels.unit}`.trim() : '—')
  const series: Record<string, unknown>[] = [
    { name: labels.history, type: 'line', data: years.map((y) => history.get(y) ?? null), connectNulls: true, symbolSize: 5, color: TREND_COLORS.history, lineStyle: { width: 2 } },
    { name: labels.actual, type: 'line', data: years.map((y) => actuals.get(y) ?? null), connectNulls: true, symbolSize: 7, color: TREND_COLORS.actual, lineStyle: { width: 3 } },
  ]
  if (path.some((v) => v !== null)) {
    series.push({
      name: labels.target,
      type: 'line',
      data: path,
      connectNulls: true,
      color: TREND_COLORS.target,
      symbol: (_: unknown, p: { dataIndex: number }) => (p.dataIndex === targetIndex ? 'diamond' : 'none'),
      symbolSize: 10,
      lineStyle: { type: 'dashed', width: 2 },
      label: { show: true, position: 'top', align: 'right', fontFamily, fontSize: 11, fontWeight: 'bold', formatter: (p: { dataIndex: number; value: number | null }) => (p.dataIndex === targetIndex && p.value !== null ? formatNumber(p.value) : '') },
    })
  }
  return {
    animation: false,
    aria: { enabled: true },
    textStyle: { fontFamily, fontSize: 11 },
    grid: { left: 4, right: 14, top: 22, bottom: 2, containLabel: true },
    tooltip: { trigger: 'axis', valueFormatter: fmt, textStyle: { fontFamily, fontSize: 12 } },
    xAxis: { type: 'category', data: years.map(String), boundaryGap: false, axisLabel: { fontFamily, fontSize: 10, hideOverlap: true } },
    yAxis: { type: 'value', splitNumber: 3, axisLabel: { fontFamily, fontSize: 10, formatter: (v: number) => formatNumber(v) } },
    series,
  }
}
