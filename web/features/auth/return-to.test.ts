import { describe, expect, it } from 'vitest'
import { safeReturnTo } from './return-to'

describe('safeReturnTo', () => {
  it('keeps a path on this site with its query', () => {
    expect(safeReturnTo('/org-units/LA-VT?x=1')).toBe('/org-units/LA-VT?x=1')
  })
  it('refuses other sites, empty values and the sign-in screens', () => {
    for (const v of ['https://evil.example/', '//evil.example', '/\\evil.example', '', undefined, null, 'org-units', '/sign-in?returnTo=/x', '/change-password']) {
      expect(safeReturnTo(v)).toBe('/')
    }
  })
})
