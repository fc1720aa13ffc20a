import zlib from 'node:zlib'
import { corruptZip, unpacksTooLarge, type ZipEntry, type ZipLimits, XLSX_LIMITS } from './inspect-zip.js'

export const unpackedSizeLies = (name: string) =>
  corruptZip(`entry ${name.slice(0, 80)} unpacks to more than it declares`)

/**
 * Inflates every entry once, streaming and throwing the output away, counting the bytes that really come out: an
 * entry yielding more than its declared size (a lying header) or a total past the limit stops at once. Only after
 * this does a spreadsheet parser see the file.
 */
export async function inflateWithinLimits(buf: Buffer, entries: ZipEntry[], limits: ZipLimits = XLSX_LIMITS): Promise<number> {
  let total = 0
  for (const e of entries) {
    const packed = buf.subarray(e.dataOffset, e.dataOffset + e.packedSize)
    const produced = e.method === 0 ? packed.length : await countInflated(packed, e, () => total, limits)
    if (produced !== e.unpackedSize) throw corruptZip(`entry ${e.name.slice(0, 80)} has the wrong size`)
    total += produced
    if (total > limits.maxUnpackedBytes) throw unpacksTooLarge(null, limits.maxUnpackedBytes)
  }
  return total
}

function countInflated(packed: Buffer, entry: ZipEntry, totalSoFar: () => number, limits: ZipLimits): Promise<number> {
  return new Promise((resolve, reject) => {
    const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 })
    let produced = 0
    let failed = false
    const fail = (err: Error) => {
      if (failed) return
      failed = true
      inflater.destroy()
      reject(err)
    }
    inflater.on('data', (chunk: Buffer) => {
      produced += chunk.length
      if (produced > entry.unpackedSize) fail(unpackedSizeLies(entry.name))
      else if (totalSoFar() + produced > limits.maxUnpackedBytes) fail(unpacksTooLarge(null, limits.maxUnpackedBytes))
    })
    inflater.on('error', () => fail(corruptZip(`entry ${entry.name.slice(0, 80)} is damaged`)))
    inflater.on('end', () => {
      if (!failed) resolve(produced)
    })
    inflater.end(packed)
  })
}
