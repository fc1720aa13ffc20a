import crypto from 'node:crypto'
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import type { DB } from '../db/schema.js'
import type { Access, UnitFrom } from '../http/access.js'
import { AppError } from '../http/errors.js'
import { can, forbidden, signInRequired, type Subject } from './policy.js'
import { PRE_SESSION_CSRF_COOKIE } from './cookies.js'

export const CSRF_HEADER = 'x-csrf-token'
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const sessionEnded = () => new AppError(401, 'session_ended', 'Your session has ended; please sign in again', 'ການເຂົ້າໃຊ້ຂອງທ່ານໝົດອາຍຸແລ້ວ, ກະລຸນາເຂົ້າສູ່ລະບົບອີກຄັ້ງ')
const csrfInvalid = () => new AppError(403, 'csrf_invalid', 'The request lacks a valid CSRF token (header X-CSRF-Token)', 'ຄຳຮ້ອງຂໍບໍ່ມີລະຫັດປ້ອງກັນ CSRF ທີ່ຖືກຕ້ອງ (X-CSRF-Token)')
const subjectNotFound = () => new AppError(404, 'not_found', 'The record or org unit was not found', 'ບໍ່ພົບຂໍ້ມູນ ຫຼື ຫົວໜ່ວຍທີ່ຮ້ອງຂໍ')
const passwordChangeRequired = () => new AppError(403, 'password_change_required', 'Change your one-time password before going on', 'ກະລຸນາປ່ຽນລະຫັດຜ່ານຊົ່ວຄາວຂອງທ່ານກ່ອນ')

function sameToken(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && crypto.timingSafeEqual(x, y)
}

/** Writes must carry the session's CSRF token; before sign-in, the token double-submitted in the pre-session cookie. */
function checkCsrf(req: FastifyRequest): void {
  if (SAFE_METHODS.has(req.method)) return
  const sent = req.headers[CSRF_HEADER]
  const token = Array.isArray(sent) ? undefined : sent
  const expected = req.session ? req.session.csrfToken : req.cookies[PRE_SESSION_CSRF_COOKIE]
  if (!sameToken(token, expected)) throw csrfInvalid()
}

/** A unit named by code in the URL (404 when unknown) or in the body (400 when unknown). */
async function unitByCode(db: Kysely<DB>, code: unknown, where: 'params' | 'body'): Promise<Subject> {
  const row = typeof code === 'string' && code ? await db.selectFrom('org_units').select('path').where('code', '=', code).executeTakeFirst() : undefined
  if (row) return { unitPath: row.path }
  const shown = typeof code === 'string' ? code.slice(0, 60) : ''
  throw where === 'params'
    ? new AppError(404, 'not_found', `There is no org unit "${shown}"`, `ບໍ່ມີຫົວໜ່ວຍ "${shown}"`)
    : new AppError(400, 'unknown_org_unit', `There is no org unit "${shown}"`, `ບໍ່ມີຫົວໜ່ວຍ "${shown}"`)
}

function field(source: unknown, name: string): unknown {
  return source && typeof source === 'object' ? (source as Record<string, unknown>)[name] : undefined
}

async function resolveSubject(req: FastifyRequest, db: Kysely<DB>, from: UnitFrom | undefined): Promise<Subject | undefined> {
  if (from === undefined) return 'anywhere'
  if (from === 'system') return 'system'
  if (from === 'params.unit') return unitByCode(db, field(req.params, 'unit'), 'params')
  if (from === 'body.unit') return unitByCode(db, field(req.body, 'unit'), 'body')
  if (from === 'body.parent') {
    const parent = field(req.body, 'parent')
    return parent === null || parent === undefined ? 'system' : unitByCode(db, parent, 'body')
  }
  return from(req, db)
}

/**
 * Runs before validation, so a caller without the right learns nothing from validation messages: CSRF, then sign-in,
 * then the declared permission over the subject's unit.
 */
export function enforceDeclaredAccess(app: FastifyInstance, db: Kysely<DB>): void {
  app.addHook('preValidation', async (req) => {
    const access = req.routeOptions.config?.access as Access | undefined
    if (!access) return
    await checkAccess(req, db, access)
  })
}

/** Throws unless the request may do what `access` declares (also asked by pages the server renders for a reader). */
export async function checkAccess(req: FastifyRequest, db: Kysely<DB>, access: Access): Promise<void> {
  checkCsrf(req)
  if (access === 'public') return
  if (!req.user) throw req.sessionEnded ? sessionEnded() : signInRequired()
  if (access === 'authenticated') return
  if (req.user.mustChangePassword) throw passwordChangeRequired()
  if (!can(req.user, access.permission)) throw forbidden()
  const subject = await resolveSubject(req, db, access.unitFrom)
  if (subject === undefined) throw subjectNotFound()
  if (!can(req.user, access.permission, subject)) throw forbidden()
}
