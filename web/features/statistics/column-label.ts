/**
 * Table columns come as ids: a year "2019", a token "state_pct", or "group:leaf" ("2016:approved_domestic").
 * Splits them into header groups and translates known tokens (unknown ones are shown as printed).
 */
export type ColumnGroup = { group: string | null; columns: { id: string; leaf: string }[] }

export function groupColumns(columns: string[]): ColumnGroup[] {
  const out: ColumnGroup[] = []
  for (const id of columns) {
    const i = id.indexOf(':')
    const group = i >= 0 ? id.slice(0, i) : null
    const leaf = i >= 0 ? id.slice(i + 1) : id
    const last = out[out.length - 1]
    if (last && last.group === group && group !== null) last.columns.push({ id, leaf })
    else out.push({ group, columns: [{ id, leaf }] })
  }
  return out
}

export function columnLabel(token: string, t: (key: string, opts: { defaultValue: string; start?: string; end?: string }) => string): string {
  if (/^\d{4}$/.test(token)) return token
  const range = /^(.*?)_?(\d{4})_(\d{4})$/.exec(token)
  if (range) {
    const head = range[1] ? t(`columns.${range[1]}`, { defaultValue: range[1] }) : ''
    return `${head} ${range[2]}–${range[3]}`.trim()
  }
  return t(`columns.${token}`, { defaultValue: token.replace(/_/g, ' ') })
}

/** The table a series belongs to: SER-A7-2-1 → TAB-A7-2 (longest table code whose suffix prefixes the series'). */
export function tableForSeries(seriesCode: string, tableCodes: string[]): string | undefined {
  const rest = seriesCode.replace(/^SER-/, '')
  let best: string | undefined
  for (const code of tableCodes) {
    const suffix = code.replace(/^TAB-/, '')
    if ((rest === suffix || rest.startsWith(`${suffix}-`)) && (!best || code.length > best.length)) best = code
  }
  return best
}
