import { parseCsv, CsvSyntaxError } from '../../platform/csv/parse-csv.js'
import { AppError } from '../../platform/http/errors.js'
import { csvField } from './write-template-csv.js'

/**
 * DHIS2 `dataValueSets` in JSON and CSV. Identifiers are tidtam codes (import into DHIS2 with `idScheme=CODE`):
 * dataElement = data element code, orgUnit = org-unit code, categoryOptionCombo = disaggregation option code or
 * `default` for an undisaggregated value; attributeOptionCombo is always the default one. Periods: see dhis2-periods.
 */
export type Dhis2Value = {
  dataElement: string; period: string; orgUnit: string; categoryOptionCombo?: string; attributeOptionCombo?: string
  value?: string | number | null; storedBy?: string | null; lastUpdated?: string | null; comment?: string | null; followup?: boolean; deleted?: boolean
}
export type Dhis2ValueSet = { dataSet?: string; period?: string; orgUnit?: string; dataValues: Dhis2Value[] }

/** DHIS2's own CSV column order. */
export const DHIS2_CSV_COLUMNS = ['dataelement', 'period', 'orgunit', 'categoryoptioncombo', 'attributeoptioncombo', 'value', 'storedby', 'lastupdated', 'comment', 'followup', 'deleted'] as const
export const DEFAULT_COMBO = 'default'
// DHIS2's built-in default category option combo, should a payload use its uid rather than its code.
const DEFAULT_COMBO_UID = 'HllvX50cXC0'

export const isDefaultCombo = (c: string | undefined | null) => !c || c === DEFAULT_COMBO || c === DEFAULT_COMBO_UID

export function writeDhis2Csv(values: Dhis2Value[]): string {
  const lines = values.map((v) => [v.dataElement, v.period, v.orgUnit, v.categoryOptionCombo, '', v.value, v.storedBy, v.lastUpdated, v.comment, v.followup ? 'true' : 'false', ''].map((f) => csvField(f as string | number | null)).join(','))
  return `${[DHIS2_CSV_COLUMNS.join(','), ...lines].join('\n')}\n`
}

const badPayload = (en: string, lo: string) => new AppError(422, 'invalid_payload', en, lo)

/** A JSON or CSV payload as a value set; a CSV header row is optional (without one, DHIS2's column order is assumed). */
export function parseDhis2Payload(content: Buffer, contentType: string): { format: 'json' | 'csv'; set: Dhis2ValueSet } {
  const text = new TextDecoder('utf-8').decode(content).replace(/^\ufeff/, '')
  const isJson = /json/.test(contentType) || /^\s*[{[]/.test(text)
  if (isJson) {
    let json: unknown
    try {
      json = JSON.parse(text)
    } catch {
      throw badPayload('The JSON payload cannot be read', 'ບໍ່ສາມາດອ່ານຂໍ້ມູນ JSON ໄດ້')
    }
    const set = json as Partial<Dhis2ValueSet>
    if (!set || typeof set !== 'object' || !Array.isArray(set.dataValues) || set.dataValues.some((v) => !v || typeof v !== 'object')) {
      throw badPayload('Send a DHIS2 data value set: {"dataValues": [{"dataElement", "period", "orgUnit", "value"}, …]}', 'ກະລຸນາສົ່ງຊຸດຂໍ້ມູນແບບ DHIS2: {"dataValues": [{"dataElement", "period", "orgUnit", "value"}, …]}')
    }
    const str = (v: unknown) => (typeof v === 'string' ? v : undefined)
    return { format: 'json', set: { dataSet: str(set.dataSet), period: str(set.period), orgUnit: str(set.orgUnit), dataValues: set.dataValues as Dhis2Value[] } }
  }
  let records
  try {
    records = parseCsv(text)
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw badPayload(`CSV line ${e.line}: a quoted field is not closed`, `CSV ແຖວທີ ${e.line}: ມີເຄື່ອງໝາຍວົງຢືມທີ່ບໍ່ໄດ້ປິດ`)
    throw e
  }
  const first = records[0]?.fields.map((f) => f.trim().toLowerCase()) ?? []
  const hasHeader = first.includes('dataelement')
  const columns: readonly string[] = hasHeader ? first : DHIS2_CSV_COLUMNS
  const at = (fields: string[], name: string) => {
    const i = columns.indexOf(name)
    return i < 0 ? undefined : fields[i]?.trim()
  }
  return {
    format: 'csv',
    set: {
      dataValues: records.slice(hasHeader ? 1 : 0).map((r) => ({
        dataElement: at(r.fields, 'dataelement') ?? '', period: at(r.fields, 'period') ?? '', orgUnit: at(r.fields, 'orgunit') ?? '',
        categoryOptionCombo: at(r.fields, 'categoryoptioncombo'), attributeOptionCombo: at(r.fields, 'attributeoptioncombo'),
        value: at(r.fields, 'value') ?? null, comment: at(r.fields, 'comment') || null, deleted: at(r.fields, 'deleted') === 'true',
      })),
    },
  }
}
