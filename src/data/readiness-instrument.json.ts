import {readReadinessInstrument} from "../../loaders/sources/readinessInstrument.js";

// The readiness instrument (data/readiness/instrument.csv): dimensions in order, then one object per item with its
// labelled scale, weight, capability, benchmark and citation. A bad row fails the build naming line and column.
process.stdout.write(JSON.stringify(await readReadinessInstrument()));
