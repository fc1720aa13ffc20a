import type { PlanPackage } from './read-package.js'
import type { TablesFile } from './package-schema.js'
import { type Finding, close, fmt, s, sum } from './finding.js'

/** Every printed total in the document against the sum of its parts. */
export function findSumMismatches(pkg: PlanPackage): Finding[] {
  const out: Finding[] = []
  const pj = pkg.projects
  if (pj) {
    for (const sec of pj.sections) {
      const amounts = sum(sec.projects.map((p) => p.amount ?? 0))
      if (sec.stated?.amount !== undefined && !close(sec.stated.amount, amounts)) {
        out.push(mismatch(`SUM-PROJECTS-${sec.focus_plan}`, 'projects', sec.focus_plan, `ຍອດລວມມູນຄ່າໂຄງການ ${sec.focus_plan} ບໍ່ກົງກັບຜົນບວກ`, `Annex 9 ${sec.focus_plan}: stated total differs from the sum of its projects`, sec.stated.amount, s(sec.stated.src), amounts, s(sec.projects[0]?.src)))
      }
      if (sec.stated?.count !== undefined && sec.stated.count !== sec.projects.length) {
        out.push(mismatch(`COUNT-PROJECTS-${sec.focus_plan}`, 'projects', sec.focus_plan, `ຈຳນວນໂຄງການ ${sec.focus_plan} ບໍ່ກົງກັບລາຍການ`, `Annex 9 ${sec.focus_plan}: stated project count differs from the rows`, sec.stated.count, s(sec.stated.src), sec.projects.length, s(sec.projects[0]?.src)))
      }
    }
    const domestic = pj.sections.flatMap((x) => x.projects)
    const oda = pj.oda?.projects ?? []
    const st = pj.stated
    if (st?.domestic_amount !== undefined && !close(st.domestic_amount, sum(domestic.map((p) => p.amount ?? 0)))) {
      out.push(mismatch('SUM-PROJECTS-DOMESTIC', 'projects', null, 'ຍອດລວມໂຄງການລົງທຶນພາຍໃນບໍ່ກົງກັບຜົນບວກ', 'Annex 9: stated domestic total differs from the sum of the projects', st.domestic_amount, s(st.src), sum(domestic.map((p) => p.amount ?? 0)), null))
    }
    if (st?.domestic_count !== undefined && st.domestic_count !== domestic.length) {
      out.push(mismatch('COUNT-PROJECTS-DOMESTIC', 'projects', null, 'ຈຳນວນໂຄງການລົງທຶນພາຍໃນບໍ່ກົງກັບລາຍການ', 'Annex 9: stated number of domestic projects differs from the rows', st.domestic_count, s(st.src), domestic.length, null))
    }
    if (st?.count !== undefined && st.count !== domestic.length + oda.length) {
      out.push(mismatch('COUNT-PROJECTS-ALL', 'projects', null, 'ຈຳນວນໂຄງການທັງໝົດບໍ່ກົງກັບລາຍການ', 'Annex 9: stated number of projects differs from the rows', st.count, s(st.src), domestic.length + oda.length, null))
    }
    const os = pj.oda?.stated
    if (os?.amount !== undefined && !close(os.amount, sum(oda.map((p) => p.amount ?? 0)))) {
      out.push(mismatch('SUM-PROJECTS-ODA', 'projects', null, 'ຍອດລວມໂຄງການ ODA ບໍ່ກົງກັບຜົນບວກ', 'Annex 9: stated ODA total differs from the sum of the ODA projects', os.amount, s(os.src), sum(oda.map((p) => p.amount ?? 0)), null))
    }
    if (os?.count !== undefined && os.count !== oda.length) {
      out.push(mismatch('COUNT-PROJECTS-ODA', 'projects', null, 'ຈຳນວນໂຄງການ ODA ບໍ່ກົງກັບລາຍການ', 'Annex 9: stated number of ODA projects differs from the rows', os.count, s(os.src), oda.length, null))
    }
  }
  out.push(...tableMismatches(pkg.budget, 'budget'), ...tableMismatches(pkg.statistics, 'statistics'))
  return out
}

function tableMismatches(file: TablesFile | undefined, category: string): Finding[] {
  const out: Finding[] = []
  for (const t of file?.tables ?? []) {
    const byCode = new Map(t.series.map((x) => [x.code, x]))
    for (const row of t.series) {
      if (!row.stated_total) continue
      const children = row.children?.length ? row.children.map((c) => byCode.get(c)).filter((c) => !!c) : t.series.filter((c) => c.parent === row.code)
      if (!children.length) continue
      for (const [col, stated] of Object.entries(row.values ?? {})) {
        const parts = children.map((c) => c!.values?.[col]).filter((v): v is number => typeof v === 'number')
        if (!parts.length) continue
        const total = sum(parts)
        if (!close(stated, total)) {
          out.push(mismatch(`SUM-${row.code}-${col}`.toUpperCase().replace(/[^A-Z0-9._-]/g, '_'), category, row.code,
            `ຍອດລວມ "${row.name.lo ?? row.code}" (${col}) ບໍ່ກົງກັບຜົນບວກຂອງລາຍການ`,
            `${t.code} row ${row.row ?? row.code} (${col}): printed total ${fmt(stated)} but its rows sum to ${fmt(total)}`,
            stated, s(row.src), total, s(children[0]!.src), { table: t.code, column: col, rows: children.map((c) => c!.code) }))
        }
      }
    }
  }
  return out
}

export function mismatch(code: string, subjectType: string, subjectCode: string | null, lo: string, en: string, stated: number, srcA: string | null, computed: number, srcB: string | null, detail: Record<string, unknown> = {}): Finding {
  return {
    code,
    kind: 'sum_mismatch',
    severity: 'warning',
    subject_type: subjectType,
    subject_code: subjectCode ?? undefined,
    title_lo: lo,
    title_en: en,
    a: { value: stated, label: 'stated in the document', src: srcA },
    b: { value: computed, label: 'sum of the parts', src: srcB },
    detail,
  }
}
