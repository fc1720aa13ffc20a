/** Only a path on this site (never "//host" or a full URL), and never back to the sign-in screens themselves. */
export function safeReturnTo(value: string | undefined | null): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/'
  if (value.startsWith('/sign-in') || value.startsWith('/change-password')) return '/'
  return value
}
