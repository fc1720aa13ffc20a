import type { FastifyRequest } from 'fastify'
import type { AuditEntry } from '../audit/record-audit.js'
import type { AuthUser } from './load-principal.js'
import { can, forbidden, signInRequired, type Permission, type Subject } from './policy.js'

/**
 * Who an operation runs for: a signed-in user (checked against the policy) or the system itself (first start, the
 * CLI), which the policy does not restrict. Carries what the audit log records about the request.
 */
export type Actor =
  | { kind: 'user'; user: AuthUser; ip: string | null; userAgent: string | null }
  | { kind: 'system'; name: string }

export function actorOf(req: FastifyRequest): Actor & { kind: 'user' } {
  if (!req.user) throw signInRequired()
  const ua = req.headers['user-agent']
  return { kind: 'user', user: req.user, ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null }
}

export const systemActor = (name: string): Actor => ({ kind: 'system', name })

export function actorCan(actor: Actor, action: Permission, subject: Subject): boolean {
  return actor.kind === 'system' || can(actor.user, action, subject)
}

export function assertActorCan(actor: Actor, action: Permission, subject: Subject): void {
  if (!actorCan(actor, action, subject)) throw actor.kind === 'user' ? forbidden() : signInRequired()
}

export function actorUserId(actor: Actor): number | null {
  return actor.kind === 'user' ? actor.user.id : null
}

/** The audit fields describing who acted and from where. */
export function auditBy(actor: Actor): Pick<AuditEntry, 'actor' | 'ip' | 'userAgent'> {
  if (actor.kind === 'system') return { actor: { userId: null, username: `system:${actor.name}` } }
  return { actor: { userId: actor.user.id, username: actor.user.username }, ip: actor.ip, userAgent: actor.userAgent }
}

export function requestMeta(req: FastifyRequest): { ip: string | null; userAgent: string | null } {
  const ua = req.headers['user-agent']
  return { ip: req.ip ?? null, userAgent: typeof ua === 'string' ? ua : null }
}
