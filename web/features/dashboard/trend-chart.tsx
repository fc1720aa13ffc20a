import { useMemo, useRef } from 'react'
import { use } from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import { usePrinting } from './printing-context'
import { buildTrendOption, type TrendInput } from './trend-chart-option'
import { useEChart } from './use-echart'

use([LineChart, GridComponent, TooltipComponent, AriaComponent, SVGRenderer])

/** One small-multiple indicator chart; loaded with the dashboard only (React.lazy), drawn when near the screen. */
export default function TrendChart({ input, label, height = 170 }: { input: TrendInput; label: string; height?: number }) {
  const ref = useRef<HTMLDivElement>(null)
  const printing = usePrinting()
  const option = useMemo(() => buildTrendOption(input), [input])
  useEChart(ref, option, { lazy: true, eager: printing })
  return <div ref={ref} role="img" aria-label={label} data-testid="trend-chart" className="dashboard-chart" style={{ width: '100%', height }} />
}
