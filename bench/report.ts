// Benchmark output: a line for people on stderr, one JSON line per figure on stdout for tools.

export interface Summary {
  median: number;
  p95: number;
  n: number;
}

/** Median and 95th percentile (nearest rank) of the samples. */
export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { median: at(0.5), p95: at(0.95), n: sorted.length };
}

export function emit(name: string, value: number, unit: string, n: number, what: string): void {
  const rounded = Math.round(value * 1000) / 1000;
  process.stderr.write(`${what.padEnd(58)} ${name.padEnd(36)} ${String(rounded).padStart(10)} ${unit}  (n=${n})\n`);
  process.stdout.write(JSON.stringify({ name, value: rounded, unit, n }) + '\n');
}
