/** Shapes of the server's JSON (see docs/plan-format.md and server/features). Only what the web app reads. */

export type Bi = { lo: string | null; en: string | null }
export type Src = string | number | null
export type Currency = 'LAK_M' | 'LAK' | 'USD'

export type PlanSummary = { code: string; name: Bi; period: { start: number; end: number }; role: 'current' | 'previous'; isDemo: boolean }

export type BiSrc = Bi & { src?: Src; note?: string | null }
export type Stated = { key: string; value: number; unit?: string; qualifier?: string; src: Src; lo?: string; en?: string; note?: string }
export type Plan = PlanSummary & {
  src: Src
  meta: {
    document?: { title?: BiSrc; file?: string; lines?: number; signed?: string; src?: Src; note?: string }
    vision?: BiSrc
    overall_goal?: BiSrc
    strategies?: (BiSrc & { no: number })[]
    directions?: (BiSrc & { no: number })[]
    stated?: Stated[]
    note?: string
  }
  previous: { code: string; name: Bi; period: { start: number; end: number } }[]
}

export type NodeKind = 'outcome' | 'focus_plan' | 'programme' | 'priority_task' | 'focus_bullet' | 'supporting_programme' | 'supporting_project' | 'orphan_group'

export type MissingItem = { type: 'node' | 'project' | string; code: string; kind: string; no: number | null; src: Src; note: string | null }
export type AmountRow = { currency: Currency; count: number; amount: number }
export type Overview = {
  plan: { code: string; name: Bi; period: { start: number; end: number } }
  nodes: Partial<Record<NodeKind, { total: number; missing: number }>>
  missing: MissingItem[]
  targets: { total: number; byScope: Record<string, number>; byKind: { quantitative?: number; milestone?: number } }
  projects: { total: number; byFunding: (AmountRow & { funding: string })[]; byFocusPlan: (AmountRow & { focusPlan: string | null; name: Bi })[] }
  indicators: number
  legislation: number
  statisticsSeries: number
  findings: { total: number; bySeverity: Partial<Record<Severity, number>> }
}

export type TreeNode = {
  code: string; kind: NodeKind; no: number | null; parentCode: string | null; name: Bi; src: Src
  missing: boolean; titleMissing: boolean; garbled: boolean; targetCount: number
}

export type NodeRef = { code: string; kind: NodeKind; no: number | null; name: Bi; missing?: boolean; titleMissing?: boolean; src?: Src }

export type MilestoneStatus = 'not_started' | 'in_progress' | 'achieved' | 'delayed' | 'dropped'
export type Target = {
  code: string; scope: string; no: number | null; kind: 'quantitative' | 'milestone'; text: Bi
  value: number | null; unit: Bi; year: number | null; perYear: boolean
  comparator: 'at_least' | 'at_most' | 'exactly' | 'increase_by'
  baseline: { value: number; year: number | null; src?: Src } | null
  milestone: { status: MilestoneStatus; percentComplete: number | null } | null
  note: string | null; src: Src; missing: boolean; hasIndicator: boolean; parts: Target[]
}
export type TargetDetail = Target & {
  parent: { code: string; text: Bi } | null
  node: NodeRef | null
  indicator: { code: string; name: Bi; sdg: string | null } | null
  previousPlan: PreviousTarget[]
}
export type PreviousTarget = {
  plan: string; code: string; text: Bi; value?: number | null; unit?: Bi; src: Src
  result?: { text: Bi | null; value: number | null; achieved: boolean | 'partial' | null; src: Src; note?: string | null } | null
}

export type Project = {
  code: string; no: number | null; focusPlan?: string | null; name: Bi; garbled: boolean
  years: { start: number | null; end: number | null; raw: string | null }
  amount: number | null; currency: Currency; funding: string; donor?: string | null; note?: string | null; src: Src
}
export type KeyedAmount = { key: string; currency: Currency; count: number; amount: number }
export type ProjectList = {
  items: Project[]
  totals: { all: KeyedAmount[]; byFocusPlan: KeyedAmount[]; byFunding: KeyedAmount[]; byYear: { year: number; currency: Currency; running: number; starting: number; startingAmount: number }[] }
}

export type NodeDetail = NodeRef & {
  note: string | null; src: Src; alsoSrc: Src[]; see: Src[]; garbled: boolean
  breadcrumb: NodeRef[]; children: NodeRef[]; links: NodeRef[]; targets: Target[]; projects: Project[]
}

export type IndicatorSummary = {
  code: string; name: Bi; unit: Bi; sdg: string | null; direction: 'up' | 'down'; src: Src
  latest: { period: string; value: number } | null; target: number | null; binds: string[]
}
export type IndicatorDetail = Omit<IndicatorSummary, 'latest' | 'target' | 'binds'> & {
  decimals: number; note: string | null
  values: { period: string; value: number | null; raw: string | null; src: Src; isDemo: boolean }[]
  target: { year: number; value: number; src: Src } | null
  targets: { code: string; text: Bi; value: number | null; year: number | null; unit: Bi; src: Src }[]
  findings: { code: string; kind: string; title: Bi }[]
}

export type LegalInstrument = {
  code: string; type: string; no: number | null; number: string | null; date: string | null; dateRaw: string | null
  status: string | null; title: Bi; garbled: boolean; note: string | null; src: Src
}
export type LegislationList = { items: LegalInstrument[]; byType: Record<string, number> }

export type TableSummary = { code: string; category: 'statistics' | 'budget'; title: Bi; columns: string[]; src: Src }
export type Series = {
  code: string; row: string | null; name: Bi; unit: Bi; parentCode: string | null; statedTotal: boolean; note: string | null; src: Src
  values: Record<string, number>; raw: Record<string, string>
}
export type StatisticsTable = TableSummary & { sourceNote: string | null; note: string | null; series: Series[] }

export type Severity = 'error' | 'warning' | 'info'
export type FindingSide = { value: number | string | null; label: string | null; src: Src }
export type Finding = {
  code: string; kind: string; severity: Severity; subject: { type: string; code: string }; title: Bi
  a: FindingSide | null; b: FindingSide | null; detail: Record<string, unknown> | null
}

export type SourceLines = { plan: string; document?: { lines?: number; file?: string }; lines: { line: number; text: string }[] }

export type SearchType = 'node' | 'target' | 'project' | 'indicator' | 'legislation' | 'series' | 'finding' | 'orgunit'
export type SearchResult = { type: SearchType; code: string; plan: string | null; title: Bi; src: Src }
export type SearchResponse = { query: string; total: number; results: SearchResult[] }
