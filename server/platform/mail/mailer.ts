import nodemailer from 'nodemailer'

/** `sweepEveryMs`: how often failed notification e-mails are tried again (default one minute). */
export type MailConfig = { smtpUrl?: string; from: string; publicUrl?: string; sweepEveryMs?: number }
export type Mail = { to: string; subject: string; text: string }
export type Mailer = { send(mail: Mail): Promise<void>; publicUrl?: string }

const mailers = new WeakMap<MailConfig, Mailer>()

/** An SMTP mailer when `TIDTAM_SMTP_URL` is set (smtp://user:pass@host:587 or smtps://…); otherwise none. One per config. */
export function createMailer(config: MailConfig | undefined): Mailer | null {
  if (!config?.smtpUrl) return null
  const known = mailers.get(config)
  if (known) return known
  const mailer = smtpMailer(config as MailConfig & { smtpUrl: string })
  mailers.set(config, mailer)
  return mailer
}

function smtpMailer(config: MailConfig & { smtpUrl: string }): Mailer {
  const transport = nodemailer.createTransport(config.smtpUrl)
  return {
    publicUrl: config.publicUrl,
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text })
    },
  }
}
