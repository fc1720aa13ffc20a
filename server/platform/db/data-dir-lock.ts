import fs from 'node:fs'
import path from 'node:path'

/** Two processes on one PGlite directory silently corrupt it, so the directory is held by an exclusive lockfile. */
export class DataDirLockedError extends Error {
  constructor(readonly dir: string, readonly pid: number) {
    super(
      `The embedded database at ${dir} is already in use by process ${pid}. ` +
        `Stop that process first, or set TIDTAM_DATA_DIR to another directory.\n` +
        `ຖານຂໍ້ມູນໃນ ${dir} ກຳລັງຖືກໃຊ້ໂດຍໂປຣແກຣມອື່ນ (pid ${pid}). ກະລຸນາປິດໂປຣແກຣມນັ້ນກ່ອນ.`,
    )
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

export type DataDirLock = { release(): void }

export function lockDataDir(dir: string): DataDirLock {
  fs.mkdirSync(dir, { recursive: true })
  const file = path.join(dir, 'tidtam.lock')
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = fs.openSync(file, 'wx')
      fs.writeSync(fd, String(process.pid))
      fs.closeSync(fd)
      let released = false
      return {
        release() {
          if (released) return
          released = true
          try {
            if (fs.readFileSync(file, 'utf8') === String(process.pid)) fs.unlinkSync(file)
          } catch {
            /* already gone */
          }
        },
      }
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = Number(fs.readFileSync(file, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isAlive(pid)) throw new DataDirLockedError(dir, pid)
      // A stale lock from a process that died: take it over.
      fs.unlinkSync(file)
    }
  }
  throw new Error(`Could not lock ${dir}`)
}
