/** Builds the ECharts option for an indicator's history and its target (pure, so it is tested without a browser). */

export type ChartInput = {
  values: { period: string; value: number | null }[]
  target: { year: number; value: number } | null
  labels: { actual: string; target: string; unit: string }
  formatNumber: (v: number) => string
  fontFamily: string
}

export function chartPeriods(values: ChartInput['values'], target: ChartInput['target']): string[] {
  const periods = new Set(values.map((v) => v.period))
  const years = [...periods].filter((p) => /^\d{4}$/.test(p)).map(Number)
  if (target && years.length) {
    // Keep the year axis continuous up to the target year, so the gap to 2025 is visible.
    for (let y = Math.min(...years); y <= target.year; y++) periods.add(String(y))
  } else if (target) {
    periods.add(String(target.year))
  }
  return [...periods].sort()
}

export function buildChartOption(input: ChartInput) {
  const { values, target, labels, formatNumber, fontFamily } = input
  const periods = chartPeriods(values, target)
  const byPeriod = new Map(values.map((v) => [v.period, v.value]))
  const actual = periods.map((p) => byPeriod.get(p) ?? null)
  const lastIndex = actual.reduce<number>((acc, v, i) => (v !== null ? i : acc), -1)
  const targetIndex = target ? periods.indexOf(String(target.year)) : -1
  // The dashed line runs from the latest actual value to the target value in the target year.
  const path = periods.map((_, i) => {
    if (!target || targetIndex < 0) return null
    if (i === targetIndex) return target.value
    if (i === lastIndex && lastIndex < targetIndex) return actual[i]
    return null
  })
  const series: Record<string, unknown>[] = [
    {
      name: labels.actual,
      type: 'line',
      data: actual,
      connectNulls: true,
      symbolSize: 8,
      label: { show: true, position: 'top', formatter: (p: { value: number | null }) => (p.value === null ? '' : formatNumber(p.value)) },
    },
  ]
  if (target && targetIndex >= 0) {
    series.push({
      name: labels.target,
      type: 'line',
      data: path,
      connectNulls: true,
      symbol: 'diamond',
      symbolSize: 11,
      lineStyle: { type: 'dashed', width: 2 },
      // Right-aligned above the last point, so the label never runs off the chart's right edge.
      label: { show: true, position: 'top', align: 'right', distance: 10, fontWeight: 'bold', formatter: (p: { value: number | null; dataIndex: number }) => (p.dataIndex === targetIndex ? `${labels.target}: ${formatNumber(target.value)}` : '') },
    })
  }
  return {
    aria: { enabled: true },
    textStyle: { fontFamily, fontSize: 13 },
    color: ['#364fc7', '#e8590c'],
    grid: { left: 8, right: 24, top: 48, bottom: 8, containLabel: true },
    legend: { top: 0, textStyle: { fontFamily, lineHeight: 22 } },
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v === null || v === undefined ? '—' : `${formatNumber(v)} ${labels.unit}`.trim()), textStyle: { fontFamily } },
    xAxis: { type: 'category', data: periods, boundaryGap: false, axisLabel: { fontFamily } },
    yAxis: { type: 'value', name: labels.unit, nameTextStyle: { fontFamily, align: 'left' }, axisLabel: { fontFamily, formatter: (v: number) => formatNumber(v) } },
    series,
  }
}
