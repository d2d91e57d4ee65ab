import {rowsToArrow} from "../../loaders/arrow.js";
import {OccupationOpeningsRow} from "../../loaders/marts/occupationOpenings.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("occupation_openings", OccupationOpeningsRow)));
