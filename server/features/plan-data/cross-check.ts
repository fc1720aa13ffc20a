import type { PackageError, PlanPackage } from './read-package.js'
import type { TargetInput, Src } from './package-schema.js'

type Where = (kind: 'node' | 'target', code: string) => { file: string; line: number }

/** Checks references between files: unique codes, parents, bindings, source lines inside the document. */
export function crossCheck(pkg: PlanPackage, where: Where, rel: (f: string) => string): PackageError[] {
  const errors: PackageError[] = []
  const nodes = pkg.framework.nodes ?? []
  const nodeCodes = new Set<string>()
  const maxLine = pkg.plan.document.lines ?? Infinity
  const checkSrc = (s: Src | undefined, file: string, line: number, field: string) => {
    if (s === undefined) return
    const [a, b] = String(s).split('-').map(Number)
    if (a > maxLine || (b !== undefined && (b < a || b > maxLine))) {
      errors.push({ file, line, field, message: `source line ${s} is outside the document (1–${maxLine})` })
    }
  }

  nodes.forEach((n) => {
    const w = where('node', n.code)
    if (nodeCodes.has(n.code)) errors.push({ ...w, field: 'code', message: `duplicate node code ${n.code}` })
    nodeCodes.add(n.code)
    checkSrc(n.src, w.file, w.line, 'src')
    if (!n.src && !n.missing) errors.push({ ...w, field: 'src', message: `node ${n.code} has no source line` })
  })
  nodes.forEach((n) => {
    if (n.parent && !nodeCodes.has(n.parent)) errors.push({ ...where('node', n.code), field: 'parent', message: `unknown parent ${n.parent}` })
    for (const l of n.links ?? []) if (!nodeCodes.has(l.to)) errors.push({ ...where('node', n.code), field: 'links', message: `unknown link target ${l.to}` })
  })

  const targetCodes = new Set<string>()
  const visit = (t: TargetInput, top: string) => {
    const w = where('target', top)
    if (targetCodes.has(t.code) || nodeCodes.has(t.code)) errors.push({ ...w, field: 'code', message: `duplicate code ${t.code}` })
    targetCodes.add(t.code)
    if (!t.src && !t.missing) errors.push({ ...w, field: `${t.code}.src`, message: `target ${t.code} has no source line` })
    checkSrc(t.src, w.file, w.line, `${t.code}.src`)
    if (t.node && !nodeCodes.has(t.node)) errors.push({ ...w, field: `${t.code}.node`, message: `unknown node ${t.node}` })
    if (t.kind === 'quantitative' && (t.value === undefined || t.value === null) && !(t.parts?.length)) {
      errors.push({ ...w, field: `${t.code}.value`, message: 'a quantitative target needs a value (or parts with values)' })
    }
    t.parts?.forEach((p) => visit(p, top))
  }
  for (const t of pkg.framework.targets ?? []) visit(t, t.code)

  const known = (c: string) => targetCodes.has(c) || nodeCodes.has(c)
  const f = (name: string) => rel(name)
  pkg.indicators?.indicators.forEach((ind, i) => {
    for (const b of ind.binds ?? []) if (!known(b)) {
      errors.push({ file: f('indicators.yaml'), line: pkg.locate(f('indicators.yaml'), ['indicators', i, 'binds']), field: `indicators.${i}.binds`, message: `unknown target ${b}` })
    }
  })
  pkg.previous?.targets.forEach((t, i) => {
    for (const c of t.compare_to ?? []) if (!known(c)) {
      errors.push({ file: f('previous-plan.yaml'), line: pkg.locate(f('previous-plan.yaml'), ['targets', i, 'compare_to']), field: `targets.${i}.compare_to`, message: `unknown plan target ${c}` })
    }
  })
  const projectCodes = new Set<string>()
  const checkProject = (p: { code: string; programme?: string | null }, at: (string | number)[]) => {
    const line = pkg.locate(f('projects.yaml'), at)
    if (projectCodes.has(p.code)) errors.push({ file: f('projects.yaml'), line, field: at.join('.') + '.code', message: `duplicate project code ${p.code}` })
    projectCodes.add(p.code)
    if (p.programme && !nodeCodes.has(p.programme)) errors.push({ file: f('projects.yaml'), line, field: at.join('.') + '.programme', message: `unknown programme ${p.programme}` })
  }
  pkg.projects?.sections.forEach((s, i) => {
    if (!nodeCodes.has(s.focus_plan)) errors.push({ file: f('projects.yaml'), line: pkg.locate(f('projects.yaml'), ['sections', i, 'focus_plan']), field: `sections.${i}.focus_plan`, message: `unknown focus plan ${s.focus_plan}` })
    s.projects.forEach((p, j) => checkProject(p, ['sections', i, 'projects', j]))
  })
  pkg.projects?.oda?.projects.forEach((p, j) => checkProject(p, ['oda', 'projects', j]))

  const units = pkg.orgunits?.units ?? []
  const unitCodes = new Set(units.map((u) => u.code))
  units.forEach((u, i) => {
    if (u.parent && !unitCodes.has(u.parent)) errors.push({ file: f('orgunits.yaml'), line: pkg.locate(f('orgunits.yaml'), ['units', i, 'parent']), field: `units.${i}.parent`, message: `unknown parent unit ${u.parent}` })
  })
  if (pkg.plan.owner && pkg.orgunits && !unitCodes.has(pkg.plan.owner)) {
    errors.push({ file: f('plan.yaml'), line: pkg.locate(f('plan.yaml'), ['owner']), field: 'owner', message: `unknown org unit ${pkg.plan.owner}` })
  }
  return errors
}
