import type { Dashboard, ProgressStatus, TargetProgress } from '../dashboard.schemas.js'
import { escapeHtml as esc } from './escape-html.js'
import type { ProvinceShapes } from '../../../../common/geo/province-shapes.js'
import { fill, kitFor, plural, type Kit, type PaintLanguage } from './paint-kit.js'
import { MAP_STYLE, renderMapFirstPaint } from './render-map-first-paint.js'

export type { PaintLanguage }

/**
 * The dashboard's first screen as plain HTML, in the reader's language (Lao unless they chose English): the plan's name, the overall targets with their status and the province map, as
 * the React page draws them (web/features/dashboard/overall-targets-*.tsx, dashboard-header.tsx). The app replaces
 * it when its code has arrived; until then this is what a reader on a slow line sees.
 */
export function renderDashboardFirstPaint(data: Dashboard, lang: PaintLanguage = 'lo', shapes: ProvinceShapes | null = null): { style: string; body: string } {
  const k = kitFor(lang)
  const { d, pick, num } = k
  const name = pick(data.plan.name) ?? { text: data.plan.code, lang }
  const fresh = data.freshness.lastApprovedAt ? fill(d.freshness.updated, { date: k.dateTime(data.freshness.lastApprovedAt) }) : d.freshness.never
  const scope = data.scope.all ? d.scope.all : fill(d.scope.units, { units: data.scope.units.map((u) => pick(u.name)?.text ?? u.code).join(', ') })
  const demo = data.plan.isDemo ? ` <span class="fp-chip fp-demo">${esc(d.demo)}</span>` : ''
  const body = `<div class="fp" data-first-paint="dashboard">`
    + `<div class="fp-top"><span class="fp-app">${esc(k.app.app.name)}</span></div><div class="fp-nav"></div>`
    + `<main class="fp-main"><div class="fp-page">`
    + `<p class="fp-eyebrow">${esc(d.eyebrow)}</p>`
    + `<h1><span lang="${name.lang}">${esc(name.text)}</span>${demo}</h1>`
    + `<p class="fp-dim">${esc(fresh)} · ${esc(fill(plural(d.freshness, 'reports', data.freshness.approvedReports), { count: num(data.freshness.approvedReports, 0) }))} · ${esc(scope)}</p>`
    + `<p class="fp-dim fp-xs">${esc(d.freshness.basis)}</p>`
    + `<div class="fp-filters" aria-hidden="true"><i></i><i></i><i></i></div>`
    + `<section class="fp-card" aria-labelledby="fp-overall-title">`
    + `<h2 id="fp-overall-title">${esc(d.summary.title)}</h2>`
    + `<p class="fp-dim fp-sm">${esc(fill(d.summary.intro, { total: data.summary.total }))}</p>`
    + summaryCards(k, data)
    + targetsTable(k, data.plan.code, data.overallTargets)
    + `</section>`
    + renderMapFirstPaint(k, data, shapes)
    + `</div></main></div>`
  return { style: STYLE + MAP_STYLE, body }
}

const STATUS_ORDER: readonly ProgressStatus[] = ['achieved', 'on_track', 'at_risk', 'off_track', 'no_data']

function summaryCards({ d, num }: Kit, data: Dashboard): string {
  const cards = STATUS_ORDER.map((s) => `<li class="fp-count fp-count-${s}"><span>${esc(d.status[s])}</span><b>${num(data.summary[s], 0)}</b>`
    + `<small>${esc(fill(d.summary.ofTotal, { total: num(data.summary.total, 0) }))}</small></li>`).join('')
  const cancelled = data.summary.cancelled ? `<p class="fp-dim fp-xs">${esc(fill(d.summary.cancelled, { count: data.summary.cancelled }))}</p>` : ''
  return `<ul class="fp-counts">${cards}</ul>${cancelled}`
}

function targetsTable(k: Kit, plan: string, targets: TargetProgress[]): string {
  const d = k.d.targets
  if (!targets.length) return `<p class="fp-dim fp-sm" data-testid="overall-targets">${esc(d.none)}</p>`
  return `<table class="fp-targets" data-testid="overall-targets"><caption class="fp-hidden">${esc(d.caption)}</caption>`
    + `<thead><tr><th class="fp-no">${esc(d.no)}</th><th>${esc(d.target)}</th><th class="fp-status">${esc(d.status)}</th>`
    + `<th class="fp-progress">${esc(d.progress)}</th><th class="fp-figures">${esc(d.actualVsTarget)}</th></tr></thead>`
    + `<tbody>${targets.map((t) => targetRow(k, plan, t)).join('')}</tbody></table>`
}

function targetRow(k: Kit, plan: string, t: TargetProgress): string {
  const text = k.pick(t.text)
  const href = `/plans/${encodeURIComponent(plan)}/targets/${encodeURIComponent(t.code)}`
  return `<tr data-code="${esc(t.code)}" data-status="${t.status}">`
    + `<td class="fp-no"><b>${t.no ?? '·'}</b></td>`
    + `<td><a href="${esc(href)}"${text ? ` lang="${text.lang}"` : ''}>${esc(text?.text ?? t.code)}</a></td>`
    + `<td class="fp-status"><span class="fp-chip fp-${t.status}">${esc(k.d.status[t.status])}</span></td>`
    + `<td class="fp-progress">${progress(k, t)}</td>`
    + `<td class="fp-figures">${figures(k, t)}</td></tr>`
}

/** As TargetProgressBar: % of the way for a number, the reported status and % complete for a milestone. */
function progress({ d, num }: Kit, t: TargetProgress): string {
  if (t.kind === 'milestone' && t.milestone) {
    const m = t.milestone
    const pct = m.percentComplete ?? (m.status === 'completed' ? 100 : null)
    const label = fill(d.milestone.label, { status: d.milestone[m.status] }) + (pct !== null ? ` · ${num(pct, 0)}%` : '') + (m.source === 'plan' ? ` (${d.milestone.fromPlan})` : '')
    return (pct !== null ? bar(pct, `fp-m-${m.status}`) : '') + `<small class="fp-dim">${esc(label)}</small>`
  }
  const pct = t.percentOfTarget
  if (pct === null) return '<small class="fp-dim">—</small>'
  const expected = t.expected !== null ? ` <span class="fp-dim">${esc(fill(d.targets.expected, { value: num(t.expected) }))}</span>` : ''
  return bar(pct, `fp-${t.status}`) + `<small><b>${esc(fill(d.targets.percentOfWay, { percent: num(pct, 0) }))}</b>${expected}</small>`
}

const bar = (pct: number, colour: string) => `<span class="fp-bar" aria-hidden="true"><span class="${colour}" style="width:${Math.max(0, Math.min(100, pct))}%"></span></span>`

/** As ActualVsTarget: "actual / goal", the unit, the period of the actual and the baseline. */
function figures({ d: all, num, pick, label }: Kit, t: TargetProgress): string {
  if (t.kind === 'milestone') return ''
  const d = all.targets
  const value = t.actual?.value ?? null
  const actual = value === null ? `<span class="fp-dim">${esc(d.noActual)}</span>` : esc(num(value))
  const unit = pick(t.unit)?.text
  const notes = [t.actual?.period ? fill(d.actualFor, { period: label(t.actual.period) }) : null, t.baseline ? fill(d.baseline, { value: num(t.baseline.value) }) : null].filter(Boolean).join(' · ')
  return `<b>${actual}</b> / ${esc(t.target.value === null ? '—' : num(t.target.value))}`
    + (unit ? `<small class="fp-dim">${esc(unit)}</small>` : '') + (notes ? `<small class="fp-dim">${esc(notes)}</small>` : '')
}

// Mantine's look before its stylesheet arrives (AppShell 60 px header and 240 px navbar, Paper, Table, Badge, Progress);
// chips and bars in the shades the React table uses (web/features/dashboard/status-colors.ts).
const STYLE = `
body{margin:0}
.fp{font-family:'Noto Sans Lao','Noto Sans','Lao UI','Phetsarath OT',sans-serif;color:#000;line-height:1.7;-webkit-text-size-adjust:100%}
.fp *{box-sizing:border-box}
.fp-top{position:fixed;inset:0 0 auto 0;height:60px;background:#fff;border-bottom:1px solid #dee2e6;display:flex;align-items:center;padding:0 10px 0 54px;z-index:2}
.fp-app{font-weight:700;font-size:1.125rem;color:#3b5bdb}
.fp-nav{display:none}
.fp-main{padding:76px 16px 16px}
@media (min-width:48em){.fp-nav{display:block;position:fixed;top:60px;bottom:0;left:0;width:240px;border-right:1px solid #dee2e6}.fp-main{padding-left:256px}}
.fp-page{max-width:1200px;display:flex;flex-direction:column;gap:20px}
.fp-page>p,.fp h1,.fp h2{margin:0}
.fp-eyebrow{font-size:.875rem;font-weight:700;color:#3b5bdb;margin-bottom:-20px!important}
.fp h1{font-size:1.6rem;line-height:1.6;margin-bottom:-16px}
.fp h2{font-size:1.1rem;line-height:1.6}
.fp-dim{color:#868e96}.fp-sm{font-size:.875rem}.fp-xs{font-size:.75rem;margin-top:-16px!important}
.fp-filters{display:grid;gap:12px}.fp-filters i{height:60px;border-radius:4px;background:#f1f3f5}
@media (min-width:36em){.fp-filters{grid-template-columns:repeat(3,1fr)}}
.fp-card{border:1px solid #dee2e6;border-radius:8px;padding:16px;display:flex;flex-direction:column;gap:12px}
.fp-card>p{margin:-12px 0 0}
.fp-counts{list-style:none;margin:0;padding:0;display:grid;grid-template-columns:repeat(2,1fr);gap:12px}
@media (min-width:36em){.fp-counts{grid-template-columns:repeat(3,1fr)}}
@media (min-width:62em){.fp-counts{grid-template-columns:repeat(5,1fr)}}
.fp-count{border:1px solid #dee2e6;border-left-width:6px;border-radius:8px;padding:10px 12px;display:flex;flex-direction:column}
.fp-count span{font-size:.875rem;font-weight:600;color:#2e2e2e}.fp-count b{font-size:30px;line-height:1.4}.fp-count small{font-size:.75rem;color:#868e96}
.fp-count-achieved{border-left-color:#2b8a3e}.fp-count-on_track{border-left-color:#12b886}.fp-count-at_risk{border-left-color:#fd7e14}.fp-count-off_track{border-left-color:#e03131}.fp-count-no_data{border-left-color:#adb5bd}
.fp-targets{width:100%;border-collapse:collapse;font-size:.875rem}
.fp-targets th{text-align:left;font-weight:700}
.fp-targets th,.fp-targets td{padding:10px;border-bottom:1px solid #dee2e6;vertical-align:top}
.fp-targets a{color:#1f1f1f;text-decoration:none;line-height:1.8}
.fp-targets small{display:block;font-size:.75rem}
.fp-no{width:3rem}.fp-status{width:9.5rem}.fp-progress{width:12.5rem}.fp-figures{width:13rem;text-align:right!important;white-space:nowrap}
@media (min-width:48em){.fp-targets{table-layout:fixed}}
@media (max-width:48em){.fp-targets thead{display:none}.fp-targets tr{display:grid;grid-template-columns:2rem minmax(0,1fr);gap:6px .5rem;padding:.6rem 0;border-bottom:1px solid #dee2e6}
.fp-targets td{display:block;border:0;padding:0;width:auto;text-align:left!important}.fp-targets td.fp-no{grid-row:span 4}.fp-targets td:not(.fp-no){grid-column:2}.fp-targets td:empty{display:none}}
.fp-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.fp-chip{display:inline-block;padding:1px 8px;border-radius:4px;font-size:12px;font-weight:600;line-height:1.6;color:#fff;border:1px solid transparent}
.fp-bar{display:block;height:8px;border-radius:32px;background:#e9ecef;overflow:hidden;margin-top:6px}.fp-bar>span{display:block;height:100%}
.fp-achieved,.fp-m-completed{background:#2b8a3e}.fp-on_track,.fp-m-on_track{background:#12b886}.fp-at_risk,.fp-m-delayed{background:#fd7e14}
.fp-off_track{background:#f03e3e}.fp-m-not_started{background:#868e96}.fp-m-cancelled{background:#adb5bd}.fp-demo{background:#fab005;color:#000;font-size:14px}
.fp-bar>.fp-no_data{background:#adb5bd}.fp-chip.fp-no_data{background:none;color:#adb5bd;border-color:#adb5bd}
`
