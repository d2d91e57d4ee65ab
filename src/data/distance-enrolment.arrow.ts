import {rowsToArrow} from "../../loaders/arrow.js";
import {DistanceEnrolmentRow} from "../../loaders/marts/distanceEnrolment.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("distance_enrolment", DistanceEnrolmentRow)));
