import { useMutation, useQueryClient } from '@tanstack/react-query'

/** A write to user accounts; afterwards the list is read again. */
export function useUserWrite<T, A = void>(write: (arg: A) => Promise<T>, onDone?: (result: T) => void) {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: write,
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['users'] })
      onDone?.(result)
    },
  })
}
