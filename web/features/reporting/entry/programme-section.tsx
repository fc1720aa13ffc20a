import { useEffect, useState } from 'react'
import { flushSync } from 'react-dom'
import { Badge, Group, Stack, UnstyledButton } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import { useBi } from '../../../ui/bilingual'
import { ChevronIcon } from '../../../ui/icons'
import { isFilled } from '../draft/draft-entries'
import { useDraft, useDraftRevision } from './draft-context'
import { ElementTable } from './element-table'
import { REVEAL_ENTRY } from './go-to-entry'
import type { SectionLayout } from './layout'
import { MilestoneCard } from './milestone-card'
import { ProjectCard } from './project-card'

/** One programme's items, collapsible, with how many of them are filled in. */
export function ProgrammeSection({ section, initiallyOpen }: { section: SectionLayout; initiallyOpen: boolean }) {
  const { t } = useTranslation()
  const bi = useBi()
  const [open, setOpen] = useState(initiallyOpen)
  const { store } = useDraft()
  useDraftRevision()
  useEffect(() => {
    const keys = new Set(section.itemKeys.flat())
    const reveal = (e: Event) => {
      // Synchronously, so the entry's input exists as soon as the event returns and can take the focus.
      if (keys.has((e as CustomEvent<string>).detail)) flushSync(() => setOpen(true))
    }
    document.addEventListener(REVEAL_ENTRY, reveal)
    return () => document.removeEventListener(REVEAL_ENTRY, reveal)
  }, [section.itemKeys])
  const total = section.itemKeys.length
  const filled = section.itemKeys.filter((keys) => keys.some((k) => { const e = store.get(k); return !!e && isFilled(e) })).length
  const title = section.node ? `${section.node.code} · ${bi(section.node.name)?.text ?? ''}` : t('dataEntry.section.other')
  const bodyId = `${section.id}-body`
  return (
    <section className="rg-section" aria-labelledby={`${section.id}-title`} data-testid="programme-section" data-code={section.node?.code ?? ''}>
      <h2 className="rg-section-heading" id={`${section.id}-title`}>
        <UnstyledButton className="rg-section-toggle" onClick={() => setOpen((o) => !o)} aria-expanded={open} aria-controls={bodyId}>
          <Group gap="xs" wrap="nowrap" align="flex-start">
            <ChevronIcon open={open} />
            <span className="rg-section-title">{title}</span>
            <Badge variant="light" color={filled === total ? 'teal' : 'gray'} style={{ flexShrink: 0 }} data-testid="section-count">
              {t('dataEntry.section.filled', { filled, total })}
            </Badge>
          </Group>
        </UnstyledButton>
      </h2>
      {open ? (
        <Stack gap="md" id={bodyId} className="rg-section-body">
          {section.tables.map((table, i) => <ElementTable key={i} table={table} />)}
          {section.milestones.map((m) => <MilestoneCard key={m.code} milestone={m} />)}
          {section.projects.map((p) => <ProjectCard key={p.code} project={p} />)}
        </Stack>
      ) : null}
    </section>
  )
}
