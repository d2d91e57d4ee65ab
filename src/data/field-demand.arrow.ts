import {rowsToArrow} from "../../loaders/arrow.js";
import {FieldDemandRow} from "../../loaders/marts/fieldDemand.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("field_demand", FieldDemandRow)));
