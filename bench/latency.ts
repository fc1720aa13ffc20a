/** Latency statistics in milliseconds. */
export function percentile(sortedMs: number[], p: number): number {
  if (!sortedMs.length) return NaN
  const rank = Math.ceil((p / 100) * sortedMs.length) - 1
  return sortedMs[Math.min(sortedMs.length - 1, Math.max(0, rank))]
}

export type Timing = { name: string; n: number; p50: number; p95: number; max: number }

/** Runs `once` `warmup` times unmeasured, then `n` times measured (i = iteration, for rotating inputs). */
export async function measure(name: string, n: number, once: (i: number) => Promise<void>, warmup = 3): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await once(i)
  const ms: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    await once(i)
    ms.push(performance.now() - t)
  }
  ms.sort((a, b) => a - b)
  return { name, n, p50: percentile(ms, 50), p95: percentile(ms, 95), max: ms[ms.length - 1] }
}

export function timingTable(rows: Timing[]): string {
  const f = (v: number) => v.toFixed(1)
  return ['| what | n | p50 ms | p95 ms | max ms |', '| --- | ---: | ---: | ---: | ---: |', ...rows.map((r) => `| ${r.name} | ${r.n} | ${f(r.p50)} | ${f(r.p95)} | ${f(r.max)} |`)].join('\n')
}
