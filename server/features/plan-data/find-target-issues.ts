import type { PlanPackage } from './read-package.js'
import type { TargetInput } from './package-schema.js'
import { type Finding, close, s } from './finding.js'

function allTargets(pkg: PlanPackage): Map<string, TargetInput> {
  const m = new Map<string, TargetInput>()
  const walk = (t: TargetInput) => { m.set(t.code, t); t.parts?.forEach(walk) }
  ;(pkg.framework.targets ?? []).forEach(walk)
  return m
}

/** Targets that contradict each other, sit below their baseline, or periods that cannot be read. */
export function findTargetIssues(pkg: PlanPackage): Finding[] {
  const out: Finding[] = []
  const targets = allTargets(pkg)

  for (const ind of pkg.indicators?.indicators ?? []) {
    const bound = (ind.binds ?? []).map((c) => targets.get(c)).filter((t): t is TargetInput => !!t && typeof t.value === 'number')
    for (let i = 1; i < bound.length; i++) {
      const a = bound[0], b = bound[i]
      if (close(a.value!, b.value!) || Boolean(a.per_year) !== Boolean(b.per_year)) continue
      out.push({
        code: `CONTRA-${a.code}-${b.code}`, kind: 'contradictory_targets', severity: 'error', subject_type: 'target', subject_code: a.code,
        title_lo: `ຄາດໝາຍຂັດກັນ: ${a.code} ແລະ ${b.code} (${ind.name.lo ?? ind.code})`,
        title_en: `Contradictory targets for ${ind.name.en ?? ind.code}: ${a.code} says ${a.value}, ${b.code} says ${b.value}`,
        a: { value: a.value!, label: a.code, src: s(a.src) }, b: { value: b.value!, label: b.code, src: s(b.src) },
        detail: { indicator: ind.code },
      })
    }
    const latest = [...(ind.values ?? [])].sort((x, y) => y.year - x.year)[0]
    const t2025 = ind.target_2025?.value
    if (latest && typeof t2025 === 'number' && (ind.direction ?? 'up') === 'up' && t2025 < latest.value) {
      out.push(belowBaseline(`BELOW-${ind.code}`, 'indicator', ind.code, ind.name.lo ?? ind.code, ind.name.en ?? ind.code, t2025, s(ind.target_2025?.src ?? ind.src), latest.value, latest.year, s(latest.src ?? ind.src)))
    }
    const years = (ind.values ?? []).filter((v) => v.value === v.year)
    if (years.length >= 2) {
      out.push({
        code: `HEADING-ROW-${ind.code}`, kind: 'heading_row', severity: 'warning', subject_type: 'indicator', subject_code: ind.code,
        title_lo: `ແຖວ "${ind.name.lo ?? ind.code}" ມີປີແທນຄ່າ`, title_en: `Row "${ind.name.en ?? ind.code}" holds year headings instead of values`,
        a: { value: years[0].value, label: `value for ${years[0].year}`, src: s(ind.src) },
      })
    }
    for (const issue of ind.issues ?? []) {
      // the loader detects these itself; an extractor's note of them would only repeat the finding
      if (issue.kind === 'target_below_latest' || issue.kind === 'duplicate_label' || (issue.kind === 'heading_row' && years.length >= 2)) continue
      out.push({
        code: `REPORTED-${ind.code}-${issue.kind}`.toUpperCase(), kind: issue.kind === 'heading_row' || issue.kind === 'duplicate_label' ? issue.kind : 'other',
        severity: 'warning', subject_type: 'indicator', subject_code: ind.code,
        title_lo: `${ind.name.lo ?? ind.code}: ${issue.kind}`, title_en: `${ind.name.en ?? ind.code}: ${issue.note ?? issue.kind}`,
        a: { value: null, label: 'row', src: s(issue.src ?? ind.src) }, detail: { note: issue.note, figures: issue.figures },
      })
    }
  }

  const byLabel = new Map<string, { code: string; src: string | null }[]>()
  for (const ind of pkg.indicators?.indicators ?? []) {
    const key = (ind.name.lo ?? '').normalize('NFC').replace(/\s+/g, ' ').trim()
    if (key) byLabel.set(key, [...(byLabel.get(key) ?? []), { code: ind.code, src: s(ind.src) }])
  }
  for (const [label, list] of byLabel) if (list.length > 1 && !out.some((f) => f.code === `DUPLABEL-${list[0].code}`)) {
    out.push({
      code: `DUPLABEL-${list[0].code}`, kind: 'duplicate_label', severity: 'warning', subject_type: 'indicator', subject_code: list[0].code,
      title_lo: `ສອງແຖວມີຊື່ດຽວກັນ: ${label}`, title_en: `${list.length} rows share one label (${list.map((x) => x.code).join(', ')})`,
      a: { value: null, label: list[0].code, src: list[0].src }, b: { value: null, label: list[1].code, src: list[1].src },
    })
  }

  for (const t of targets.values()) {
    if (!t.baseline || typeof t.value !== 'number' || t.comparator === 'increase_by' || t.comparator?.startsWith('decrease')) continue
    if (t.value < t.baseline.value) {
      out.push(belowBaseline(`BELOW-${t.code}`, 'target', t.code, t.text?.lo ?? t.code, t.code, t.value, s(t.src), t.baseline.value, t.baseline.year ?? null, s(t.baseline.src ?? t.src)))
    }
  }

  const { start, end } = pkg.plan.period
  const projects = [...(pkg.projects?.sections ?? []).flatMap((x) => x.projects), ...(pkg.projects?.oda?.projects ?? [])]
  for (const p of projects) {
    const y = p.years
    if (!y) continue
    const bad = y.start === null || y.end === null || y.end < y.start || y.start < start || y.end > end
    if (!bad) continue
    out.push({
      code: `PERIOD-${p.code}`, kind: 'odd_period', severity: 'warning', subject_type: 'project', subject_code: p.code,
      title_lo: `ໄລຍະຂອງໂຄງການ ${p.code} ບໍ່ຖືກຕ້ອງ: "${y.raw ?? `${y.start}-${y.end}`}"`,
      title_en: `Project ${p.code} has a period outside ${start}–${end} or unreadable: "${y.raw ?? `${y.start}-${y.end}`}"`,
      a: { value: y.start, label: 'start year', src: s(p.src) }, b: { value: y.end, label: 'end year as printed', src: s(p.src) },
      detail: { raw: y.raw },
    })
  }
  return out
}

function belowBaseline(code: string, type: string, subject: string, lo: string, en: string, target: number, srcA: string | null, base: number, year: number | null, srcB: string | null): Finding {
  return {
    code, kind: 'target_below_baseline', severity: 'warning', subject_type: type, subject_code: subject,
    title_lo: `ຄາດໝາຍຕ່ຳກວ່າຄ່າພື້ນຖານ: ${lo}`,
    title_en: `Target below its baseline: ${en} aims at ${target} but ${year ?? 'the baseline'} was already ${base}`,
    a: { value: target, label: 'target', src: srcA }, b: { value: base, label: `baseline${year ? ` ${year}` : ''}`, src: srcB },
  }
}
