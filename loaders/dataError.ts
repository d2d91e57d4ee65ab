/** One thing wrong with an input: where it is, what was found, and what was expected. */
export interface DataProblem {
  file: string;
  /** 1-based line in the file (the header is line 1), when the problem belongs to a line. */
  line?: number;
  /** Column name (CSV) or key path (JSON), when the problem belongs to one. */
  column?: string;
  /** The offending value as found in the file. */
  value?: string;
  expected: string;
}

/** Formats a problem as `file:line: column "col": found "value"; expected …`, the shape every tool prints. */
export function formatProblem(problem: DataProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const column = problem.column === undefined ? "" : ` column "${problem.column}":`;
  const found = problem.value === undefined ? "" : ` found ${JSON.stringify(truncate(problem.value))};`;
  return `${where}:${column}${found} expected ${problem.expected}`;
}

function truncate(value: string, max = 80): string {
  return value.length > max ? `${value.slice(0, max)}…` : value;
}

/** Thrown when an input fails its contract; carries every problem found (up to a cap) so one run reports them all. */
export class DataError extends Error {
  readonly problems: readonly DataProblem[];

  constructor(problems: readonly DataProblem[], omitted = 0) {
    const lines = problems.map(formatProblem);
    if (omitted > 0) lines.push(`… and ${omitted} more problem(s)`);
    super(lines.join("\n"));
    this.name = "DataError";
    this.problems = problems;
  }
}
