import { useEffect, useState } from 'react'
import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core'
import { getRouteApi } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { useSearch } from '../api/reference-queries'
import type { SearchType } from '../api/types'
import { usePlanCode } from '../features/layout/use-plan-code'
import { SearchResults } from '../features/search/search-results'
import { TYPE_ORDER } from '../features/search/result-route'
import { useFormat } from '../ui/format'
import { PageTitle } from '../ui/page-title'
import { QueryState } from '../ui/query-state'

const route = getRouteApi('/search')

/** Search everything, Lao or English. Lao is written without spaces, so a word is found inside longer text. */
export function SearchPage() {
  const search = route.useSearch()
  const navigate = route.useNavigate()
  const { t } = useTranslation()
  const f = useFormat()
  const currentPlan = usePlanCode()
  const plan = search.plan ?? currentPlan
  const [q, setQ] = useState(search.q ?? '')
  useEffect(() => setQ(search.q ?? ''), [search.q])
  const type = TYPE_ORDER.includes(search.type as SearchType) ? (search.type as SearchType) : undefined
  const query = useSearch(search.q ?? '', search.plan, type)
  const submit = (patch: { q?: string; type?: string }) => void navigate({ search: { ...search, ...patch }, replace: false })
  return (
    <Stack gap="md">
      <PageTitle title={t('search.title')} docTitle={search.q ? `${t('search.title')}: ${search.q}` : t('search.title')} />
      <form role="search" onSubmit={(e) => { e.preventDefault(); submit({ q: q.trim() || undefined }) }}>
        <Group gap="sm" align="flex-end" wrap="wrap">
          <TextInput label={t('search.label')} type="search" value={q} onChange={(e) => setQ(e.currentTarget.value)} placeholder={t('search.placeholder')} w={{ base: '100%', sm: 360 }} data-testid="search-input" autoFocus={!search.q} />
          <NativeSelect label={t('search.type')} value={type ?? ''} onChange={(e) => submit({ type: e.currentTarget.value || undefined })} w={{ base: '100%', sm: 200 }}
            data={[{ value: '', label: t('search.allTypes') }, ...TYPE_ORDER.map((ty) => ({ value: ty, label: t(`search.types.${ty}`) }))]} />
          <Button type="submit">{t('search.submit')}</Button>
        </Group>
      </form>
      {search.q ? (
        <QueryState query={query}>
          {(res) => (
            <Stack gap="sm" style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}>
              <Text aria-live="polite" data-testid="search-count">
                {res.total ? t('search.found', { n: f.number(res.total), q: res.query }) : t('search.nothing', { q: res.query })}
                {res.total > res.results.length ? ` ${t('search.showingFirst', { n: f.number(res.results.length) })}` : ''}
              </Text>
              <SearchResults results={res.results} fallbackPlan={plan} />
            </Stack>
          )}
        </QueryState>
      ) : <Text c="dimmed">{t('search.hint')}</Text>}
    </Stack>
  )
}
