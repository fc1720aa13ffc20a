/** The one way the web app talks to the server: GET JSON from /api, errors as ApiError with both languages. */

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly messageLo: string | null,
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

export async function getJson<T>(path: string, params: QueryParams = {}, signal?: AbortSignal): Promise<T> {
  let res: Response
  try {
    res = await fetch(apiUrl(path, params), { headers: { accept: 'application/json' }, signal, credentials: 'same-origin' })
  } catch (err) {
    if ((err as Error).name === 'AbortError') throw err
    throw new ApiError(0, 'network', 'The server cannot be reached', 'ບໍ່ສາມາດເຊື່ອມຕໍ່ກັບເຊີບເວີໄດ້')
  }
  const body = await res.json().catch(() => null)
  if (!res.ok) {
    const e = (body as { error?: { code?: string; message?: string; message_lo?: string } } | null)?.error
    throw new ApiError(res.status, e?.code ?? 'http_' + res.status, e?.message ?? res.statusText, e?.message_lo ?? null)
  }
  return body as T
}
