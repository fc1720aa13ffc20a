import { NO_DATA_HEX, normalizeIso } from '../../../../common/geo/choropleth.js'
import { provinceMapView } from '../../../../common/geo/province-map-view.js'
import type { ProvinceShapes } from '../../../../common/geo/province-shapes.js'
import type { Dashboard } from '../dashboard.schemas.js'
import { escapeHtml as esc } from './escape-html.js'
import { fill, plural, type Kit } from './paint-kit.js'

/**
 * The province map as the React section draws it (web/features/dashboard/province-map-section.tsx): the chosen
 * indicator's values coloured on plain SVG, with the legend, so a reader on a slow line sees it before the app's code.
 */
export function renderMapFirstPaint(k: Kit, data: Dashboard, shapes: ProvinceShapes | null): string {
  const { d, pick, num } = k
  const { subject, provinces, period } = data.map
  if (!subject || !shapes) return ''
  const decimals = data.indicators.find((i) => i.code === subject.code)?.decimals ?? 2
  const unit = pick(subject.unit)?.text ?? ''
  const names = new Map(provinces.map((p) => [normalizeIso(p.iso), pick(p.unit.name)?.text]))
  const provinceNames = d.provinces as Record<string, string>
  const { areas, pieces } = provinceMapView(shapes, provinces, {
    nameOf: (iso) => names.get(iso) ?? provinceNames[iso] ?? iso,
    formatNumber: (v, digits) => num(v, digits ?? decimals),
    unit,
    noData: d.map.noData,
    reports: (count) => fill(plural(d.map, 'reports', count), { count: num(count, 0) }),
  })
  const name = pick(subject.name)?.text ?? subject.code
  const paths = areas.map((a) => `<path d="${a.d}" fill="${a.fill}" data-iso="${esc(a.iso)}"><title>${esc(`${a.name}: ${a.valueText}`)}</title></path>`).join('')
  const legend = pieces.map((p) => `<li><i style="background:${p.color}"></i>${esc(p.label)}</li>`).join('')
  return `<section class="fp-card" aria-labelledby="fp-map-title">`
    + `<h2 id="fp-map-title">${esc(d.map.title)}</h2>`
    + `<p class="fp-dim fp-sm">${esc(fill(d.map.intro, { period: k.label(period) }))}</p>`
    + `<p class="fp-sm"><b>${esc(name)}${unit ? ` (${esc(unit)})` : ''}</b></p>`
    + `<div class="fp-map" data-testid="province-map"><svg viewBox="0 0 ${shapes.width} ${shapes.height}" role="img" aria-label="${esc(fill(d.map.label, { name }))}">${paths}</svg>`
    + `<ul class="fp-legend">${legend}<li><i style="background:${NO_DATA_HEX}"></i>${esc(d.map.noData)}</li></ul>`
    + `<p class="fp-dim fp-xs">${esc(d.map.attribution)}</p></div></section>`
}

export const MAP_STYLE = `
.fp-map{max-width:520px}
.fp-map svg{display:block;width:100%;height:auto;max-height:480px}
.fp-map path{stroke:#fff;stroke-width:1;stroke-linejoin:round;vector-effect:non-scaling-stroke}
.fp-legend{list-style:none;margin:4px 0 0;padding:0;display:flex;flex-wrap:wrap;gap:2px 12px;font-size:11px}
.fp-legend i{display:inline-block;width:16px;height:12px;margin-right:4px;vertical-align:-1px;border:1px solid #ced4da}
.fp-map .fp-xs{margin-top:4px!important}
`
