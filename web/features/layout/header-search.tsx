import { useState } from 'react'
import { TextInput, VisuallyHidden } from '@mantine/core'
import { useNavigate } from '@tanstack/react-router'
import { useTranslation } from 'react-i18next'
import { SearchIcon } from '../../ui/icons'

/** The header's search box: Enter opens the search page with the query in the URL. */
export function HeaderSearch({ plan }: { plan?: string }) {
  const { t } = useTranslation()
  const navigate = useNavigate()
  const [q, setQ] = useState('')
  return (
    <form
      role="search"
      onSubmit={(e) => {
        e.preventDefault()
        if (!q.trim()) return
        void navigate({ to: '/search', search: { q: q.trim(), plan } })
      }}
      style={{ flex: '1 1 12rem', maxWidth: 420, minWidth: 0 }}
    >
      <VisuallyHidden><label htmlFor="header-search">{t('search.label')}</label></VisuallyHidden>
      <TextInput
        id="header-search"
        type="search"
        size="sm"
        value={q}
        onChange={(e) => setQ(e.currentTarget.value)}
        placeholder={t('search.placeholder')}
        leftSection={<SearchIcon />}
        aria-label={t('search.label')}
        data-testid="header-search"
      />
    </form>
  )
}
