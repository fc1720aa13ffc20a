import { useEffect, type RefObject } from 'react'
import { init, type EChartsCoreOption, type EChartsType } from 'echarts/core'

/**
 * Draws `option` into the element with ECharts' SVG renderer (the browser shapes Lao text with the page's web font),
 * once the font is loaded and — when `lazy` — once the chart is near the screen; always before printing. Resizes
 * with its box; disposed on unmount or when the option changes. `eager`: draw now (the page is being printed).
 * The SVG gets a viewBox matching its size, so print CSS can scale it to the paper's width.
 */
export function useEChart(ref: RefObject<HTMLDivElement | null>, option: EChartsCoreOption | null, { lazy = false, eager = false, onReady }: { lazy?: boolean; eager?: boolean; onReady?: (chart: EChartsType) => void } = {}) {
  useEffect(() => {
    const el = ref.current
    if (!el || !option) return
    let chart: EChartsType | null = null
    let disposed = false
    let visibility: IntersectionObserver | null = null
    const resize = new ResizeObserver(() => chart?.resize())
    const fitViewBox = () => {
      const svg = el.querySelector('svg')
      if (svg) svg.setAttribute('viewBox', `0 0 ${svg.getAttribute('width')} ${svg.getAttribute('height')}`)
    }
    const start = () => {
      if (chart || disposed) return
      visibility?.disconnect()
      chart = init(el, null, { renderer: 'svg' })
      chart.on('finished', fitViewBox)
      chart.setOption(option)
      fitViewBox()
      resize.observe(el)
      onReady?.(chart)
    }
    // While printing, draw at once: the printout is laid out right after this.
    if (eager) start()
    void document.fonts.ready.then(() => {
      if (disposed) return
      if (!lazy || typeof IntersectionObserver === 'undefined') return start()
      visibility = new IntersectionObserver((entries) => { if (entries.some((e) => e.isIntersecting)) start() }, { rootMargin: '400px 0px' })
      visibility.observe(el)
    })
    window.addEventListener('beforeprint', start)
    return () => {
      disposed = true
      visibility?.disconnect()
      resize.disconnect()
      window.removeEventListener('beforeprint', start)
      chart?.dispose()
    }
    // onReady belongs to this option: not a dependency of its own.
  }, [ref, option, lazy, eager])
}
