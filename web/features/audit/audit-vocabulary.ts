/**
 * Actions and record types the audit log holds today (recordAudit calls in server/features). Suggestions only: the
 * filters take any text, so entries of features added later can be found too.
 */
export const AUDIT_ACTIONS = [
  'auth.sign_in', 'auth.sign_in_failed', 'auth.sign_out', 'auth.oidc_refused',
  'user.create', 'user.update', 'user.disable', 'user.grant_add', 'user.grant_remove', 'user.password_change', 'user.password_reset',
  'user.lock', 'user.unlock', 'user.oidc_link', 'session.revoke',
  'org_unit.create', 'org_unit.update', 'org_unit.move', 'org_unit.close', 'org_unit.reopen', 'org_unit.import',
  'responsibility.assign', 'responsibility.remove', 'plan.load',
] as const
/** A filter ending in "." matches the whole family ("user." → every user action). */
export const AUDIT_FAMILIES = ['auth.', 'user.', 'session.', 'org_unit.', 'responsibility.', 'plan.'] as const
export const AUDIT_ENTITY_TYPES = ['user', 'org_unit', 'responsibility', 'plan'] as const
