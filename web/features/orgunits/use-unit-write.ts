import { useMutation, useQueryClient } from '@tanstack/react-query'

/** A write to the org-unit tree; afterwards the tree and any open unit page are read again. */
export function useUnitWrite<T, A = void>(write: (arg: A) => Promise<T>, onDone?: (result: T) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async (result) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ['org-units'] }),
        queryClient.invalidateQueries({ queryKey: ['unit-page'] }),
      ])
      onDone?.(result)
    },
  })
}
