import type { Transaction } from 'kysely'
import type { DB } from '../../platform/db/schema.js'
import { covers, ROLE_PERMISSIONS, type Permission, type Role } from '../../platform/auth/policy.js'
import { ACTION_LO } from './reporting-errors.js'

type Event = {
  reportId: number; action: string; actorId: number | null; unitPath: string; reviewPath: string; submittedBy: number | null
  title: { unit: { lo: string; en: string | null }; dataSet: { lo: string; en: string | null }; period: { lo: string; en: string } }
  reason: string | null; toStatus: string
}

const ACTION_EN: Record<string, string> = { submit: 'submitted', return: 'returned', approve: 'approved', lock: 'locked', reopen: 'reopened' }

/**
 * In-app notifications for a report's step, written in the same transaction: a submission goes to the reviewers who
 * may act on it; a return, approval, lock or reopening goes to the unit's reporters and whoever submitted.
 */
export async function notifyReportEvent(trx: Transaction<DB>, e: Event & { reviewUnitPath: string }): Promise<number> {
  const toReviewers = e.action === 'submit' || (e.action === 'approve' && e.toStatus === 'submitted')
  const recipients = new Set(await usersHolding(trx, toReviewers ? 'reports:review' : 'data:enter', toReviewers ? e.reviewUnitPath : e.unitPath))
  if (!toReviewers && e.submittedBy) recipients.add(e.submittedBy)
  if (e.actorId) recipients.delete(e.actorId)
  if (!recipients.size) return 0
  const what = `${e.title.dataSet.lo} · ${e.title.unit.lo} · ${e.title.period.lo}`
  const whatEn = `${e.title.dataSet.en ?? e.title.dataSet.lo} · ${e.title.unit.en ?? e.title.unit.lo} · ${e.title.period.en}`
  const stepLo = toReviewers && e.action === 'approve' ? 'ລໍຖ້າການອະນຸມັດຂັ້ນຕໍ່ໄປ' : `ຖືກ${ACTION_LO[e.action] ?? e.action}`
  const stepEn = toReviewers && e.action === 'approve' ? 'awaits the next approval' : ACTION_EN[e.action] ?? e.action
  await trx.insertInto('notifications').values([...recipients].map((userId) => ({
    user_id: userId, kind: `report.${e.action}`, report_id: e.reportId,
    title_lo: `${what}: ${stepLo}`, title_en: `${whatEn}: ${stepEn}`,
    body_lo: e.reason, body_en: e.reason,
  }))).execute()
  return recipients.size
}

async function usersHolding(trx: Transaction<DB>, permission: Permission, unitPath: string): Promise<number[]> {
  const roles = (Object.entries(ROLE_PERMISSIONS) as [Role, readonly Permission[]][]).filter(([, p]) => p.includes(permission)).map(([r]) => r)
  const grants = await trx.selectFrom('role_grants as g').innerJoin('users as u', 'u.id', 'g.user_id').leftJoin('org_units as o', 'o.id', 'g.org_unit_id')
    .select(['g.user_id', 'g.role', 'g.org_unit_id', 'o.path', 'o.code']).where('g.role', 'in', roles).where('u.disabled_at', 'is', null).execute()
  return [...new Set(grants.filter((g) => covers({ id: 0, role: g.role as Role, unitId: g.org_unit_id, unitCode: g.code, unitPath: g.path }, unitPath)).map((g) => g.user_id))]
}
