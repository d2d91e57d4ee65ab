/** Progress goes to stderr: for a Framework data loader stdout is the output file. */
export function logProgress(source: string, rows: number, startedAt: number): void {
  const ms = Math.round(performance.now() - startedAt);
  process.stderr.write(`[mcw] ${source}: ${rows.toLocaleString("en-US")} rows in ${ms} ms\n`);
}
