import { describe, expect, it } from 'vitest'
import { ApiError } from '../../../api/client'
import { outcomeOfError } from './import-outcome'

const cell = { sheet: 'ຂໍ້ມູນ Values', cell: 'G7', row: 7, element: 'DE-P01-T01', code: 'ambiguous_number', message: '"1,200" is unclear', message_lo: '"1,200" ບໍ່ຊັດເຈນ' }

describe('outcomeOfError', () => {
  it('lists every bad cell of a refused file', () => {
    const err = new ApiError(422, 'invalid_file', '1 cell(s) need fixing', 'ມີ 1 ຫ້ອງ', { errors: [cell], rowsRead: 3 })
    expect(outcomeOfError('a.xlsx', err)).toEqual({ kind: 'badCells', name: 'a.xlsx', cells: [cell] })
  })

  it('tells a report that cannot change and a file too large from other refusals', () => {
    const submitted = new ApiError(409, 'report_submitted', 'submitted', 'ສົ່ງແລ້ວ')
    const bomb = new ApiError(413, 'file_unpacks_too_large', 'too big', 'ໃຫຍ່ເກີນ')
    const notTemplate = new ApiError(422, 'not_a_template', 'no header', 'ບໍ່ພົບ')
    expect(outcomeOfError('a.xlsx', submitted)).toMatchObject({ kind: 'refused', reason: 'notEditable', error: submitted })
    expect(outcomeOfError('a.xlsx', bomb)).toMatchObject({ kind: 'refused', reason: 'tooBig' })
    expect(outcomeOfError('a.csv', notTemplate)).toMatchObject({ kind: 'refused', reason: 'other' })
    expect(outcomeOfError('a.csv', new Error('offline'))).toMatchObject({ kind: 'refused', reason: 'other' })
  })
})
