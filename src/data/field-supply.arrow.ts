import {rowsToArrow} from "../../loaders/arrow.js";
import {FieldSupplyRow} from "../../loaders/marts/fieldSupply.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("field_supply", FieldSupplyRow)));
