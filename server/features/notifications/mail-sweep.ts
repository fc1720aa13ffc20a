import type { App } from '../../platform/http/create-app.js'
import type { Mailer } from '../../platform/mail/mailer.js'
import { emailNotifications } from './email-notifications.js'

/**
 * Every `everyMs`, e-mails the notifications whose earlier try failed (the mail server was down, the line dropped)
 * and whose pause is over. Stops when the app closes; never keeps the process alive on its own.
 */
export function startMailSweep(app: App, mailer: Mailer, everyMs = 60_000): void {
  let running: Promise<unknown> | null = null
  const timer = setInterval(() => {
    if (running) return
    running = emailNotifications(app.deps.db, mailer)
      .then((r) => { if (r.sent || r.failed) app.log.info(r, 'notification e-mail sweep') })
      .catch((err: unknown) => app.log.warn({ err }, 'notification e-mail sweep failed'))
      .finally(() => { running = null })
  }, everyMs)
  timer.unref()
  app.addHook('onClose', async () => {
    clearInterval(timer)
    await running
  })
}
