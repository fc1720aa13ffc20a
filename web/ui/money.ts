import { useTranslation } from 'react-i18next'
import { formatNumber, localeFor } from './format'

/** An amount in its own currency: million kip and US dollars are never added together, so each is labelled. */
export function useMoney() {
  const { t, i18n } = useTranslation()
  const locale = localeFor(i18n.language)
  return (amount: number | null | undefined, currency: string) => {
    if (amount === null || amount === undefined) return '—'
    return t(`currency.amount.${currency}`, { amount: formatNumber(amount, locale, 2), defaultValue: `${formatNumber(amount, locale, 2)} ${currency}` })
  }
}

export type CurrencyTotal = { currency: string; count: number; amount: number }

/** Sums rows per currency (never across currencies), in a stable order: kip first, then USD. */
export function totalsByCurrency(rows: { currency: string; count: number; amount: number }[]): CurrencyTotal[] {
  const m = new Map<string, CurrencyTotal>()
  for (const r of rows) {
    const t = m.get(r.currency) ?? { currency: r.currency, count: 0, amount: 0 }
    t.count += r.count
    t.amount = Math.round((t.amount + r.amount) * 100) / 100
    m.set(r.currency, t)
  }
  const order = ['LAK_M', 'LAK', 'USD']
  return [...m.values()].sort((a, b) => (order.indexOf(a.currency) + 1 || 99) - (order.indexOf(b.currency) + 1 || 99))
}
