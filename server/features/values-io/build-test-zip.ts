import zlib from 'node:zlib'

/**
 * Hand-built ZIP files for the import guard's tests and benchmark: honest ones, ones whose entries really unpack to
 * hundreds of MB, and ones whose headers understate what their data unpacks to.
 */
/** `unpackedSize` given: `data` is already deflated, and the headers declare that size (true or not). */
/** `hidden`: written as a local entry but left out of the central directory (which streaming readers would still see). */
export type TestEntry = { name: string; data: Buffer; method?: 0 | 8; unpackedSize?: number; hidden?: boolean }

export function buildZip(entries: TestEntry[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const e of entries) {
    const method = e.method ?? 8
    const name = Buffer.from(e.name)
    const packed = method === 8 && e.unpackedSize === undefined ? zlib.deflateRawSync(e.data) : e.data
    const size = e.unpackedSize ?? e.data.length
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(method, 8)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(method, 10)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, name, packed)
    if (!e.hidden) centrals.push(central, name)
    offset += 30 + name.length + packed.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  const listed = entries.filter((e) => !e.hidden).length
  end.writeUInt16LE(listed, 8)
  end.writeUInt16LE(listed, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

/**
 * A raw deflate stream that unpacks to `mebibytes` MiB of zeros in about a thousandth of that: one sync-flushed block
 * of 1 MiB of zeros, repeated (each copy only refers back to bytes inside itself), then a final empty block.
 */
export function deflatedZeros(mebibytes: number): Buffer {
  const chunk = zlib.deflateRawSync(Buffer.alloc(1024 * 1024), { level: 9, finishFlush: zlib.constants.Z_SYNC_FLUSH })
  return Buffer.concat([...Array.from({ length: mebibytes }, () => chunk), Buffer.from([0x03, 0x00])])
}

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
const SKELETON: TestEntry[] = [
  { name: '[Content_Types].xml', data: Buffer.from(`${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`) },
  { name: '_rels/.rels', data: Buffer.from(`${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`) },
  { name: 'xl/workbook.xml', data: Buffer.from(`${XML}<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>`) },
]

/** An XLSX-shaped file of about `mebibytes` KiB whose sheet declares and really unpacks to `mebibytes` MiB. */
export function zipBomb(mebibytes: number): Buffer {
  const data = deflatedZeros(mebibytes)
  return buildZip([...SKELETON, { name: 'xl/worksheets/sheet1.xml', data, unpackedSize: mebibytes * 1024 * 1024 }])
}

/** The same data, but its headers claim the sheet unpacks to a harmless `claimedBytes`. */
export function lyingZip(mebibytes: number, claimedBytes: number): Buffer {
  const data = deflatedZeros(mebibytes)
  return buildZip([...SKELETON, { name: 'xl/worksheets/sheet1.xml', data, unpackedSize: claimedBytes }])
}
