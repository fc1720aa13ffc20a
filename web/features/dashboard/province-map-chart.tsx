import { useEffect, useMemo, useRef, useState } from 'react'
import { Alert, Skeleton } from '@mantine/core'
import { use } from 'echarts/core'
import { MapChart } from 'echarts/charts'
import { AriaComponent, TooltipComponent, VisualMapPiecewiseComponent } from 'echarts/components'
import { SVGRenderer } from 'echarts/renderers'
import { buildMapOption, type MapInput } from './map-option'
import { usePrinting } from './printing-context'
import { loadProvinceGeo } from './province-geo'
import { useEChart } from './use-echart'

use([MapChart, TooltipComponent, VisualMapPiecewiseComponent, AriaComponent, SVGRenderer])

/** The province choropleth; loaded with the dashboard only (React.lazy), boundaries fetched on first use. */
export default function ProvinceMapChart({ input, label, failedText, height }: { input: MapInput; label: string; failedText: string; height: number }) {
  const ref = useRef<HTMLDivElement>(null)
  const printing = usePrinting()
  const [state, setState] = useState<'loading' | 'ready' | 'failed'>('loading')
  useEffect(() => {
    let live = true
    loadProvinceGeo().then(() => live && setState('ready'), () => live && setState('failed'))
    return () => { live = false }
  }, [])
  const option = useMemo(() => (state === 'ready' ? buildMapOption(input) : null), [state, input])
  useEChart(ref, option, { eager: printing })
  if (state === 'failed') return <Alert color="gray">{failedText}</Alert>
  return (
    <div className="dashboard-map-box" style={{ position: 'relative', width: '100%', height }}>
      {state === 'loading' ? <Skeleton height={height} style={{ position: 'absolute', inset: 0 }} /> : null}
      <div ref={ref} role="img" aria-label={label} data-testid="province-map" data-ready={state === 'ready'} className="dashboard-chart" style={{ width: '100%', height }} />
    </div>
  )
}
