import {CandidateMarketRow} from "../../loaders/marts/candidateMarket.js";
import {readMartRows} from "../../loaders/warehouse.js";

// One object per candidate: catalogue elements plus demand indicators (null = missing, never 0).
process.stdout.write(JSON.stringify(await readMartRows("candidate_market", CandidateMarketRow)));
