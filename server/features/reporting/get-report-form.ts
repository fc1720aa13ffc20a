import type { Kysely } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import type { Principal } from '../../platform/auth/policy.js'
import { deadlineOf, periodLabel, previousPeriod } from '../../../common/periods.js'
import { findReportContext, type ReportKey } from './find-report-context.js'
import { loadFormItems, type FormItem } from './load-form-items.js'
import { allowedActions, type ReportStatus } from './report-workflow.js'
import { loadReportEntries } from './load-report-entries.js'
import { presentReport } from './present-report.js'

/**
 * One screen per (unit, period): the report's state, what the caller may do with it, and the unit's items grouped by
 * programme, each with its saved entry, its version (for conflict checks) and last period's value (for warnings).
 */
export async function getReportForm(db: Kysely<DB>, user: Principal | null, key: ReportKey) {
  const ctx = await findReportContext(db, key)
  const items = await loadFormItems(db, ctx.dataSet.id, ctx.unit.id)
  const previousId = ctx.dataSet.frequency === 'mid_term' || ctx.dataSet.frequency === 'plan' ? null : previousPeriod(ctx.period.id)
  const previous = previousId
    ? await db.selectFrom('reports').select('id').where('data_set_id', '=', ctx.dataSet.id).where('org_unit_id', '=', ctx.unit.id).where('period', '=', previousId).executeTakeFirst()
    : undefined
  const entries = await loadReportEntries(db, ctx.report?.id ?? null, previous?.id ?? null, items)
  const options = await loadOptions(db, items)
  const groups = await groupByNode(db, items)
  const status = (ctx.report?.status ?? 'draft') as ReportStatus
  const events = ctx.report
    ? await db.selectFrom('report_events as e').leftJoin('users as u', 'u.id', 'e.actor_user_id')
      .select(['e.id', 'e.at', 'e.action', 'e.from_status', 'e.to_status', 'e.reason', 'e.review_level', 'u.username', 'u.display_name'])
      .where('e.report_id', '=', ctx.report.id).orderBy('e.id').execute()
    : []
  return {
    report: presentReport(ctx, status),
    deadline: deadlineOf(ctx.period.id, { daysAfterEnd: ctx.dataSet.deadline_days }),
    previousPeriod: previousId ? { id: previousId, label: { lo: periodLabel(previousId, 'lo'), en: periodLabel(previousId, 'en') } } : null,
    allowed: allowedActions(user, { status, reviewLevel: ctx.report?.review_level ?? 0, unitPath: ctx.unit.path, unitKind: ctx.unit.kind, reviewPath: ctx.dataSet.review_path }),
    groups: groups.map((g) => ({
      node: g.node,
      items: g.items.map((item) => ({
        ...item,
        ...(item.kind === 'element' ? { options: item.disaggregationId ? options.get(item.disaggregationId) ?? [] : [] } : {}),
        entry: entries.get(`${item.kind}:${item.id}`) ?? null,
      })),
    })),
    events: events.map((e) => ({ id: e.id, at: e.at.toISOString(), action: e.action, from: e.from_status, to: e.to_status, reason: e.reason, level: e.review_level, by: e.display_name ?? e.username ?? null })),
  }
}

async function loadOptions(db: Kysely<DB>, items: FormItem[]) {
  const ids = [...new Set(items.flatMap((i) => (i.kind === 'element' && i.disaggregationId ? [i.disaggregationId] : [])))]
  const rows = ids.length ? await db.selectFrom('disaggregation_options').selectAll().where('disaggregation_id', 'in', ids).orderBy('sort_order').orderBy('id').execute() : []
  const out = new Map<number, { id: number; code: string; name: { lo: string; en: string | null } }[]>()
  for (const r of rows) out.set(r.disaggregation_id, [...(out.get(r.disaggregation_id) ?? []), { id: r.id, code: r.code, name: { lo: r.name_lo, en: r.name_en } }])
  return out
}

async function groupByNode(db: Kysely<DB>, items: FormItem[]) {
  const ids = [...new Set(items.map((i) => i.groupNodeId).filter((id): id is number => id !== null))]
  const nodes = ids.length ? await db.selectFrom('framework_nodes').select(['id', 'code', 'kind', 'name_lo', 'name_en', 'sort_order']).where('id', 'in', ids).execute() : []
  const byId = new Map(nodes.map((n) => [n.id, n]))
  const groups = new Map<number | null, FormItem[]>()
  for (const i of items) groups.set(i.groupNodeId, [...(groups.get(i.groupNodeId) ?? []), i])
  return [...groups.entries()]
    .sort(([a], [b]) => (a === null ? 1 : b === null ? -1 : byId.get(a)!.sort_order - byId.get(b)!.sort_order))
    .map(([id, list]) => {
      const n = id === null ? undefined : byId.get(id)
      return { node: n ? { code: n.code, kind: n.kind, name: { lo: n.name_lo, en: n.name_en } } : null, items: list }
    })
}
