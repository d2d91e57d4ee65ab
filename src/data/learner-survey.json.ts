import {LearnerSurveyRow} from "../../loaders/marts/learnerSurvey.js";
import {readMartRows} from "../../loaders/warehouse.js";

process.stdout.write(JSON.stringify(await readMartRows("learner_survey", LearnerSurveyRow)));
