import {existsSync, statSync} from "node:fs";
import {resolve} from "node:path";
import {DataError} from "../../loaders/dataError.js";
import {queryRows, sqlIdentifier, withDuckDB} from "../../loaders/duckdb.js";
import {allMarts, writeWarehouse} from "../../loaders/warehouse.js";
import {parseCommandArgs} from "../args.js";
import type {Command} from "../command.js";
import {EXIT_ERROR, EXIT_OK, UsageError} from "../errors.js";
import type {CliIo} from "../io.js";

const DEFAULT_OUT = "microcred.duckdb";

const help = `Usage: mcw db [--out <path>]

Builds the warehouse from the data directory (data/, or MCW_DATA_DIR) and writes it as one DuckDB file:
the validated source tables (src_*), the staging views (stg_*) and the mart tables, ready for the DuckDB
CLI, Python or R. The file is written under a temporary name and renamed, so a failed build leaves any
existing file untouched. Prints each table and view with its row count (marts with their grain).
Tables and columns are described in docs/data-model.md.

Options:
  -o, --out <path>   where to write the database (default: ${DEFAULT_OUT} in the current directory)
  -h, --help         show this help

Exit status: 0 when the database was written; 1 when an input file is invalid or the arguments are wrong.

Example:
  mcw db --out build/microcred.duckdb
  duckdb build/microcred.duckdb "select * from candidate_market"
`;

/** Where output goes: either streams (process.stdout/stderr) or the CLI's injected io. */
export type DbCommandIo = {stdout: {write(text: string): unknown}; stderr: {write(text: string): unknown}} | Pick<CliIo, "out" | "err">;

function writers(io: DbCommandIo): {out: (text: string) => void; err: (text: string) => void} {
  if ("out" in io) return {out: io.out, err: io.err};
  return {out: (text) => void io.stdout.write(text), err: (text) => void io.stderr.write(text)};
}

/**
 * `mcw db [--out path]`: writes the persistent DuckDB warehouse (atomically) and lists what it holds.
 * @returns the exit status: 0 written, 1 bad arguments or bad input data (problems printed to stderr)
 */
export async function dbCommand(args: readonly string[], io: DbCommandIo): Promise<number> {
  const {out, err} = writers(io);
  let target: string;
  try {
    const {values, positionals} = parseCommandArgs(args, {out: {type: "string", short: "o"}});
    if (values.help) {
      out(help);
      return EXIT_OK;
    }
    if (positionals.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(positionals[0])}: the output path goes after --out`);
    if (values.out !== undefined && values.out.trim() === "") throw new UsageError("--out needs a file path");
    target = resolve(values.out ?? DEFAULT_OUT);
    if (existsSync(target) && statSync(target).isDirectory()) throw new UsageError(`--out ${values.out ?? DEFAULT_OUT} is a directory; give a file path such as ${DEFAULT_OUT}`);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    err(`mcw db: ${error.message}\nRun "mcw db --help" for usage.\n`);
    return EXIT_ERROR;
  }

  const started = performance.now();
  try {
    await writeWarehouse(target);
  } catch (error) {
    if (!(error instanceof DataError)) throw error;
    err(`mcw db: the warehouse was not written; fix these inputs first:\n${error.message}\n`);
    return EXIT_ERROR;
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  out(`wrote ${target} in ${seconds} s\n${await describeDatabase(target)}`);
  return EXIT_OK;
}

/** Lists the tables and views of a warehouse file with their row counts, marts first with their grain. */
async function describeDatabase(path: string): Promise<string> {
  const grains = new Map(allMarts().map((mart) => [mart.name, mart.grain]));
  const relations = await withDuckDB(async (db) => {
    const listed = await queryRows(
      db,
      `select table_name as name, 'table' as type from duckdb_tables() where not internal and schema_name = 'main'
       union all
       select view_name, 'view' from duckdb_views() where not internal and schema_name = 'main'`
    );
    const counted = [];
    for (const relation of listed) {
      const name = String(relation.name);
      const [count] = await queryRows(db, `select count(*) as n from ${sqlIdentifier(name)}`);
      counted.push({name, rows: Number(count?.n ?? 0), kind: kindOf(name, String(relation.type), grains)});
    }
    return counted;
  }, path, {readOnly: true});
  const order = ["mart", "staging", "source"] as const;
  const rows = relations.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.name.localeCompare(b.name));
  const width = Math.max(...rows.map((r) => r.name.length));
  const count = new Intl.NumberFormat("en-US");
  return rows
    .map((r) => `  ${r.kind.padEnd(7)}  ${r.name.padEnd(width)}  ${count.format(r.rows).padStart(9)} rows${grains.has(r.name) ? `  (${grains.get(r.name)})` : ""}\n`)
    .join("");
}

function kindOf(name: string, type: string, grains: Map<string, string>): "mart" | "staging" | "source" {
  if (grains.has(name)) return "mart";
  if (type === "view" || name.startsWith("stg_")) return "staging";
  return "source";
}

/** The `db` command for the `mcw` registry (cli/main.ts). */
export const dbCommandSpec: Command = {
  name: "db",
  summary: "Write the warehouse (sources, staging views, marts) as a DuckDB file for researchers",
  help,
  run: (args, io) => dbCommand(args, io)
};
