import {rowsToArrow} from "../../loaders/arrow.js";
import {VacancyPressureRow} from "../../loaders/marts/vacancyPressure.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(rowsToArrow(await readMartRows("vacancy_pressure", VacancyPressureRow)));
