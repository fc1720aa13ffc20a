import type { PlanPackage } from './read-package.js'
import type { Finding } from './finding.js'
import { findSumMismatches } from './find-sum-mismatches.js'
import { findStatedMismatches } from './find-stated-mismatches.js'
import { findNumberingGaps } from './find-numbering-gaps.js'
import { findTargetIssues } from './find-target-issues.js'

/** Everything the loader can see wrong in the document itself. The document is never corrected, only flagged. */
export function detectFindings(pkg: PlanPackage): Finding[] {
  const all = [...findStatedMismatches(pkg), ...findSumMismatches(pkg), ...findNumberingGaps(pkg), ...findTargetIssues(pkg)]
  const seen = new Set<string>()
  return all.filter((f) => (seen.has(f.code) ? false : (seen.add(f.code), true)))
}
