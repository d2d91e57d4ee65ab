import {rowsToArrow} from "../../loaders/arrow.js";
import {FieldGapRow} from "../../loaders/marts/fieldGap.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("field_gap", FieldGapRow)));
