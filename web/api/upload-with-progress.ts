import { apiErrorOf, apiUrl, csrfTokenFor, networkError, type QueryParams } from './client'

export type UploadProgress = { sent: number; total: number; done: boolean }

/**
 * A raw-body POST that reports how much has been sent (fetch cannot), with the CSRF token as `sendJson` sends it and
 * one retry when the token went stale. `done` turns true when the whole file is out and the server is at work.
 */
export async function uploadWithProgress<T>(path: string, params: QueryParams, file: Blob, contentType: string, onProgress: (p: UploadProgress) => void, signal?: AbortSignal): Promise<T> {
  const send = (token: string) => new Promise<{ status: number; statusText: string; body: unknown }>((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', apiUrl(path, params))
    xhr.withCredentials = true
    xhr.setRequestHeader('accept', 'application/json')
    xhr.setRequestHeader('content-type', contentType)
    xhr.setRequestHeader('x-csrf-token', token)
    xhr.upload.onprogress = (e) => onProgress({ sent: e.loaded, total: e.lengthComputable ? e.total : file.size, done: false })
    xhr.upload.onload = () => onProgress({ sent: file.size, total: file.size, done: true })
    xhr.onload = () => {
      let body: unknown = null
      try { body = JSON.parse(xhr.responseText) } catch { /* not JSON: the status says enough */ }
      resolve({ status: xhr.status, statusText: xhr.statusText, body })
    }
    xhr.onerror = () => reject(networkError())
    xhr.onabort = () => reject(new DOMException('aborted', 'AbortError'))
    signal?.addEventListener('abort', () => xhr.abort(), { once: true })
    xhr.send(file)
  })
  let res = await send(await csrfTokenFor())
  if (res.status === 403 && (res.body as { error?: { code?: string } } | null)?.error?.code === 'csrf_invalid') res = await send(await csrfTokenFor(true))
  if (res.status < 200 || res.status >= 300) throw apiErrorOf(res.status, res.statusText, res.body)
  return res.body as T
}
