// Small statistics for benchmark figures.
export function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.round(q * (sorted.length - 1))));
  return sorted[i]!;
}

export const median = (values: readonly number[]): number => quantile([...values].sort((a, b) => a - b), 0.5);

export const fmt = (n: number, digits = 2): string =>
  n >= 1000 ? Math.round(n).toLocaleString("en-US") : n.toFixed(digits);
