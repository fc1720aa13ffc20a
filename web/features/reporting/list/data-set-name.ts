import type { DataSet } from '../../../api/reporting-types'
import type { Bi } from '../../../api/types'

export const dataSetName = (dataSets: DataSet[], code: string): Bi => dataSets.find((d) => d.code === code)?.name ?? { lo: code, en: code }
