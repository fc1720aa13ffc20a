import type { FastifyRequest } from 'fastify'

export type ReaderLanguage = 'lo' | 'en'

/** The web app mirrors the reader's language choice into this cookie (web/i18n-setup.ts). */
export const LANGUAGE_COOKIE = 'tidtam_lang'

/** The reader's language: an explicit choice (a `lang` query parameter) first, then the app's cookie; Lao by default. */
export function readerLanguage(req: FastifyRequest, explicit?: string | null): ReaderLanguage {
  const chosen = explicit ?? req.cookies?.[LANGUAGE_COOKIE]
  return chosen === 'en' ? 'en' : 'lo'
}
