import {rowsToArrow} from "../../loaders/arrow.js";
import {AuShortageRow} from "../../loaders/marts/auShortage.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("au_shortage", AuShortageRow)));
