/**
 * Runs scenarios off the main thread. 100,000 Monte Carlo draws take 40–80 ms, long enough to make inputs
 * stutter if they ran on the main thread, so the page hands them to a module Web Worker
 * (`scenarioWorker.ts`, shipped by Framework through `import.meta.resolve`) and keeps drawing. While a run is
 * in flight, newer requests replace each other: only the latest waits, and every superseded caller receives
 * that latest result, so dragging an input never queues stale work. Without a worker (or if it fails) the
 * same code runs on the main thread.
 */
import {runScenario, type ScenarioRun} from "../model/runScenario.js";
import type {RunSettings} from "../model/scenarioUrl.js";
import type {Scenario} from "../model/types.js";

/** Message to the worker. */
export interface ScenarioWorkerRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly settings: RunSettings;
}

/** Message from the worker. */
export type ScenarioWorkerResponse =
  | {readonly id: number; readonly ok: true; readonly run: ScenarioRun; readonly computeMs: number}
  | {readonly id: number; readonly ok: false; readonly message: string};

/** A run with its timings. */
export interface TimedRun {
  readonly scenario: Scenario;
  readonly settings: RunSettings;
  readonly run: ScenarioRun;
  /** Time of `runScenario` itself (deterministic + Monte Carlo + tornado), ms. */
  readonly computeMs: number;
  /** From the request to the result on the main thread (includes messaging and any wait), ms. */
  readonly roundTripMs: number;
  readonly where: "worker" | "main thread";
}

/** What the runner needs of a Worker (so tests can pass a fake). */
export interface WorkerLike {
  postMessage(message: ScenarioWorkerRequest): void;
  addEventListener(type: "message", listener: (event: {data: ScenarioWorkerResponse}) => void): void;
  addEventListener(type: "error" | "messageerror", listener: (event: unknown) => void): void;
  terminate(): void;
}

export interface ScenarioRunner {
  /** Runs a validated scenario; resolves with the latest result when superseded while waiting. */
  run(scenario: Scenario, settings: RunSettings): Promise<TimedRun>;
  /** Where runs happen now ("main thread" after a worker failure). */
  readonly where: "worker" | "main thread";
  /** The most recent successful run, or null before the first. */
  readonly latest: TimedRun | null;
  /** Stops the worker. */
  dispose(): void;
}

/**
 * The work of one request, shared by the worker and the main-thread fallback: `runScenario` timed with `now`.
 *
 * @param request scenario and settings
 * @param now clock in ms (performance.now)
 * @returns the response message; `ok: false` with the error's message when the model throws
 */
export function computeScenarioResponse(request: ScenarioWorkerRequest, now: () => number): ScenarioWorkerResponse {
  try {
    const started = now();
    const run = runScenario(request.scenario, request.settings);
    return {id: request.id, ok: true, run, computeMs: now() - started};
  } catch (error) {
    return {id: request.id, ok: false, message: error instanceof Error ? error.message : String(error)};
  }
}

interface Waiter {
  resolve(value: TimedRun): void;
  reject(error: Error): void;
  started: number;
}

interface Pending {
  request: ScenarioWorkerRequest;
  waiters: Waiter[];
}

/**
 * A runner over `worker`, or on the main thread when `worker` is null.
 *
 * @param options worker (null: main thread); now: clock in ms (default performance.now)
 * @returns the runner
 */
export function createScenarioRunner({worker, now = () => performance.now()}: {worker: WorkerLike | null; now?: () => number}): ScenarioRunner {
  let where: "worker" | "main thread" = worker ? "worker" : "main thread";
  let nextId = 1;
  let inFlight: Pending | null = null;
  let queued: Pending | null = null;
  let latest: TimedRun | null = null;

  const settle = (pending: Pending, response: ScenarioWorkerResponse, from: "worker" | "main thread") => {
    const finished = now();
    for (const waiter of pending.waiters) {
      if (response.ok) {
        const {scenario, settings} = pending.request;
        latest = {scenario, settings, run: response.run, computeMs: response.computeMs, roundTripMs: finished - waiter.started, where: from};
        waiter.resolve(latest);
      } else {
        waiter.reject(new Error(response.message));
      }
    }
  };

  const send = (pending: Pending) => {
    inFlight = pending;
    if (where === "worker" && worker) {
      worker.postMessage(pending.request);
      return;
    }
    // Main thread: let the caller's frame finish first, then compute.
    setTimeout(() => finish(computeScenarioResponse(pending.request, now), "main thread"), 0);
  };

  const finish = (response: ScenarioWorkerResponse, from: "worker" | "main thread") => {
    const pending = inFlight;
    if (!pending || pending.request.id !== response.id) return;
    inFlight = null;
    settle(pending, response, from);
    if (queued) {
      const next = queued;
      queued = null;
      send(next);
    }
  };

  if (worker) {
    worker.addEventListener("message", (event: {data: ScenarioWorkerResponse}) => finish(event.data, "worker"));
    const fail = () => {
      if (where === "main thread") return;
      where = "main thread";
      worker.terminate();
      const pending = inFlight;
      if (pending) send(pending); // redo the lost request on the main thread
    };
    worker.addEventListener("error", fail);
    worker.addEventListener("messageerror", fail);
  }

  return {
    get where() {
      return where;
    },
    get latest() {
      return latest;
    },
    run(scenario, settings) {
      return new Promise<TimedRun>((resolve, reject) => {
        const waiter: Waiter = {resolve, reject, started: now()};
        const request: ScenarioWorkerRequest = {id: nextId++, scenario, settings};
        if (!inFlight) send({request, waiters: [waiter]});
        else if (queued) queued = {request, waiters: [...queued.waiters, waiter]};
        else queued = {request, waiters: [waiter]};
      });
    },
    dispose() {
      worker?.terminate();
    }
  };
}

/**
 * Starts the scenario worker as a module worker (CSP: worker-src 'self'). Framework rewrites the
 * `import.meta.resolve` below to the built, hashed module and ships its imports.
 *
 * @returns the worker, or null where module workers are unavailable
 */
export function startScenarioWorker(): Worker | null {
  if (typeof Worker === "undefined") return null;
  try {
    return new Worker(import.meta.resolve("./scenarioWorker.js"), {type: "module", name: "scenario-model"});
  } catch {
    return null;
  }
}
