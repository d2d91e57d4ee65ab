import {rowsToArrow} from "../../loaders/arrow.js";
import {OccupationDemandRow} from "../../loaders/marts/occupationDemand.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("occupation_demand", OccupationDemandRow)));
