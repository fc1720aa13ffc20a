import { useParams } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import type { Src } from '../api/types'
import { AppLink } from './app-link'
import { parseSrc } from './source-ref'

/** "ແຖວ 617" — every item shows where in the plan document it comes from; opens the source viewer at that line. */
export function SourceLink({ src, plan, label }: { src: Src | undefined; plan?: string; label?: string }) {
  const { t } = useTranslation()
  const params = useParams({ strict: false }) as { code?: string }
  const code = plan ?? params.code
  const ref = parseSrc(src)
  if (!ref || !code) return null
  const lines = ref.from === ref.to ? String(ref.from) : `${ref.from}–${ref.to}`
  return (
    <AppLink
      to="/plans/$code/source"
      params={{ code }}
      search={{ line: ref.from, to: ref.to === ref.from ? undefined : ref.to }}
      size="xs"
      c="dimmed"
      underline="always"
      style={{ whiteSpace: 'nowrap' }}
      aria-label={t('source.linkLabel', { lines })}
      data-testid="source-link"
    >
      {label ? `${label} ` : ''}{t('source.line', { lines })}
    </AppLink>
  )
}
