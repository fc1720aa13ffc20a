import { z } from 'zod'

/**
 * How far along the straight line from baseline to target a target must be: progress made ÷ progress expected by now
 * ≥ onTrack → on track, ≥ atRisk → at risk, below → off track. Defaults 0.9 and 0.7; set TIDTAM_PROGRESS_ON_TRACK and
 * TIDTAM_PROGRESS_AT_RISK (0 < at risk ≤ on track ≤ 1) to change them.
 */
export type ProgressThresholds = { onTrack: number; atRisk: number }
export const DEFAULT_PROGRESS_THRESHOLDS: ProgressThresholds = Object.freeze({ onTrack: 0.9, atRisk: 0.7 })

const ratio = z.coerce.number().gt(0).max(1)
const envSchema = z.object({ TIDTAM_PROGRESS_ON_TRACK: ratio.optional(), TIDTAM_PROGRESS_AT_RISK: ratio.optional() })

export function progressThresholdsFromEnv(env: NodeJS.ProcessEnv = process.env): ProgressThresholds {
  const parsed = envSchema.safeParse(env)
  if (!parsed.success) throw new Error('TIDTAM_PROGRESS_ON_TRACK / TIDTAM_PROGRESS_AT_RISK must be numbers in (0, 1] / ຕ້ອງເປັນຕົວເລກລະຫວ່າງ 0 ຫາ 1')
  const onTrack = parsed.data.TIDTAM_PROGRESS_ON_TRACK ?? DEFAULT_PROGRESS_THRESHOLDS.onTrack
  const atRisk = parsed.data.TIDTAM_PROGRESS_AT_RISK ?? Math.min(DEFAULT_PROGRESS_THRESHOLDS.atRisk, onTrack)
  if (atRisk > onTrack) throw new Error('TIDTAM_PROGRESS_AT_RISK must not exceed TIDTAM_PROGRESS_ON_TRACK / ເກນ "ມີຄວາມສ່ຽງ" ຕ້ອງບໍ່ເກີນເກນ "ຕາມແຜນ"')
  return { onTrack, atRisk }
}
