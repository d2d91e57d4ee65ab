import type {DuckDBConnection} from "@duckdb/node-api";
import {logProgress} from "../log.js";
import {loadCsv} from "../readCsv.js";
import {createMartTable, createStagingView} from "../sql.js";
import {blsProjections} from "../sources/blsProjections.js";
import {OccupationOpeningsRow} from "../marts/occupationOpenings.js";
import type {WarehouseModule} from "../warehouse.js";

/** Labour-market shortage data: BLS projections, and the marts built on them. */
export const labourMarket: WarehouseModule = {
  name: "labour market",
  marts: [
    {name: "occupation_openings", grain: "one row per detailed SOC occupation", key: ["soc_code"], row: OccupationOpeningsRow}
  ],
  async build(db: DuckDBConnection) {
    const started = performance.now();
    logProgress("bls_projections", await loadCsv(db, blsProjections), started);
    await createStagingView(db, "stg_bls_projections");
    await createMartTable(db, "occupation_openings");
  }
};
