import { z } from 'zod'
import type { ZodTypeProvider } from 'fastify-type-provider-zod'
import type { App } from '../../platform/http/create-app.js'
import { actorOf } from '../../platform/auth/request-actor.js'
import { createMailer } from '../../platform/mail/mailer.js'
import { listNotifications, markNotificationsRead } from './notifications.js'
import { startMailSweep } from './mail-sweep.js'

const tags = ['notifications']

export async function notificationRoutes(app: App) {
  const r = app.withTypeProvider<ZodTypeProvider>()
  const db = () => app.deps.db
  const mailer = createMailer(app.deps.mail)
  if (mailer) startMailSweep(app, mailer, app.deps.mail?.sweepEveryMs)
  r.get('/api/v1/notifications', {
    config: { access: 'authenticated' },
    schema: { tags, querystring: z.strictObject({ unread: z.enum(['true', 'false']).optional() }), summary: 'My notifications, newest first (the latest 100)' },
  }, (req) => listNotifications(db(), actorOf(req).user.id, req.query.unread === 'true'))
  r.post('/api/v1/notifications/read', {
    config: { access: 'authenticated' },
    schema: { tags, body: z.strictObject({ ids: z.array(z.number().int().positive()).max(500).optional().describe('absent: all of mine') }), summary: 'Mark my notifications read' },
  }, (req) => markNotificationsRead(db(), actorOf(req), req.body.ids))
}
