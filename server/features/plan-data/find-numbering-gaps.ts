import type { PlanPackage } from './read-package.js'
import { type Finding, s } from './finding.js'

type Numbered = { no?: number | null; code: string; src?: string | number }

/** Duplicate or skipped printed numbers in a numbered list (projects per section, targets, programmes, legislation). */
export function checkSequence(list: Numbered[], scope: string, lo: string, en: string): Finding[] {
  const out: Finding[] = []
  const nums = list.filter((x) => typeof x.no === 'number') as (Numbered & { no: number })[]
  if (!nums.length) return out
  const seen = new Map<number, Numbered>()
  for (const x of nums) {
    const first = seen.get(x.no)
    if (first) {
      out.push({
        code: `DUP-${scope}-${x.no}`, kind: 'duplicate_number', severity: 'warning', subject_type: scope, subject_code: x.code,
        title_lo: `${lo}: ເລກທີ ${x.no} ຊ້ຳກັນ`, title_en: `${en}: number ${x.no} is used twice`,
        a: { value: x.no, label: first.code, src: s(first.src) }, b: { value: x.no, label: x.code, src: s(x.src) },
      })
    } else seen.set(x.no, x)
  }
  const max = Math.max(...nums.map((x) => x.no))
  const min = Math.min(...nums.map((x) => x.no))
  for (let n = Math.max(1, min); n <= max; n++) {
    if (seen.has(n)) continue
    const before = seen.get(n - 1)
    out.push({
      code: `SKIP-${scope}-${n}`, kind: 'skipped_number', severity: 'info', subject_type: scope, subject_code: before?.code,
      title_lo: `${lo}: ບໍ່ມີເລກທີ ${n}`, title_en: `${en}: number ${n} is skipped`,
      a: { value: n - 1, label: 'previous number', src: s(before?.src) }, b: { value: n, label: 'missing number', src: null },
    })
  }
  return out
}

export function findNumberingGaps(pkg: PlanPackage): Finding[] {
  const out: Finding[] = []
  for (const sec of pkg.projects?.sections ?? []) out.push(...checkSequence(sec.projects, `PROJECTS-${sec.focus_plan}`, `ໂຄງການ ${sec.focus_plan}`, `Annex 9 ${sec.focus_plan} projects`))
  if (pkg.projects?.oda) out.push(...checkSequence(pkg.projects.oda.projects, 'PROJECTS-ODA', 'ໂຄງການ ODA', 'ODA projects'))
  const overall = (pkg.framework.targets ?? []).filter((t) => t.scope === 'overall')
  out.push(...checkSequence(overall, 'OVERALL-TARGETS', 'ຄາດໝາຍລວມ', 'Overall targets'))
  const nodes = pkg.framework.nodes ?? []
  for (const kind of ['outcome', 'focus_plan', 'programme', 'supporting_programme', 'supporting_project']) {
    out.push(...checkSequence(nodes.filter((n) => n.kind === kind), kind.toUpperCase(), kind, kind.replace('_', ' ') + 's'))
  }
  const byType = new Map<string, Numbered[]>()
  for (const l of pkg.legislation?.instruments ?? []) byType.set(l.type, [...(byType.get(l.type) ?? []), l])
  for (const [type, list] of byType) out.push(...checkSequence(list, `LEGISLATION-${type.toUpperCase()}`, `ນິຕິກຳ (${type})`, `Legislation (${type})`))
  return out
}
