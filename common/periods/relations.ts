/** Containment, decomposition and roll-up between periods of different types. */
import { PeriodError } from './errors.js'
import {
  GRID_MONTHS,
  isGridType,
  PERIOD_TYPES,
  parseSpan,
  spanContains,
  spanToId,
  TYPE_RANK,
  yearOf,
  type PeriodType,
  type Span,
} from './core.js'

/** The plan period (`2021-2025`) that mid-term and plan parents are resolved against. */
export type PlanContext = { plan?: string }

/** Date-range containment (reflexive): every day of `inner` lies in `outer`. */
export function contains(outer: string, inner: string): boolean {
  return spanContains(parseSpan(outer), parseSpan(inner))
}

/** The mid-term of a plan period: its first ⌈n/2⌉ years (`2021-2025` → `2021-2023M`, `2021-2026` → `2021-2023M`). */
export function midTermOf(planId: string): string {
  return spanToId(midTermSpan(planSpan(planId)))
}

function planSpan(planId: string): Span {
  const span = parseSpan(planId)
  if (span.type !== 'plan') {
    throw new PeriodError(
      'type_mismatch',
      `ຕ້ອງແມ່ນໄລຍະແຜນ (ເຊັ່ນ 2021-2025): "${planId}"`,
      `Expected a plan period (e.g. 2021-2025): "${planId}"`,
      planId,
    )
  }
  return span
}

function midTermSpan(plan: Span): Span {
  const years = yearOf(plan.to) - yearOf(plan.from) + 1
  return { type: 'mid_term', from: plan.from, to: plan.from + Math.ceil(years / 2) * 12 - 1 }
}

/** The only calendar period of `type` that can contain month number `month` (null: N9 for Oct–Dec). */
function calendarSpanAt(type: Exclude<PeriodType, 'mid_term' | 'plan'>, month: number): Span | null {
  if (type === 'nine_months') {
    const from = yearOf(month) * 12
    return month - from <= 8 ? { type, from, to: from + 8 } : null
  }
  const size = GRID_MONTHS[type]
  const from = Math.floor(month / size) * size
  return { type, from, to: from + size - 1 }
}

function candidateParent(child: Span, parentType: PeriodType, context: PlanContext | undefined): Span | null {
  if (parentType === 'plan' || parentType === 'mid_term') {
    if (context?.plan === undefined) return null
    const plan = planSpan(context.plan)
    return parentType === 'plan' ? plan : midTermSpan(plan)
  }
  return calendarSpanAt(parentType, child.from)
}

/**
 * The ids of the `childType` periods that exactly partition `id`, in order. Valid when `childType` is a calendar grid
 * type (month, quarter, semester, year) strictly finer than `id`'s type and aligned with it: year → months / quarters /
 * semesters; semester → quarters / months; quarter → months; N9 → months / quarters; plan and mid-term → years,
 * semesters, quarters, months. Anything else (N9 → semesters, year → N9, …) throws PeriodError.
 */
export function childrenOf(id: string, childType: PeriodType): string[] {
  const parent = parseSpan(id)
  const size = isGridType(childType) ? GRID_MONTHS[childType] : 0
  if (
    !isGridType(childType) ||
    TYPE_RANK[childType] >= TYPE_RANK[parent.type] ||
    parent.from % size !== 0 ||
    (parent.to + 1) % size !== 0
  ) {
    throw new PeriodError(
      'invalid_child_type',
      `ບໍ່ສາມາດແບ່ງ "${id}" ອອກເປັນໄລຍະປະເພດ ${childType}`,
      `"${id}" cannot be divided into periods of type ${childType}`,
      id,
    )
  }
  const children: string[] = []
  for (let from = parent.from; from <= parent.to; from += size) {
    children.push(spanToId({ type: childType, from, to: from + size - 1 }))
  }
  return children
}

/**
 * The unique period of `parentType` (strictly coarser than `id`'s type) that contains `id`, or null when none does
 * (N9 for Oct–Dec, Q4 or S2; a mid-term or plan that does not contain it). Mid-term and plan parents are not determined
 * by the calendar, so they need `context.plan` (PeriodError `plan_context_required` otherwise).
 */
export function parentOf(id: string, parentType: PeriodType, context?: PlanContext): string | null {
  const child = parseSpan(id)
  if (TYPE_RANK[parentType] === undefined || TYPE_RANK[parentType] <= TYPE_RANK[child.type]) {
    throw new PeriodError(
      'invalid_parent_type',
      `ໄລຍະປະເພດ ${parentType} ບໍ່ໃຫຍ່ກວ່າ "${id}"`,
      `A ${parentType} is not a coarser period type than "${id}"`,
      id,
    )
  }
  if ((parentType === 'plan' || parentType === 'mid_term') && context?.plan === undefined) {
    throw new PeriodError(
      'plan_context_required',
      `ຕ້ອງລະບຸໄລຍະແຜນເພື່ອຊອກຫາ ${parentType} ຂອງ "${id}"`,
      `A plan period is needed to find the ${parentType} of "${id}"`,
      id,
    )
  }
  const candidate = candidateParent(child, parentType, context)
  return candidate && spanContains(candidate, child) ? spanToId(candidate) : null
}

/**
 * Every period of a coarser type that contains `id`, finest first (quarter, semester, N9, year, then mid-term and plan
 * when `context.plan` is given and contains it) — the periods a value for `id` rolls up into.
 */
export function rollUpTargets(id: string, context?: PlanContext): string[] {
  const child = parseSpan(id)
  const targets: string[] = []
  for (const type of PERIOD_TYPES) {
    if (TYPE_RANK[type] <= TYPE_RANK[child.type]) continue
    const candidate = candidateParent(child, type, context)
    if (candidate && spanContains(candidate, child)) targets.push(spanToId(candidate))
  }
  return targets
}
