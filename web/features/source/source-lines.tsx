import { useEffect, useRef } from 'react'
import { Box, Text } from '@mantine/core'
import { useTranslation } from 'react-i18next'

/** Lines of the OCR document with their numbers; the referenced lines highlighted and scrolled into view. */
export function SourceLinesView({ lines, from, to }: { lines: { line: number; text: string }[]; from?: number; to?: number }) {
  const { t } = useTranslation()
  const first = useRef<HTMLLIElement>(null)
  useEffect(() => {
    first.current?.scrollIntoView({ block: 'center' })
  }, [from, lines.length > 0])
  const inRange = (n: number) => from !== undefined && n >= from && n <= (to ?? from)
  return (
    <Box component="ol" m={0} p={0} style={{ listStyle: 'none', border: '1px solid var(--mantine-color-gray-3)', borderRadius: 6 }} aria-label={t('source.linesLabel')} data-testid="source-lines">
      {lines.map((l) => {
        const hit = inRange(l.line)
        return (
          <li
            key={l.line}
            id={`L${l.line}`}
            ref={hit && l.line === from ? first : undefined}
            aria-current={hit ? 'true' : undefined}
            data-line={l.line}
            data-highlighted={hit || undefined}
            style={{ display: 'grid', gridTemplateColumns: '4.5rem 1fr', gap: 8, padding: '2px 8px', background: hit ? 'var(--mantine-color-yellow-1)' : undefined, borderLeft: hit ? '4px solid var(--mantine-color-yellow-6)' : '4px solid transparent' }}
          >
            <Text component="span" size="sm" c="dimmed" ta="right" ff="monospace" style={{ userSelect: 'none' }}>{l.line}</Text>
            <Text component="span" size="sm" lang="lo" style={{ whiteSpace: 'pre-wrap', lineHeight: 1.8 }}>{l.text || '\u00a0'}</Text>
          </li>
        )
      })}
    </Box>
  )
}
