import { describe, expect, it } from 'vitest'
import { normalizeLao } from './lao-text.js'

describe('normalizeLao', () => {
  it('joins a separately typed nikkhahit + sara aa into sara am', () => {
    expect(normalizeLao('ນໍາໃຊ້')).toBe('ນຳໃຊ້')
    expect(normalizeLao('ນຳໃຊ້')).toBe('ນຳໃຊ້')
  })
  it('keeps a tone mark typed between the two halves before the joined vowel', () => {
    // ນ + ໍ + ້ + າ  →  ນ + ້ + ຳ
    expect(normalizeLao('\u0E99\u0ECD\u0EC9\u0EB2')).toBe('\u0E99\u0EC9\u0EB3')
  })
  it('removes zero-width spaces and folds case and whitespace', () => {
    expect(normalizeLao('  e-Government\u200B  ສູນ ')).toBe('e-government ສູນ')
  })
  it('does not touch a sara aa that follows another vowel sign', () => {
    expect(normalizeLao('ກາ')).toBe('ກາ')
  })
})
