import { z } from 'zod'

// The plan package format: docs/plan-format.md. Objects are strict so a misspelt field is an error, not silently dropped.
export const src = z.union([z.number().int().positive(), z.string().regex(/^\d+(-\d+)?$/, 'a line number or a range like "617-619"')])
export const text = z.strictObject({
  lo: z.string().optional(),
  en: z.string().optional(),
  src: src.optional(),
  garbled: z.boolean().optional(),
  missing: z.boolean().optional(),
  note: z.string().optional(),
})
const unit = z.union([z.strictObject({ lo: z.string().optional(), en: z.string().optional() }), z.string()])
const code = z.string().regex(/^[A-Z0-9][A-Za-z0-9._-]*$/, 'ASCII letters (starting upper-case), digits, ".", "_" or "-"')
const num = z.number()
const common = { note: z.string().optional(), see: z.array(z.number().int()).optional(), raw: z.unknown().optional() }

export const statedFigure = z.strictObject({
  key: z.string().regex(/^[a-z0-9_]+$/),
  value: num,
  unit: z.string().optional(),
  qualifier: z.enum(['over', 'about', 'exactly', 'under']).optional(),
  lo: z.string().optional(),
  en: z.string().optional(),
  src,
  ...common,
})

export const planFile = z.strictObject({
  format: z.literal('tidtam-plan/1'),
  code,
  name: text,
  period: z.strictObject({ start: z.number().int(), end: z.number().int() }),
  owner: code.optional(),
  document: z.strictObject({
    title: text.optional(),
    file: z.string(),
    lines: z.number().int().optional(),
    signed: z.union([z.string(), z.date()]).optional(),
    src: src.optional(),
    note: z.string().optional(),
  }),
  vision: text.optional(),
  overall_goal: text.optional(),
  strategies: z.array(text.extend({ no: z.number().int() })).optional(),
  directions: z.array(text.extend({ no: z.number().int() })).optional(),
  stated: z.array(statedFigure).optional(),
  note: z.string().optional(),
})

export const nodeKind = z.enum([
  'outcome', 'focus_plan', 'programme', 'priority_task', 'focus_bullet', 'supporting_programme',
  'supporting_project', 'orphan_group', 'direction', 'other',
])
export const frameworkNode = z.strictObject({
  code,
  kind: nodeKind,
  no: z.number().int().optional(),
  parent: code.nullable().optional(),
  name: text.optional(),
  text: text.optional(),
  src: src.optional(),
  also_src: z.array(src).optional(),
  missing: z.boolean().optional(),
  missing_heading: z.boolean().optional(),
  title_missing: z.boolean().optional(),
  garbled: z.boolean().optional(),
  links: z.array(z.strictObject({ to: code, kind: z.string().optional() })).optional(),
  ...common,
})

const baseTarget = z.strictObject({
  code,
  node: code.nullable().optional(),
  scope: z.enum(['overall', 'programme', 'orphan', 'other']).optional(),
  no: z.number().int().optional(),
  text: text.optional(),
  kind: z.enum(['quantitative', 'milestone']),
  value: num.nullable().optional(),
  unit: unit.nullable().optional(),
  year: z.number().int().nullable().optional(),
  per_year: z.boolean().optional(),
  comparator: z.enum(['at_least', 'at_most', 'exactly', 'increase_by', 'decrease_by', 'decrease_to']).optional(),
  baseline: z.strictObject({ value: num, year: z.number().int().nullable().optional(), src: src.optional(), note: z.string().optional() }).nullable().optional(),
  indicator: code.nullable().optional(),
  outcome: code.nullable().optional(),
  src: src.optional(),
  missing: z.boolean().optional(),
  ...common,
})
export type TargetInput = z.infer<typeof baseTarget> & { parts?: TargetInput[] }
export const target: z.ZodType<TargetInput> = baseTarget.extend({ parts: z.lazy(() => z.array(target)).optional() }) as never

export const frameworkFile = z.strictObject({
  nodes: z.array(frameworkNode).optional(),
  targets: z.array(target).optional(),
  note: z.string().optional(),
})

const years = z.strictObject({ start: z.number().int().nullable(), end: z.number().int().nullable(), raw: z.union([z.string(), z.number()]).optional(), note: z.string().optional() })
export const currency = z.enum(['LAK_M', 'LAK', 'USD'])
export const funding = z.enum(['domestic', 'oda', 'oda_grant', 'oda_loan', 'regular_budget', 'counterpart', 'private', 'other'])
export const project = z.strictObject({
  code,
  no: z.number().int().nullable().optional(),
  name: text,
  garbled: z.boolean().optional(),
  years: years.optional(),
  amount: num.nullable(),
  currency,
  funding,
  funding_raw: z.string().optional(),
  donor: z.string().nullable().optional(),
  programme: code.nullable().optional(),
  src,
  ...common,
})
const statedGroup = z.strictObject({ count: z.number().int().optional(), amount: num.optional(), currency: currency.optional(), src, domestic_count: z.number().int().optional(), domestic_amount: num.optional(), ...common })
export const projectsFile = z.strictObject({
  sections: z.array(z.strictObject({ focus_plan: code, title: text.optional(), stated: statedGroup.optional(), projects: z.array(project), ...common })),
  oda: z.strictObject({ title: text.optional(), stated: statedGroup.optional(), projects: z.array(project), ...common }).optional(),
  stated: statedGroup.optional(),
  note: z.string().optional(),
})

export const previousPlanFile = z.strictObject({
  plan: z.strictObject({ code, name: text, period: z.strictObject({ start: z.number().int(), end: z.number().int() }), src: src.optional(), note: z.string().optional() }),
  targets: z.array(baseTarget.extend({
    result: z.strictObject({ text: text.optional(), value: num.nullable().optional(), achieved: z.union([z.boolean(), z.literal('partial')]).nullable().optional(), src: src.optional(), note: z.string().optional() }).nullable().optional(),
    compare_to: z.array(code).optional(),
    parts: z.array(target).optional(),
  })),
  note: z.string().optional(),
})

const indicatorIssue = z.strictObject({ kind: z.string(), note: z.string().optional(), src: src.optional(), figures: z.record(z.string(), z.unknown()).optional() })
export const indicatorsFile = z.strictObject({
  indicators: z.array(z.strictObject({
    code,
    name: text,
    unit: unit.nullable().optional(),
    sdg: z.string().nullable().optional(),
    direction: z.enum(['up', 'down']).optional(),
    decimals: z.number().int().min(0).max(6).optional(),
    values: z.array(z.strictObject({ year: z.number().int(), value: num, raw: z.unknown().optional(), src: src.optional(), note: z.string().optional() })).optional(),
    target_2025: z.strictObject({ value: num.nullable(), src: src.optional(), raw: z.unknown().optional(), note: z.string().optional() }).nullable().optional(),
    binds: z.array(code).optional(),
    row: z.union([z.string(), z.number()]).optional(),
    src,
    issues: z.array(indicatorIssue).optional(),
    ...common,
  })),
  note: z.string().optional(),
})

const series = z.strictObject({
  code,
  row: z.union([z.string(), z.number()]).nullable().optional(),
  name: text,
  unit: unit.nullable().optional(),
  parent: code.nullable().optional(),
  values: z.record(z.string(), num).optional(),
  stated_total: z.boolean().optional(),
  children: z.array(code).optional(),
  src,
  ...common,
})
export const tablesFile = z.strictObject({
  tables: z.array(z.strictObject({
    code,
    title: text,
    source_note: text.optional(),
    src,
    columns: z.array(z.union([z.string(), z.number()])),
    series: z.array(series),
    unit: unit.nullable().optional(),
    annex: z.number().int().optional(),
    ...common,
  })),
  note: z.string().optional(),
})

export const legislationFile = z.strictObject({
  stated: z.array(z.strictObject({ type: z.string(), count: z.number().int(), src, ...common })).optional(),
  instruments: z.array(z.strictObject({
    code,
    type: z.enum(['law', 'decree', 'decision', 'agreement', 'instruction', 'notice', 'policy', 'strategy', 'master_plan', 'other']),
    no: z.number().int().nullable().optional(),
    title: text,
    number: z.string().nullable().optional(),
    date: z.union([z.string(), z.date()]).nullable().optional(),
    date_raw: z.union([z.string(), z.number()]).nullable().optional(),
    status: z.string().nullable().optional(),
    status_raw: z.string().optional(),
    garbled: z.boolean().optional(),
    src,
    ...common,
  })),
  note: z.string().optional(),
})

export const orgUnitsFile = z.strictObject({
  units: z.array(z.strictObject({
    code,
    kind: z.enum(['country', 'ministry', 'department', 'centre', 'institute', 'authority', 'province', 'district', 'operator', 'group', 'other']),
    name: text,
    abbr: z.strictObject({ lo: z.string().optional(), en: z.string().optional() }).optional(),
    parent: code.nullable().optional(),
    iso: z.string().optional(),
    reference: z.boolean().optional(),
    src: src.optional(),
    also_src: z.array(src).optional(),
    ...common,
  })),
  note: z.string().optional(),
})

export type PlanFile = z.infer<typeof planFile>
export type FrameworkFile = z.infer<typeof frameworkFile>
export type ProjectsFile = z.infer<typeof projectsFile>
export type PreviousPlanFile = z.infer<typeof previousPlanFile>
export type IndicatorsFile = z.infer<typeof indicatorsFile>
export type TablesFile = z.infer<typeof tablesFile>
export type LegislationFile = z.infer<typeof legislationFile>
export type OrgUnitsFile = z.infer<typeof orgUnitsFile>
export type Src = z.infer<typeof src>
