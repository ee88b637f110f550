// Statistics of the benchmark: medians, their distribution-free confidence intervals, and bootstrap
// intervals for ratios of medians. Seeded, so that the same samples always give the same intervals.

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** ln(n choose k). */
function logChoose(n, k) {
  let sum = 0;
  for (let i = 1; i <= k; i++) sum += Math.log(n - k + i) - Math.log(i);
  return sum;
}

/**
 * A confidence interval of the median from the order statistics (no assumption about the
 * distribution): the k-th smallest and k-th largest samples, with k the largest rank whose
 * interval still covers the median with at least `level` probability. Small samples cannot reach
 * `level`: the interval is then the whole range, and `level` says what it does cover.
 */
export function medianInterval(values, level = 0.95) {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  const chance = (k) => Math.exp(logChoose(n, k) - n * Math.LN2);
  // [k-th smallest, k-th largest] misses the median when fewer than k samples lie on one side of
  // it: the interval covers it with probability 1 - 2 P(X <= k - 1), X ~ Binomial(n, 1/2).
  let rank = 1;
  let outside = chance(0);
  while (rank + 1 <= n / 2 && 1 - 2 * (outside + chance(rank)) >= level) outside += chance(rank++);
  return { low: sorted[rank - 1], high: sorted[n - rank], level: 1 - 2 * outside };
}

/** A small, fast, seeded generator (mulberry32): the same seed, the same sequence. */
export function random(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resample(values, next) {
  return Array.from(values, () => values[Math.floor(next() * values.length)]);
}

/**
 * median(a) / median(b), with a percentile bootstrap interval: both groups resampled
 * independently, `resamples` times.
 */
export function ratioOfMedians(a, b, { level = 0.95, resamples = 4000, seed = 7 } = {}) {
  const next = random(seed);
  const ratios = Array.from({ length: resamples }, () => median(resample(a, next)) / median(resample(b, next))).sort((x, y) => x - y);
  const tail = (1 - level) / 2;
  return {
    value: median(a) / median(b),
    low: ratios[Math.floor(tail * (resamples - 1))],
    high: ratios[Math.ceil((1 - tail) * (resamples - 1))],
    level,
  };
}

/** Fisher–Yates, with the given generator. */
export function shuffle(items, next) {
  const result = [...items];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [result[i], result[j]] = [result[j], result[i]];
  }
  return result;
}
