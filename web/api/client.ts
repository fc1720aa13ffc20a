/** The one way the web app talks to the server: JSON to and from /api, errors as ApiError with both languages. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageLo: string | null,
    /** Per-row or per-field problems the server lists (CSV import, bulk assignment, weak password…). */
    readonly details?: unknown,
  ) {
    super(message)
    this.name = 'ApiError'
  }
}

export type QueryParams = Record<string, string | number | undefined | null>

export function apiUrl(path: string, params: QueryParams = {}): string {
  const qs = new URLSearchParams()
  for (const [k, v] of Object.entries(params)) {
    if (v !== undefined && v !== null && v !== '') qs.set(k, String(v))
  }
  const s = qs.toString()
  return `/api${path}${s ? `?${s}` : ''}`
}

type ErrorBody = { error?: { code?: string; message?: string; message_lo?: string; details?: unknown } } | null

/** Called when the server says the caller is not (or no longer) signed in, so the app can forget the user. */
let onSignedOut: (() => void) | null = null
export function setSignedOutHandler(handler: (() => void) | null): void {
  onSignedOut = handler
}

async function request(url: string, init: RequestInit): Promise<{ res: Response; body: unknown }> {
  let res: Response
  try {
    res = await fetch(url, { ...init, credentials: 'same-origin' })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw networkError()
  }
  const body = await res.json().catch(() => null)
  return { res, body }
}

/** The server did not answer at all (offline, a dropped line). */
export const networkError = () => new ApiError(0, 'network', 'The server cannot be reached', 'ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້')

/** An error answer as an ApiError (also for requests made without fetch, such as an upload that reports progress). */
export function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  const e = (body as ErrorBody)?.error
  const err = new ApiError(status, e?.code ?? 'http_' + status, e?.message ?? statusText, e?.message_lo ?? null, e?.details)
  if (status === 401 && (err.code === 'session_ended' || err.code === 'sign_in_required')) onSignedOut?.()
  return err
}

export async function getJson<T>(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<T> {
  const { res, body } = await request(apiUrl(path, params), { headers: { accept: 'application/json' }, signal })
  if (!res.ok) throw apiErrorOf(res.status, res.statusText, body)
  return body as T
}

/**
 * Writes carry X-CSRF-Token: the session's token (from sign-in or /me), or before sign-in the token the server pairs
 * with its pre-session cookie (GET /auth/csrf). A token gone stale (new session, server restart) is fetched once more.
 */
let csrfToken: string | null = null
export function rememberCsrfToken(token: string | null): void {
  csrfToken = token
}

async function freshCsrfToken(): Promise<string> {
  const { csrfToken: token } = await getJson<{ csrfToken: string }>('/v1/auth/csrf')
  csrfToken = token
  return token
}

/** The token for a write made without `sendJson` (an upload that reports progress); `fresh` after a csrf_invalid. */
export async function csrfTokenFor(fresh = false): Promise<string> {
  return !fresh && csrfToken ? csrfToken : freshCsrfToken()
}

export type WriteMethod = 'POST' | 'PATCH' | 'PUT' | 'DELETE'

/**
 * `opts.headers`: more request headers (If-Match, Idempotency-Key); `opts.raw`: send this body as is (a file upload)
 * instead of `payload` as JSON; `opts.params`: a query string.
 */
export type SendOptions = { headers?: Record<string, string>; raw?: { body: Blob; contentType: string }; params?: QueryParams; signal?: AbortSignal }

export async function sendJson<T>(method: WriteMethod, path: string, payload?: unknown, opts: SendOptions = {}): Promise<T> {
  const contentType = opts.raw ? opts.raw.contentType : payload === undefined ? undefined : 'application/json'
  const send = (token: string) => request(apiUrl(path, opts.params), {
    method,
    headers: { accept: 'application/json', ...opts.headers, 'x-csrf-token': token, ...(contentType ? { 'content-type': contentType } : {}) },
    body: opts.raw ? opts.raw.body : payload === undefined ? undefined : JSON.stringify(payload),
    signal: opts.signal,
  })
  let { res, body } = await send(csrfToken ?? (await freshCsrfToken()))
  if (res.status === 403 && (body as ErrorBody)?.error?.code === 'csrf_invalid') ({ res, body } = await send(await freshCsrfToken()))
  if (!res.ok) throw apiErrorOf(res.status, res.statusText, body)
  return body as T
}

/** The message in the reader's language (the server sends both). */
export function errorText(err: unknown, lang: string): string {
  if (err instanceof ApiError) return lang === 'lo' && err.messageLo ? err.messageLo : err.message
  return err instanceof Error ? err.message : String(err)
}
