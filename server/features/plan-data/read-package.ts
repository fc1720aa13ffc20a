import fs from 'node:fs'
import path from 'node:path'
import { LineCounter, parseDocument, isNode, type Document } from 'yaml'
import type { z } from 'zod'
import * as S from './package-schema.js'
import { crossCheck } from './cross-check.js'

export type PackageError = { file: string; line: number; field: string; message: string }

export type PlanPackage = {
  dir: string
  plan: S.PlanFile
  framework: S.FrameworkFile
  projects?: S.ProjectsFile
  previous?: S.PreviousPlanFile
  indicators?: S.IndicatorsFile
  statistics?: S.TablesFile
  budget?: S.TablesFile
  legislation?: S.LegislationFile
  orgunits?: S.OrgUnitsFile
  sourceText?: string
  /** where each item (by code) was defined, for cross-reference errors */
  locate: (file: string, pathInFile: (string | number)[]) => number
}

export class PlanPackageError extends Error {
  constructor(readonly errors: PackageError[]) {
    super(
      `The plan package has ${errors.length} error(s) / ແຜນມີ ${errors.length} ຂໍ້ຜິດພາດ:\n` +
        errors.slice(0, 50).map(formatError).join('\n') +
        (errors.length > 50 ? `\n… and ${errors.length - 50} more` : ''),
    )
  }
}

export function formatError(e: PackageError): string {
  return `${e.file}:${e.line} ${e.field || '(file)'}: ${e.message}`
}

type Parsed = { doc: Document; lines: LineCounter; data: unknown }

function parseFile(abs: string, file: string, errors: PackageError[]): Parsed | null {
  const lines = new LineCounter()
  const doc = parseDocument(fs.readFileSync(abs, 'utf8'), { lineCounter: lines, prettyErrors: false, uniqueKeys: true })
  for (const e of doc.errors) errors.push({ file, line: lines.linePos(e.pos[0]).line, field: '', message: `YAML: ${e.message.split('\n')[0]}` })
  if (doc.errors.length) return null
  return { doc, lines, data: doc.toJS() }
}

function lineOf(p: Parsed, at: (string | number)[]): number {
  for (let n = at.length; n >= 0; n--) {
    const node = p.doc.getIn(at.slice(0, n), true)
    if (isNode(node) && node.range) return p.lines.linePos(node.range[0]).line
  }
  return 1
}

function validate<T>(file: string, p: Parsed, schema: z.ZodType<T>, errors: PackageError[]): T | undefined {
  const r = schema.safeParse(p.data)
  if (r.success) return r.data
  for (const issue of r.error.issues) {
    const at = issue.path.filter((k): k is string | number => typeof k !== 'symbol')
    errors.push({ file, line: lineOf(p, at), field: at.join('.'), message: issue.message })
  }
  return undefined
}

const OPTIONAL_FILES = {
  projects: ['projects.yaml', S.projectsFile],
  previous: ['previous-plan.yaml', S.previousPlanFile],
  indicators: ['indicators.yaml', S.indicatorsFile],
  statistics: ['statistics.yaml', S.tablesFile],
  budget: ['budget.yaml', S.tablesFile],
  legislation: ['legislation.yaml', S.legislationFile],
  orgunits: ['orgunits.yaml', S.orgUnitsFile],
} as const

/** Reads and validates a plan package folder; throws PlanPackageError listing every problem (file, line, field). */
export function readPlanPackage(dir: string): PlanPackage {
  const errors: PackageError[] = []
  const parsed = new Map<string, Parsed>()
  const rel = (f: string) => {
    const r = path.relative(process.cwd(), path.join(dir, f))
    return r.startsWith('..') ? path.join(dir, f) : r
  }
  const load = <T>(name: string, schema: z.ZodType<T>): T | undefined => {
    const p = parseFile(path.join(dir, name), rel(name), errors)
    if (!p) return undefined
    parsed.set(rel(name), p)
    return validate(rel(name), p, schema, errors)
  }
  if (!fs.existsSync(path.join(dir, 'plan.yaml'))) {
    throw new PlanPackageError([{ file: rel('plan.yaml'), line: 1, field: '', message: 'missing: every plan package needs a plan.yaml' }])
  }
  const plan = load('plan.yaml', S.planFile)
  const framework: S.FrameworkFile = { nodes: [], targets: [] }
  const frameworkFiles = fs.readdirSync(dir).filter((f) => /^framework.*\.ya?ml$/.test(f)).sort()
  const origin = new Map<string, string>() // code → file, for locating cross-reference errors
  for (const f of frameworkFiles) {
    const part = load(f, S.frameworkFile)
    part?.nodes?.forEach((n, i) => { framework.nodes!.push(n); origin.set(`node:${n.code}`, `${rel(f)}#nodes.${i}`) })
    part?.targets?.forEach((t, i) => { framework.targets!.push(t); origin.set(`target:${t.code}`, `${rel(f)}#targets.${i}`) })
  }
  const pkg: Partial<PlanPackage> = { dir, framework }
  for (const [key, [name, schema]] of Object.entries(OPTIONAL_FILES)) {
    if (fs.existsSync(path.join(dir, name))) (pkg as Record<string, unknown>)[key] = load(name, schema as z.ZodType<unknown>)
  }
  const sourceFile = plan?.document.file ? path.join(dir, 'source', path.basename(plan.document.file)) : ''
  if (sourceFile && fs.existsSync(sourceFile)) pkg.sourceText = fs.readFileSync(sourceFile, 'utf8')
  if (errors.length) throw new PlanPackageError(errors)

  pkg.plan = plan!
  pkg.locate = (file, at) => {
    const p = parsed.get(file)
    return p ? lineOf(p, at) : 1
  }
  const full = pkg as PlanPackage
  const crossErrors = crossCheck(full, (kind, code) => {
    const o = origin.get(`${kind}:${code}`)
    if (!o) return { file: rel('framework.yaml'), line: 1 }
    const [file, at] = o.split('#')
    return { file, line: full.locate(file, at.split('.').map((k) => (/^\d+$/.test(k) ? Number(k) : k))) }
  }, rel)
  if (crossErrors.length) throw new PlanPackageError(crossErrors)
  return full
}
