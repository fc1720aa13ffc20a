import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import { ROLES, ROLE_NAMES, ROLE_PERMISSIONS, PERMISSIONS } from '../../platform/auth/policy.js'
import {
  createUserBody, grantInput, grantParams, listUsersQuery, oneTimePassword, resetPasswordBody, revokeSessionsBody, sessionView,
  updateUserBody, userIdParams, userPage, userView, bilingual,
} from './users.schemas.js'
import { userFromParams } from './user-subject.js'
import { listUsers } from './list-users.js'
import { createUser } from './create-user.js'
import { presentUser } from './present-user.js'
import { updateUser } from './update-user.js'
import { resetPassword } from './reset-password.js'
import { unlockUser } from './unlock-user.js'
import { addGrant } from './add-grant.js'
import { removeGrant } from './remove-grant.js'
import { listSessions } from './list-sessions.js'
import { revokeSessions } from './revoke-sessions.js'

const manage = { permission: 'users:manage' as const }
const manageUser = { access: { ...manage, unitFrom: userFromParams } }
const tags = ['users']
const roleList = z.array(z.object({ role: z.enum(ROLES), name: bilingual, permissions: z.array(z.enum(PERMISSIONS)) }))

export async function userRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db

  r.get('/api/v1/roles', { config: { access: 'authenticated' }, schema: { tags, summary: 'Roles and what each may do', response: { 200: roleList } } },
    () => ROLES.map((role) => ({ role, name: ROLE_NAMES[role], permissions: [...ROLE_PERMISSIONS[role]] })))
  r.get('/api/v1/users', { config: { access: manage }, schema: { tags, querystring: listUsersQuery, response: { 200: userPage }, summary: 'Users the caller may manage (filter, sort, page)' } },
    (req) => listUsers(db(), actorOf(req), req.query))
  r.post('/api/v1/users', { config: { access: manage }, schema: { tags, body: createUserBody, response: { 201: oneTimePassword }, summary: 'Create a user with role grants; the password is one-time' } },
    async (req, reply) => {
      const created = await createUser(db(), actorOf(req), req.body)
      return reply.status(201).send({ user: await presentUser(db(), created.id), oneTimePassword: created.oneTimePassword })
    })
  r.get('/api/v1/users/:userId', { config: manageUser, schema: { tags, params: userIdParams, response: { 200: userView } } },
    (req) => presentUser(db(), req.params.userId))
  r.patch('/api/v1/users/:userId', { config: manageUser, schema: { tags, params: userIdParams, body: updateUserBody, response: { 200: userView }, summary: 'Change name, e-mail, OIDC subject; disable or enable' } },
    (req) => updateUser(db(), actorOf(req), req.params.userId, req.body))
  r.post('/api/v1/users/:userId/password', { config: manageUser, schema: { tags, params: userIdParams, body: resetPasswordBody, response: { 200: oneTimePassword }, summary: 'Set a one-time password (user must change it at next sign-in); ends their sessions' } },
    async (req) => {
      const r2 = await resetPassword(db(), actorOf(req), req.params.userId, req.body.password)
      return { user: await presentUser(db(), req.params.userId), oneTimePassword: r2.oneTimePassword }
    })
  r.post('/api/v1/users/:userId/unlock', { config: manageUser, schema: { tags, params: userIdParams, response: { 200: userView }, summary: 'Lift a lockout after failed sign-ins' } },
    (req) => unlockUser(db(), actorOf(req), req.params.userId))
  r.post('/api/v1/users/:userId/grants', { config: manageUser, schema: { tags, params: userIdParams, body: grantInput, response: { 200: userView }, summary: 'Grant a role over an org-unit subtree' } },
    (req) => addGrant(db(), actorOf(req), req.params.userId, req.body))
  r.delete('/api/v1/users/:userId/grants/:grantId', { config: manageUser, schema: { tags, params: grantParams, response: { 200: userView } } },
    (req) => removeGrant(db(), actorOf(req), req.params.userId, req.params.grantId))
  r.get('/api/v1/users/:userId/sessions', { config: manageUser, schema: { tags, params: userIdParams, response: { 200: z.array(sessionView) } } },
    (req) => listSessions(db(), req.params.userId, null))
  r.post('/api/v1/users/:userId/sessions/revoke', { config: manageUser, schema: { tags, params: userIdParams, body: revokeSessionsBody, response: { 200: z.object({ ended: z.number() }) }, summary: 'End one or all of the user\'s sessions at once' } },
    (req) => revokeSessions(db(), actorOf(req), req.params.userId, req.body.sessionId))
}
