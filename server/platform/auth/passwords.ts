import crypto from 'node:crypto'
import { hash, verify, type Options } from '@node-rs/argon2'
import { AppError } from '../http/errors.js'

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane. `algorithm: 2` is Argon2id (a const enum we cannot import).
const ARGON2: Options = { algorithm: 2, memoryCost: 19456, timeCost: 2, parallelism: 1 }

export const MIN_PASSWORD_LENGTH = 12
// Long inputs would make every hash expensive; nobody types more than this.
export const MAX_PASSWORD_LENGTH = 256

export function hashPassword(password: string): Promise<string> {
  return hash(password.normalize('NFC'), ARGON2)
}

export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password.normalize('NFC'))
  } catch {
    return false
  }
}

let dummy: Promise<string> | undefined
/** Spends the same time as a real check, so a wrong username cannot be told from a wrong password by timing. */
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummy ??= hashPassword(crypto.randomBytes(16).toString('hex'))
  await verifyPassword(await dummy, password)
}

export type PolicyViolation = { code: string; message: string; message_lo: string }

function characterClasses(password: string): number {
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^a-zA-Z0-9]/]
  return classes.filter((re) => re.test(password)).length
}

export function passwordViolations(password: string, username: string): PolicyViolation[] {
  const out: PolicyViolation[] = []
  const length = [...password].length
  if (length < MIN_PASSWORD_LENGTH) {
    out.push({ code: 'password_too_short', message: `The password must have at least ${MIN_PASSWORD_LENGTH} characters`, message_lo: `ລະຫັດຜ່ານຕ້ອງມີຢ່າງໜ້ອຍ ${MIN_PASSWORD_LENGTH} ຕົວອັກສອນ` })
  }
  if (length > MAX_PASSWORD_LENGTH) {
    out.push({ code: 'password_too_long', message: `The password may have at most ${MAX_PASSWORD_LENGTH} characters`, message_lo: `ລະຫັດຜ່ານຕ້ອງມີບໍ່ເກີນ ${MAX_PASSWORD_LENGTH} ຕົວອັກສອນ` })
  }
  if (password.length && characterClasses(password) < 2) {
    out.push({ code: 'password_one_class', message: 'Mix at least two kinds of characters: lower-case, upper-case, digits, other (symbols, Lao letters)', message_lo: 'ຕ້ອງປະສົມຢ່າງໜ້ອຍສອງປະເພດ: ຕົວພິມນ້ອຍ, ຕົວພິມໃຫຍ່, ຕົວເລກ, ອື່ນໆ (ເຄື່ອງໝາຍ, ຕົວອັກສອນລາວ)' })
  }
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) {
    out.push({ code: 'password_is_username', message: 'The password must not be the username', message_lo: 'ລະຫັດຜ່ານຕ້ອງບໍ່ຄືກັບຊື່ຜູ້ໃຊ້' })
  }
  return out
}

export function assertPasswordPolicy(password: string, username: string): void {
  const violations = passwordViolations(password, username)
  if (violations.length) {
    throw new AppError(400, 'weak_password', violations.map((v) => v.message).join('; '), violations.map((v) => v.message_lo).join('; '), violations)
  }
}

/** A random one-time password that satisfies the policy (20 characters of at least three kinds). */
export function randomPassword(): string {
  for (;;) {
    const candidate = crypto.randomBytes(15).toString('base64url')
    if (characterClasses(candidate) >= 3) return candidate
  }
}
