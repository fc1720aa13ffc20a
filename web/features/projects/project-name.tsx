import { Text, Tooltip } from '@mantine/core'
import { useTranslation } from 'react-i18next'
import type { Project } from '../../api/types'
import { BiText } from '../../ui/bilingual'

/** A project's name; a garbled (OCR) name is not shown as if it were text: a label, with the raw text on hover/focus. */
export function ProjectName({ project }: { project: Pick<Project, 'name' | 'garbled'> }) {
  const { t } = useTranslation()
  if (project.garbled) {
    const raw = project.name.lo ?? project.name.en ?? ''
    return (
      <Tooltip label={<>{t('project.rawText')}: <span lang="km">{raw}</span></>} events={{ hover: true, focus: true, touch: true }}>
        <Text span c="dimmed" tabIndex={0} data-testid="garbled-name" style={{ textDecoration: 'underline dotted', cursor: 'help' }}>
          {t('project.garbled')}
        </Text>
      </Tooltip>
    )
  }
  return <BiText value={project.name} empty={<Text span c="dimmed">—</Text>} />
}
