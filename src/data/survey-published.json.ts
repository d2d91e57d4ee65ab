import {SurveyPublishedRow} from "../../loaders/marts/surveyPublished.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(JSON.stringify(await readMartRows("survey_published", SurveyPublishedRow)));
