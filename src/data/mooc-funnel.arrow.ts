import {rowsToArrow} from "../../loaders/arrow.js";
import {MoocFunnelRow} from "../../loaders/marts/moocFunnel.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("mooc_funnel", MoocFunnelRow)));
