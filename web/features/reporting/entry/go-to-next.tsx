import { useRef } from 'react'
import { Button } from '@mantine/core'
import { ChevronIcon } from '../../../ui/icons'
import { nextKey } from '../draft/entry-issue'
import { useDraft } from './draft-context'
import { goToEntry } from './go-to-entry'

type Props = { keys: string[]; label: string; hint: string; testId: string }

/**
 * A count of entries that need the person ("2 items are not valid") as a button: each press focuses the next of them
 * in page order, round and round, opening its section if needed.
 */
export function GoToNext({ keys, label, hint, testId }: Props) {
  const { entries } = useDraft()
  const last = useRef<string | null>(null)
  return (
    <Button
      size="compact-sm"
      variant="light"
      color="red"
      rightSection={<ChevronIcon size={14} />}
      title={hint}
      aria-description={hint}
      data-testid={testId}
      onClick={() => {
        const key = nextKey(entries.map((e) => e.key), keys, last.current)
        if (key && goToEntry(key)) last.current = key
      }}
    >
      {label}
    </Button>
  )
}
