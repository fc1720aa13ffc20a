import nodemailer from 'nodemailer'

export type MailConfig = { smtpUrl?: string; from: string; publicUrl?: string }
export type Mail = { to: string; subject: string; text: string }
export type Mailer = { send(mail: Mail): Promise<void>; publicUrl?: string }

/** An SMTP mailer when `TIDTAM_SMTP_URL` is set (smtp://user:pass@host:587 or smtps://…); otherwise none. */
export function createMailer(config: MailConfig | undefined): Mailer | null {
  if (!config?.smtpUrl) return null
  const transport = nodemailer.createTransport(config.smtpUrl)
  return {
    publicUrl: config.publicUrl,
    async send(mail) {
      await transport.sendMail({ from: config.from, to: mail.to, subject: mail.subject, text: mail.text })
    },
  }
}
