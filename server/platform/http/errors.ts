/** An error a user may see: always with a Lao and an English message. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly messageEn: string,
    readonly messageLo: string,
    readonly details?: unknown,
  ) {
    super(messageEn)
  }
}

export const notFound = (what: string, id: string) =>
  new AppError(404, 'not_found', `${what} "${id}" was not found`, `ບໍ່ພົບ ${what} "${id}"`)
