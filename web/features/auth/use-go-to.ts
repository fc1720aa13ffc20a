import { useRouter } from '@tanstack/react-router'

/** Goes to a path that may carry its own query string (a returnTo saved from location.href). */
export function useGoTo() {
  const router = useRouter()
  return (href: string, replace = false) => (replace ? router.history.replace(href) : router.history.push(href))
}
