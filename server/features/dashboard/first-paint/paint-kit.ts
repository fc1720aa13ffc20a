import textsLo from '../../../../i18n/dashboard.lo.json' with { type: 'json' }
import textsEn from '../../../../i18n/dashboard.en.json' with { type: 'json' }
import appLo from '../../../../i18n/lo.json' with { type: 'json' }
import appEn from '../../../../i18n/en.json' with { type: 'json' }
import { periodLabel } from '../../../../common/periods.js'

export type PaintLanguage = 'lo' | 'en'

/** The dashboard's words, numbers, dates and period names in one language, as the web app writes them. */
export type Named = { lo: string | null; en: string | null } | null | undefined
export type Kit = {
  lang: PaintLanguage
  d: typeof textsLo.dashboard
  app: { app: { name: string } }
  /** The text in the reader's language, else the other one. */
  pick: (v: Named) => { text: string; lang: PaintLanguage } | null
  num: (v: number, maxDigits?: number) => string
  dateTime: (iso: string) => string
  label: (period: string) => string
}

const kits = new Map<PaintLanguage, Kit>()
export function kitFor(lang: PaintLanguage): Kit {
  const known = kits.get(lang)
  if (known) return known
  const other: PaintLanguage = lang === 'lo' ? 'en' : 'lo'
  // The same keys in both (web/i18n-keys.test.ts), except that English splits some into i18next's _one/_other plurals.
  const d = (lang === 'en' ? textsEn : textsLo).dashboard as unknown as typeof textsLo.dashboard
  // Lao numbers as the web app writes them ("1.234,5"), English as en-GB ("1,234.5").
  const locale = lang === 'en' ? 'en-GB' : 'lo'
  const numberFormats = new Map<number, Intl.NumberFormat>()
  // The reader's clock is unknown here; the plan's readers are in Laos.
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Asia/Vientiane' })
  const kit: Kit = {
    lang, d, app: lang === 'en' ? appEn : appLo,
    pick: (v) => (v?.[lang] ? { text: v[lang]!, lang } : v?.[other] ? { text: v[other]!, lang: other } : null),
    num: (v, maxDigits = 2) => {
      let f = numberFormats.get(maxDigits)
      if (!f) numberFormats.set(maxDigits, (f = new Intl.NumberFormat(locale, { maximumFractionDigits: maxDigits })))
      return f.format(v)
    },
    dateTime: (iso) => dateTimeFormat.format(new Date(iso)),
    label: (id) => periodText(d.period, lang, id),
  }
  kits.set(lang, kit)
  return kit
}

/** i18next's plural keys ("reports_one" / "reports_other") where a language has them, else the single key. */
export function plural(texts: object, key: string, count: number): string {
  const t = texts as Record<string, string | undefined>
  return t[key] ?? t[`${key}_${new Intl.PluralRules('en').select(count) === 'one' ? 'one' : 'other'}`] ?? key
}

export const fill = (template: string, values: Record<string, string | number>) => template.replace(/\{\{(\w+)\}\}/g, (_, k: string) => String(values[k] ?? ''))

/** As usePeriodLabel: "ໄຕມາດ 1/2024", "ປີ 2024", "ທັງແຜນ 2021–2025", "ປີ 2021–2024"; others as common/periods names them. */
function periodText(p: typeof textsLo.dashboard.period, lang: PaintLanguage, id: string): string {
  const span = /^(\S+?)\.\.(\S+)$/.exec(id)
  if (span) return /^\d{4}$/.test(span[1]) && /^\d{4}$/.test(span[2]) ? fill(p.years, { from: span[1], to: span[2] }) : `${periodText(p, lang, span[1])} – ${periodText(p, lang, span[2])}`
  let m = /^(\d{4})Q([1-4])$/.exec(id)
  if (m) return fill(p.quarter, { year: m[1], quarter: m[2] })
  if (/^\d{4}$/.test(id)) return fill(p.year, { year: id })
  m = /^(\d{4})-(\d{4})$/.exec(id)
  if (m) return fill(p.plan, { start: m[1], end: m[2] })
  try {
    return periodLabel(id, lang)
  } catch {
    return id
  }
}
