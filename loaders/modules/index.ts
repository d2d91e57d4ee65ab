import {labourMarket} from "./labourMarket.js";
import {learnersAndEnrolment} from "./learnersAndEnrolment.js";
import {institution} from "./institution.js";
import {provenance} from "./provenance.js";

/** Warehouse modules in build order: a module may join the tables of the modules before it. */
export const WAREHOUSE_MODULES = [provenance, labourMarket, learnersAndEnrolment, institution] as const;
