import { AppError } from '../../platform/http/errors.js'
import { formatNumberText } from '../../../common/numbers/format-number-text.js'
import type { NumberStyle } from '../../../common/numbers/parse-number-text.js'

export type ZipLimits = {
  /** The sum of the entries' declared unpacked sizes. */
  maxUnpackedBytes: number
  maxEntries: number
  /** Unpacked ÷ packed size of the whole file, checked once the file unpacks to more than `ratioFloorBytes`. */
  maxRatio: number
  ratioFloorBytes: number
}

export const XLSX_LIMITS: ZipLimits = { maxUnpackedBytes: 100 * 1024 * 1024, maxEntries: 1000, maxRatio: 100, ratioFloorBytes: 10 * 1024 * 1024 }

export type ZipEntry = { name: string; method: number; packedSize: number; unpackedSize: number; dataOffset: number }

const EOCD = 0x06054b50
const CENTRAL = 0x02014b50
const LOCAL = 0x04034b50
const DESCRIPTOR = 0x08074b50
// Deflate cannot expand data more than ~1032 times; an entry claiming more is lying about its sizes.
const DEFLATE_MAX_RATIO = 1032

export const corruptZip = (reason: string) =>
  new AppError(422, 'corrupt_file', `The file is not a readable XLSX file (${reason}); save it again from Excel or LibreOffice`, 'ໄຟລ໌ນີ້ບໍ່ແມ່ນໄຟລ໌ XLSX ທີ່ອ່ານໄດ້; ກະລຸນາບັນທຶກໃໝ່ຈາກ Excel ຫຼື LibreOffice', { reason })

export const unpacksTooLarge = (bytes: number | null, limit: number) =>
  new AppError(413, 'file_unpacks_too_large',
    `The file unpacks to ${bytes === null ? 'more than' : `${mb(bytes, 'en')}, more than`} the ${mb(limit, 'en')} allowed; split it into smaller files`,
    `ໄຟລ໌ນີ້ເມື່ອແຕກອອກມີຂະໜາດ ${bytes === null ? 'ເກີນ' : `${mb(bytes, 'lo')} ເຊິ່ງເກີນ`} ${mb(limit, 'lo')} ທີ່ອະນຸຍາດ; ກະລຸນາແບ່ງເປັນຫຼາຍໄຟລ໌ນ້ອຍ`,
    { unpackedBytes: bytes, limitBytes: limit })

export const suspiciousCompression = (ratio: number) =>
  new AppError(413, 'file_compression_suspicious', `The file is compressed ${Math.round(ratio)} times, far more than a real spreadsheet; it was refused`,
    `ໄຟລ໌ນີ້ຖືກບີບອັດ ${Math.round(ratio)} ເທົ່າ ເຊິ່ງຫຼາຍກວ່າໄຟລ໌ຕາຕະລາງທຳມະດາຫຼາຍ; ຈຶ່ງຖືກປະຕິເສດ`, { ratio: Math.round(ratio) })

const mb = (n: number, style: NumberStyle) => `${formatNumberText(n / 1024 / 1024, style, 1)} MB`

/**
 * Reads a ZIP's central directory — without unpacking anything — and refuses it when what it declares is too big or
 * too compressed to be a spreadsheet. It also checks that the local entries exactly tile the file up to the central
 * directory, in its order and with its sizes: a streaming reader (which walks local headers) then sees exactly the
 * entries checked here, with no hidden extra ones.
 */
export function inspectZip(buf: Buffer, limits: ZipLimits = XLSX_LIMITS): ZipEntry[] {
  const eocd = findEndOfCentralDirectory(buf)
  const count = buf.readUInt16LE(eocd + 10)
  const cdSize = buf.readUInt32LE(eocd + 12)
  const cdOffset = buf.readUInt32LE(eocd + 16)
  if (buf.readUInt16LE(eocd + 4) !== 0 || buf.readUInt16LE(eocd + 6) !== 0 || count !== buf.readUInt16LE(eocd + 8)) throw corruptZip('multi-part archive')
  if (count === 0xffff || cdOffset === 0xffffffff || cdSize === 0xffffffff) throw corruptZip('ZIP64 archive')
  if (count > limits.maxEntries) throw corruptZip(`${count} entries`)
  if (cdOffset + cdSize > eocd) throw corruptZip('central directory out of bounds')

  const entries: (ZipEntry & { localOffset: number; flags: number })[] = []
  let total = 0
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) throw corruptZip('bad central directory entry')
    const flags = buf.readUInt16LE(p + 8)
    const method = buf.readUInt16LE(p + 10)
    const packedSize = buf.readUInt32LE(p + 20)
    const unpackedSize = buf.readUInt32LE(p + 24)
    const nameLength = buf.readUInt16LE(p + 28)
    const name = buf.toString('utf8', p + 46, p + 46 + nameLength)
    const localOffset = buf.readUInt32LE(p + 42)
    p += 46 + nameLength + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
    if (flags & 0x1) throw corruptZip('encrypted entry')
    if (method !== 0 && method !== 8) throw corruptZip(`compression method ${method}`)
    if (packedSize === 0xffffffff || unpackedSize === 0xffffffff) throw corruptZip('ZIP64 entry')
    if (method === 0 && packedSize !== unpackedSize) throw corruptZip('stored entry sizes differ')
    if (unpackedSize > Math.max(packedSize, 1) * DEFLATE_MAX_RATIO) throw suspiciousCompression(unpackedSize / Math.max(packedSize, 1))
    total += unpackedSize
    if (total > limits.maxUnpackedBytes) throw unpacksTooLarge(sumDeclared(buf, cdOffset, count), limits.maxUnpackedBytes)
    entries.push({ name, method, packedSize, unpackedSize, localOffset, flags, dataOffset: 0 })
  }
  if (total > limits.ratioFloorBytes && total / buf.length > limits.maxRatio) throw suspiciousCompression(total / buf.length)

  let expected = 0
  for (const e of entries) {
    if (e.localOffset !== expected || e.localOffset + 30 > cdOffset || buf.readUInt32LE(e.localOffset) !== LOCAL) throw corruptZip('entries do not follow each other')
    const nameLength = buf.readUInt16LE(e.localOffset + 26)
    if (buf.toString('utf8', e.localOffset + 30, e.localOffset + 30 + nameLength) !== e.name) throw corruptZip('entry names differ')
    const hasDescriptor = (e.flags & 0x8) !== 0
    if (!hasDescriptor && (buf.readUInt32LE(e.localOffset + 18) !== e.packedSize || buf.readUInt32LE(e.localOffset + 22) !== e.unpackedSize)) throw corruptZip('entry sizes differ')
    e.dataOffset = e.localOffset + 30 + nameLength + buf.readUInt16LE(e.localOffset + 28)
    expected = e.dataOffset + e.packedSize
    if (hasDescriptor) expected += expected + 4 <= cdOffset && buf.readUInt32LE(expected) === DESCRIPTOR ? 16 : 12
    if (expected > cdOffset) throw corruptZip('entry runs past the central directory')
  }
  if (expected !== cdOffset) throw corruptZip('unexpected data between entries')
  return entries.map(({ name, method, packedSize, unpackedSize, dataOffset }) => ({ name, method, packedSize, unpackedSize, dataOffset }))
}

function findEndOfCentralDirectory(buf: Buffer): number {
  const last = buf.length - 22
  for (let i = last; i >= Math.max(0, last - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) return i
  }
  throw corruptZip('no ZIP directory')
}

/** The declared total, for the message (the loop above stops at the first entry past the limit). */
function sumDeclared(buf: Buffer, cdOffset: number, count: number): number | null {
  let total = 0
  let p = cdOffset
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) return null
    total += buf.readUInt32LE(p + 24)
    p += 46 + buf.readUInt16LE(p + 28) + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32)
  }
  return total
}
