import {SurveyPublishedRow} from "../../loaders/marts/surveyPublished.js";
import {readReadinessAnswersFile, readReadinessInstrument} from "../../loaders/sources/readinessInstrument.js";
import {readMartRows} from "../../loaders/warehouse.js";
import {readinessProfile} from "../model/readiness/readinessProfile.js";

// The shipped example institution (data/readiness/example-answers.json), scored and benchmarked against the
// survey_published mart: what the readiness page shows on a fresh build and what the overview's verdicts can use.
const instrument = await readReadinessInstrument();
const figures = await readMartRows("survey_published", SurveyPublishedRow);
process.stdout.write(JSON.stringify(readinessProfile(instrument, readReadinessAnswersFile(instrument), figures)));
