/** One measured figure, with the baseline measured beside it in the same run where there is one. */
export interface BenchFigure {
  benchmark: string;
  figure: string;
  value: number;
  unit: string;
  baseline?: { name: string; value: number };
  /** The target in words, e.g. "≤ 40 KB gzip". */
  target?: string;
  /** Whether the target was met; absent where there is no target. */
  met?: boolean;
}

/** A benchmark module's default export. */
export type Benchmark = () => Promise<BenchFigure[]>;
