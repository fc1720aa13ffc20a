/** The province map's colours and bins, shared by the server's first paint and the web app. */

/** Map colours from low to high (light to dark indigo); provinces without data are grey. */
export const MAP_RAMP = ['#dbe4ff', '#91a7ff', '#5c7cfa', '#3b5bdb', '#23378f']
export const NO_DATA_HEX = '#dee2e6'

/** geoBoundaries gives Xaisomboun the withdrawn code LA-XN; ISO 3166-2:LA (and the app) use LA-XS. */
export const normalizeIso = (iso: string): string => (iso === 'LA-XN' ? 'LA-XS' : iso)

export type Piece = { min: number; max: number; label: string; color: string }

/**
 * Up to five equal bins between the lowest and highest value, light to dark; one bin when all values are equal.
 * Labels carry as many decimals as the bin width needs for neighbouring bounds to differ (53.2 – 54.0, not 53 – 54).
 */
export function mapPieces(values: number[], formatNumber: (v: number, digits?: number) => string): Piece[] {
  if (!values.length) return []
  const min = Math.min(...values)
  const max = Math.max(...values)
  if (min === max) return [{ min, max, label: formatNumber(min), color: MAP_RAMP[MAP_RAMP.length - 2] }]
  const n = Math.min(MAP_RAMP.length, values.length)
  const step = (max - min) / n
  const digits = Math.min(4, Math.max(0, Math.ceil(-Math.log10(step))))
  return Array.from({ length: n }, (_, i) => {
    const lo = min + i * step
    const hi = i === n - 1 ? max : min + (i + 1) * step
    return { min: lo, max: hi, label: `${formatNumber(lo, digits)} – ${formatNumber(hi, digits)}`, color: MAP_RAMP[Math.round((i * (MAP_RAMP.length - 1)) / Math.max(1, n - 1))] }
  })
}

/** The colour of a value: its bin's (the last bin holding it, so a value on a boundary takes the darker one), or grey. */
export function colorOf(value: number | null, pieces: Piece[]): string {
  if (value === null) return NO_DATA_HEX
  for (let i = pieces.length - 1; i >= 0; i--) if (value >= pieces[i].min && value <= pieces[i].max) return pieces[i].color
  return NO_DATA_HEX
}
