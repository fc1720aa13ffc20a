import type { PlanPackage } from './read-package.js'
import { type Finding, close, fmt, s, sum } from './finding.js'

type Counter = { lo: string; en: string; compute: (pkg: PlanPackage) => number; unitFactor?: number }

const nodeCount = (kind: string) => (pkg: PlanPackage) => (pkg.framework.nodes ?? []).filter((n) => n.kind === kind).length
const domestic = (pkg: PlanPackage) => (pkg.projects?.sections ?? []).flatMap((x) => x.projects)

/** Figures the text states about the whole plan that the loader knows how to recompute (keys of plan.yaml `stated`). */
export const KNOWN_STATED: Record<string, Counter> = {
  outcomes_count: { lo: 'ຈຳນວນເປົ້າໝາຍ', en: 'number of outcomes', compute: nodeCount('outcome') },
  focus_plans_count: { lo: 'ຈຳນວນແຜນວຽກຈຸດສຸມ', en: 'number of focus work plans', compute: nodeCount('focus_plan') },
  programmes_count: { lo: 'ຈຳນວນແຜນງານ', en: 'number of programmes', compute: nodeCount('programme') },
  priority_tasks_count: { lo: 'ຈຳນວນວຽກບຸລິມະສິດ', en: 'number of priority tasks', compute: nodeCount('priority_task') },
  supporting_programmes_count: { lo: 'ຈຳນວນແຜນງານສະໜັບສະໜູນ', en: 'number of supporting programmes', compute: nodeCount('supporting_programme') },
  supporting_projects_count: { lo: 'ຈຳນວນໂຄງການສະໜັບສະໜູນ', en: 'number of supporting projects', compute: nodeCount('supporting_project') },
  overall_targets_count: { lo: 'ຈຳນວນຄາດໝາຍລວມ', en: 'number of overall targets', compute: (p) => (p.framework.targets ?? []).filter((t) => t.scope === 'overall').length },
  projects_count: { lo: 'ຈຳນວນໂຄງການ', en: 'number of projects', compute: (p) => domestic(p).length + (p.projects?.oda?.projects.length ?? 0) },
  domestic_projects_count: { lo: 'ຈຳນວນໂຄງການລົງທຶນພາຍໃນ', en: 'number of domestic projects', compute: (p) => domestic(p).length },
  oda_projects_count: { lo: 'ຈຳນວນໂຄງການ ODA', en: 'number of ODA projects', compute: (p) => p.projects?.oda?.projects.length ?? 0 },
  oda_amount_usd: { lo: 'ມູນຄ່າໂຄງການ ODA (ໂດລາ)', en: 'ODA projects total (USD)', compute: (p) => sum((p.projects?.oda?.projects ?? []).map((x) => x.amount ?? 0)) },
  investment_total_kip_billion: { lo: 'ມູນຄ່າການລົງທຶນພາຍໃນ (ຕື້ກີບ)', en: 'domestic investment total (billion kip)', compute: (p) => sum(domestic(p).map((x) => x.amount ?? 0)) / 1000 },
  investment_total_kip_million: { lo: 'ມູນຄ່າການລົງທຶນພາຍໃນ (ລ້ານກີບ)', en: 'domestic investment total (million kip)', compute: (p) => sum(domestic(p).map((x) => x.amount ?? 0)) },
  legislation_count: { lo: 'ຈຳນວນນິຕິກຳ', en: 'number of legal instruments', compute: (p) => p.legislation?.instruments.length ?? 0 },
}

export function findStatedMismatches(pkg: PlanPackage): Finding[] {
  const out: Finding[] = []
  for (const st of pkg.plan.stated ?? []) {
    const c = KNOWN_STATED[st.key]
    if (!c) continue
    const computed = c.compute(pkg)
    const ok = st.qualifier === 'over' ? computed > st.value : st.qualifier === 'under' ? computed < st.value : st.qualifier === 'about' ? Math.abs(computed - st.value) <= 0.05 * st.value : close(computed, st.value)
    if (ok) continue
    out.push({
      code: `STATED-${st.key.toUpperCase()}-L${String(st.src).split('-')[0]}`,
      kind: 'stated_mismatch',
      severity: 'warning',
      subject_type: 'plan',
      subject_code: pkg.plan.code,
      title_lo: `${c.lo}: ຕົວເລກທີ່ລະບຸໃນເອກະສານບໍ່ກົງກັບຂໍ້ມູນລາຍລະອຽດ`,
      title_en: `${c.en}: the document states ${st.qualifier ? st.qualifier + ' ' : ''}${fmt(st.value)}, its detail gives ${fmt(computed)}`,
      a: { value: st.value, label: `stated${st.qualifier ? ` (${st.qualifier})` : ''}${st.unit ? ` ${st.unit}` : ''}`, src: s(st.src) },
      b: { value: computed, label: 'computed from the plan data', src: null },
      detail: { key: st.key, quote: st.lo },
    })
  }
  return out
}
