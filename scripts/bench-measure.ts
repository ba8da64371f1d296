/** Timing for the benchmark scripts: medians and 95th percentiles, alone or in turns with a baseline. */
export const ITERATIONS = Number(process.env.BENCH_ITERATIONS ?? 200);
export const WARMUP = 50; // also opens the pool's connections (the overview runs its queries in parallel)

export type Result = { name: string; tickets: number; p50: number; p95: number; n: number };

function percentile(sorted: number[], p: number): number {
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

export async function measure(
  name: string,
  tickets: number,
  fn: (i: number) => Promise<unknown>,
  iterations = ITERATIONS,
): Promise<Result> {
  for (let i = 0; i < WARMUP; i++) await fn(i);
  const times: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    await fn(WARMUP + i);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const result = {
    name,
    tickets,
    p50: percentile(times, 50),
    p95: percentile(times, 95),
    n: iterations,
  };
  console.log(
    `  ${name.padEnd(50)} ${fmt(result.p50).padStart(8)} ms p50 ${fmt(result.p95).padStart(8)} ms p95`,
  );
  return result;
}

export type Paired = Result & { ratio: number; baseP50: number };

/**
 * `fn` against `base`, run in turns (which goes first alternates), so that whatever slows the
 * machine slows both: the ratio of their medians is steadier than either time.
 */
export async function measurePaired(
  name: string,
  tickets: number,
  base: () => Promise<unknown>,
  fn: () => Promise<unknown>,
  iterations = ITERATIONS,
): Promise<Paired> {
  for (let i = 0; i < WARMUP; i++) {
    await base();
    await fn();
  }
  const times: number[] = [];
  const baseTimes: number[] = [];
  const time = async (f: () => Promise<unknown>, into: number[]) => {
    const t0 = performance.now();
    await f();
    into.push(performance.now() - t0);
  };
  for (let i = 0; i < iterations; i++) {
    if (i % 2) {
      await time(base, baseTimes);
      await time(fn, times);
    } else {
      await time(fn, times);
      await time(base, baseTimes);
    }
  }
  times.sort((a, b) => a - b);
  baseTimes.sort((a, b) => a - b);
  const p50 = percentile(times, 50);
  const baseP50 = percentile(baseTimes, 50);
  const result = {
    name,
    tickets,
    p50,
    p95: percentile(times, 95),
    n: iterations,
    baseP50,
    ratio: p50 / baseP50,
  };
  console.log(
    `  ${name.padEnd(50)} ${fmt(p50).padStart(8)} ms p50 ${fmt(result.p95).padStart(8)} ms p95  ${result.ratio.toFixed(2)}x its baseline (${fmt(baseP50)} ms)`,
  );
  return result;
}

export const fmt = (ms: number) => (ms >= 100 ? ms.toFixed(0) : ms.toFixed(2));
