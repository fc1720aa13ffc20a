/**
 * Whether this browser probably holds a session. The session cookie is HttpOnly, so the page cannot see it; without
 * this hint every anonymous reader would ask /me and get a 401 on each visit. Set at sign-in (and before leaving for
 * single sign-on), cleared at sign-out and whenever the server says the session is gone.
 */
const KEY = 'tidtam.session'

export function hasSessionHint(): boolean {
  try {
    return localStorage.getItem(KEY) === '1'
  } catch {
    return false
  }
}

export function setSessionHint(on: boolean): void {
  try {
    if (on) localStorage.setItem(KEY, '1')
    else localStorage.removeItem(KEY)
  } catch {
    /* private mode: the hint lasts for this page only */
  }
}
