/**
 * Period ids between tidtam and DHIS2. Quarters, semesters and years are written the same way in both (`2024Q1`,
 * `2024S1`, `2024`); only months differ (`2024-03` here, `202403` in DHIS2). DHIS2 has no period for January–September,
 * a mid-term or a whole plan, so those (`2024N9`, `2021-2023M`, `2021-2025`) have no DHIS2 id.
 */
export function toDhis2Period(id: string): string | null {
  const month = /^(\d{4})-(\d{2})$/.exec(id)
  if (month) return `${month[1]}${month[2]}`
  if (/^\d{4}(Q[1-4]|S[12])?$/.test(id)) return id
  return null
}

export function fromDhis2Period(id: string): string | null {
  const month = /^(\d{4})(0[1-9]|1[0-2])$/.exec(id)
  if (month) return `${month[1]}-${month[2]}`
  if (/^\d{4}(Q[1-4]|S[12])?$/.test(id)) return id
  return null
}
