import { useCallback, useSyncExternalStore } from 'react'
import { useFormat } from '../../../ui/format'
import { checkValue } from '../draft/check-value'
import { useDraft } from './draft-context'


/** The sum of a row's options as typed (valid numbers only); re-renders only when one of them changes. */
export function RowTotal({ keys, decimals }: { keys: string[]; decimals: number }) {
  const { store } = useDraft()
  const fmt = useFormat()
  const joined = keys.join('\n')
  const subscribe = useCallback((fn: () => void) => {
    const offs = joined.split('\n').map((k) => store.subscribe(k, fn))
    return () => offs.forEach((off) => off())
  }, [store, joined])
  const total = useSyncExternalStore(subscribe, () => {
    let sum: number | null = null
    for (const k of keys) {
      const v = checkValue({ valueType: 'number', min: null, max: null, decimals, aggregation: 'sum' }, store.get(k)?.fields.value ?? '').value
      if (v !== null) sum = (sum ?? 0) + v
    }
    return sum
  })
  return <span data-testid="row-total">{fmt.number(total, Math.max(decimals, 2))}</span>
}
