import {labourMarket} from "./labourMarket.js";
import {learnersAndEnrolment} from "./learnersAndEnrolment.js";

/** Warehouse modules in build order: a module may join the tables of the modules before it. */
export const WAREHOUSE_MODULES = [labourMarket, learnersAndEnrolment] as const;
