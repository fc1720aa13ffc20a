import { Group, List, Stack, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Target } from '../../api/types'
import { AppLink } from '../../ui/app-link'
import { BiText } from '../../ui/bilingual'
import { EditorNote, MissingBadge } from '../../ui/missing-note'
import { SourceLink } from '../../ui/source-link'
import { TargetFacts } from './target-facts'

/** One target: its text (linking to its page), facts, source line, and its parts (e.g. female/male splits). */
export function TargetItem({ plan, target, showNote = false }: { plan: string; target: Target; showNote?: boolean }) {
  const { t } = useTranslation()
  return (
    <Stack gap={4} data-testid="target-item" data-code={target.code}>
      <Group gap={8} wrap="nowrap" align="flex-start">
        <Text size="xs" c="dimmed" ff="monospace" pt={3} style={{ flexShrink: 0 }}>{target.no !== null && target.scope === 'overall' ? `${target.no}.` : target.code}</Text>
        <Stack gap={2} style={{ minWidth: 0 }}>
          <AppLink to="/plans/$code/targets/$target" params={{ code: plan, target: target.code }} c="inherit">
            {target.missing ? <MissingBadge /> : <BiText value={target.text} empty={<Text span c="dimmed">{t('missing.titleLost')}</Text>} />}
          </AppLink>
          <Group gap="sm" wrap="wrap">
            <TargetFacts target={target} />
            <SourceLink src={target.src} plan={plan} />
          </Group>
          {showNote ? <EditorNote note={target.note} /> : null}
        </Stack>
      </Group>
      {target.parts.length ? (
        <List size="sm" spacing={4} withPadding listStyleType="none" aria-label={t('target.parts')}>
          {target.parts.map((p) => (
            <List.Item key={p.code}>
              <TargetItem plan={plan} target={p} />
            </List.Item>
          ))}
        </List>
      ) : null}
    </Stack>
  )
}

export function TargetList({ plan, targets, showNote }: { plan: string; targets: Target[]; showNote?: boolean }) {
  const { t } = useTranslation()
  if (!targets.length) return <Text c="dimmed" size="sm">{t('target.none')}</Text>
  return (
    <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {targets.map((target) => (
        <li key={target.code}><TargetItem plan={plan} target={target} showNote={showNote} /></li>
      ))}
    </Stack>
  )
}
