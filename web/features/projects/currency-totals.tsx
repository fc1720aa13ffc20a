import { Badge, Group } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useFormat } from '../../ui/format'
import { totalsByCurrency, useMoney } from '../../ui/money'

/** "N projects · X million kip" and "M projects · Y USD" side by side — one badge per currency, never one sum. */
export function CurrencyTotals({ rows, testId }: { rows: { currency: string; count: number; amount: number }[]; testId?: string }) {
  const { t } = useTranslation()
  const f = useFormat()
  const money = useMoney()
  return (
    <Group gap="xs" data-testid={testId}>
      {totalsByCurrency(rows).map((c) => (
        <Badge key={c.currency} size="lg" variant="light" color={c.currency === 'USD' ? 'green' : 'blue'} data-currency={c.currency}>
          {t('overview.projectsIn', { n: f.number(c.count) })} · {money(c.amount, c.currency)}
        </Badge>
      ))}
    </Group>
  )
}
