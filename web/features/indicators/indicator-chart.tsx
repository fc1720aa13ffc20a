import { useEffect, useRef } from 'react'
import { init, use } from 'echarts/core'
import { LineChart } from 'echarts/charts'
import { AriaComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import { buildChartOption, type ChartInput } from './chart-option'

use([LineChart, GridComponent, TooltipComponent, LegendComponent, AriaComponent, SVGRenderer])

/**
 * The history of an indicator with a dashed line to its target. Loaded on its own (React.lazy) so ECharts never
 * weighs on the first page load. SVG rendering: text is shaped by the browser with the page's Lao font.
 */
export default function IndicatorChart({ input, label }: { input: ChartInput; label: string }) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const el = ref.current
    if (!el) return
    let disposed = false
    let chart: ReturnType<typeof init> | null = null
    const observer = new ResizeObserver(() => chart?.resize())
    // Measure text only once the Lao web font is there, or labels are laid out with the fallback's widths.
    void document.fonts.ready.then(() => {
      if (disposed) return
      chart = init(el, null, { renderer: 'svg' })
      chart.setOption(buildChartOption(input))
      observer.observe(el)
    })
    return () => {
      disposed = true
      observer.disconnect()
      chart?.dispose()
    }
  }, [input])
  return <div ref={ref} role="img" aria-label={label} data-testid="indicator-chart" style={{ width: '100%', height: 340 }} />
}
