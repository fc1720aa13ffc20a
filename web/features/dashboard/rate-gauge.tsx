import { Stack, Text } from '@mantine/core'
import { useFormat } from '../../ui/format'

const SIZE = 120
const STROKE = 12
const R = (SIZE - STROKE) / 2
const C = 2 * Math.PI * R

/**
 * A rate (0–1) as a ring with its percentage in the middle; "—" when there is nothing to rate. Plain SVG: prints as
 * is. Coloured by how good the rate is (≥ 90% green, ≥ 60% orange, else red) unless a colour is given.
 */
export function RateGauge({ label, rate, color: fixed, testId }: { label: string; rate: number | null; color?: string; testId?: string }) {
  const f = useFormat()
  const pct = rate === null ? null : Math.round(rate * 1000) / 10
  const color = fixed ?? (pct === null ? 'var(--mantine-color-gray-4)' : pct >= 90 ? 'var(--mantine-color-green-8)' : pct >= 60 ? 'var(--mantine-color-orange-6)' : 'var(--mantine-color-red-7)')
  const text = pct === null ? '—' : `${f.number(pct, 1)}%`
  return (
    <Stack gap={2} align="center" data-testid={testId} data-rate={rate ?? ''}>
      <svg width={SIZE} height={SIZE} viewBox={`0 0 ${SIZE} ${SIZE}`} role="img" aria-label={`${label}: ${text}`}>
        <circle cx={SIZE / 2} cy={SIZE / 2} r={R} fill="none" stroke="var(--mantine-color-gray-2)" strokeWidth={STROKE} />
        {pct !== null ? (
          <circle cx={SIZE / 2} cy={SIZE / 2} r={R} fill="none" stroke={color} strokeWidth={STROKE} strokeLinecap="round"
            strokeDasharray={`${(Math.min(100, Math.max(0, pct)) / 100) * C} ${C}`} transform={`rotate(-90 ${SIZE / 2} ${SIZE / 2})`} />
        ) : null}
        <text x="50%" y="50%" dominantBaseline="central" textAnchor="middle" fontWeight={700} fontSize={20} fill="var(--mantine-color-dark-7)">{text}</text>
      </svg>
      <Text size="sm" fw={600} ta="center">{label}</Text>
    </Stack>
  )
}
