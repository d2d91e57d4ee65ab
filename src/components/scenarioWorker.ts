/**
 * Module Web Worker that runs the scenario model (`runScenario`) for the scenario page, so 100,000 Monte Carlo
 * draws never block the main thread. Started by `startScenarioWorker` (ScenarioRunner.ts). Each draw's NPV is
 * transferred back, not copied. The model computes exp, log, log1p and pow with src/model/portableMath.ts, so
 * its numbers equal `mcw model`'s bit for bit.
 */
import {computeScenarioResponse, type ScenarioWorkerRequest, type ScenarioWorkerResponse} from "./ScenarioRunner.js";

/** The part of DedicatedWorkerGlobalScope used here (the project compiles against the DOM library). */
interface WorkerScope {
  onmessage: ((event: MessageEvent<ScenarioWorkerRequest>) => void) | null;
  postMessage(message: ScenarioWorkerResponse, transfer: Transferable[]): void;
}

const scope = self as unknown as WorkerScope;
scope.onmessage = (event) => {
  const response = computeScenarioResponse(event.data, () => performance.now());
  const draws = response.ok ? response.run.monteCarlo?.npvDraws : undefined;
  scope.postMessage(response, draws ? [draws.buffer] : []);
};
