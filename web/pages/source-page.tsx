import { useEffect, useState } from 'react'
import { Button, Group, Stack, Text, TextInput } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { usePlan, useSourceLines } from '../api/plan-queries'
import { SourceLinesView } from '../features/source/source-lines'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/plans/$code/source')
const CONTEXT = 20
const MAX = 400

/** The plan document as extracted (OCR), around a line: every "ແຖວ 617" link in the app opens here. */
export function SourcePage() {
  const { code } = route.useParams()
  const { line, to } = route.useSearch()
  const navigate = route.useNavigate()
  const { t } = useTranslation()
  const plan = usePlan(code)
  const total = plan.data?.meta.document?.lines
  const [extra, setExtra] = useState({ before: 0, after: 0 })
  useEffect(() => setExtra({ before: 0, after: 0 }), [line, to])
  const end = Math.max(line ?? 1, to ?? 0)
  const from = Math.max(1, (line ?? 1) - CONTEXT - extra.before)
  let last = (line ? end + CONTEXT : 60) + extra.after
  if (total) last = Math.min(last, total)
  last = Math.min(last, from + MAX)
  const query = useSourceLines(code, from, Math.max(from, last))
  const [jump, setJump] = useState('')
  const lines = line ? (to && to !== line ? `${line}–${to}` : String(line)) : ''
  return (
    <Stack gap="md">
      <PageTitle
        title={t('source.title')}
        docTitle={lines ? `${t('source.title')} · ${t('source.line', { lines })}` : t('source.title')}
        subtitle={<>{plan.data?.meta.document?.file ?? ''}{total ? ` · ${t('source.totalLines', { n: total })}` : ''}{lines ? ` · ${t('source.line', { lines })}` : ''}</>}
      />
      <Text size="sm" c="dimmed">{t('source.ocrNote')}</Text>
      <form onSubmit={(e) => { e.preventDefault(); const n = Number(jump); if (Number.isInteger(n) && n > 0) void navigate({ search: { line: n } }) }}>
        <Group gap="xs" align="flex-end">
          <TextInput label={t('source.goTo')} value={jump} onChange={(e) => setJump(e.currentTarget.value.replace(/\D/g, ''))} inputMode="numeric" w={140} />
          <Button type="submit" variant="light">{t('source.go')}</Button>
        </Group>
      </form>
      {from > 1 ? <Button variant="subtle" size="compact-sm" onClick={() => setExtra((x) => ({ ...x, before: x.before + 50 }))}>{t('source.earlier')}</Button> : null}
      <QueryState query={query}>
        {(data) => <SourceLinesView lines={data.lines} from={line} to={to} />}
      </QueryState>
      {!total || last < total ? <Button variant="subtle" size="compact-sm" onClick={() => setExtra((x) => ({ ...x, after: x.after + 50 }))}>{t('source.later')}</Button> : null}
    </Stack>
  )
}
