/**
 * Every action and record type the server writes to the audit log (recordAudit calls in server/features; the test
 * beside this file fails when one is missing here or has no words in Lao and English). The filters still take any
 * text, so entries written by an older or newer server can be found too.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in', 'auth.sign_in_failed', 'auth.sign_out', 'auth.oidc_refused',
  'user.create', 'user.update', 'user.disable', 'user.enable', 'user.grant_add', 'user.grant_remove', 'user.password_change', 'user.password_reset',
  'user.lock', 'user.unlock', 'user.oidc_link', 'session.revoke', 'notifications.read',
  'org_unit.create', 'org_unit.update', 'org_unit.move', 'org_unit.close', 'org_unit.reopen', 'org_unit.import',
  'responsibility.assign', 'responsibility.remove', 'plan.load',
  'report.save', 'report.import', 'report.submit', 'report.return', 'report.approve', 'report.lock', 'report.reopen', 'report.evidence.add',
  'data_set.create', 'data_set.update', 'data_set.members', 'data_element.create', 'data_element.update',
] as const
/** A filter ending in "." matches the whole family ("user." → every user action). */
export const AUDIT_FAMILIES = ['auth.', 'user.', 'session.', 'notifications.', 'org_unit.', 'responsibility.', 'plan.', 'report.', 'data_set.', 'data_element.'] as const
export const AUDIT_ENTITY_TYPES = ['user', 'org_unit', 'responsibility', 'plan', 'report', 'evidence_file', 'data_set', 'data_element'] as const
