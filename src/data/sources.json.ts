import {readSourcesRegistry} from "../../loaders/sources/sourcesRegistry.js";

// Every dataset (data/sources.csv): publisher, URL, licence, vintage, files, attribution, caveats; checked on read.
process.stdout.write(JSON.stringify(await readSourcesRegistry()));
