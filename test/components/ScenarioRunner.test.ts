import {describe, expect, it} from "vitest";
import {
  computeScenarioResponse,
  createScenarioRunner,
  type ScenarioWorkerRequest,
  type ScenarioWorkerResponse,
  type WorkerLike
} from "../../src/components/ScenarioRunner.js";
import {modelReportOf} from "../../src/model/resultsTable.js";
import {modelScenario} from "../../src/model/modelScenario.js";
import {parseScenario} from "../../src/model/parseScenario.js";

const uncertain = parseScenario({inputs: {pricePerEnrolment: {dist: "uniform", min: 300, max: 700}}});
const settings = {draws: 1000, seed: 3};

/** A worker whose replies the test releases one at a time, computing them with the real model. */
function fakeWorker() {
  const listeners: Record<string, ((event: never) => void)[]> = {};
  const received: ScenarioWorkerRequest[] = [];
  let terminated = false;
  const worker: WorkerLike = {
    postMessage: (message) => void received.push(message),
    addEventListener: (type: string, listener: (event: never) => void) => void (listeners[type] ??= []).push(listener),
    terminate: () => void (terminated = true)
  };
  const emit = (type: string, event: unknown) => listeners[type]?.forEach((l) => l(event as never));
  return {
    worker,
    received,
    get terminated() {
      return terminated;
    },
    /** Answers the oldest unanswered request. */
    reply(n = received.length - 1) {
      const request = received[n] as ScenarioWorkerRequest;
      emit("message", {data: computeScenarioResponse(request, () => 0) satisfies ScenarioWorkerResponse});
    },
    fail: () => emit("error", new Error("worker crashed"))
  };
}

describe("computeScenarioResponse(request, now)", () => {
  it("runs the model as modelScenario does and times it", () => {
    let t = 10;
    const response = computeScenarioResponse({id: 4, scenario: uncertain, settings}, () => (t += 5));
    if (!response.ok) throw new Error(response.message);
    expect(response.computeMs).toBe(5);
    expect(JSON.stringify(modelReportOf(response.run, {bands: false}))).toBe(JSON.stringify(modelScenario(uncertain, settings)));
  });
  it("reports a model error as a message", () =>
    expect(computeScenarioResponse({id: 1, scenario: uncertain, settings: {draws: 1.5, seed: 1}}, () => 0)).toEqual({id: 1, ok: false, message: "runMonteCarlo: draws must be a whole number ≥ 0, got 1.5"}));
});

describe("createScenarioRunner({worker})", () => {
  it("sends a request to the worker and resolves with its result", async () => {
    const fake = fakeWorker();
    const runner = createScenarioRunner({worker: fake.worker, now: () => 0});
    const pending = runner.run(uncertain, settings);
    expect(fake.received).toHaveLength(1);
    fake.reply(0);
    const timed = await pending;
    expect(timed.where).toBe("worker");
    expect(timed.run.monteCarlo?.draws).toBe(1000);
    expect(runner.latest).toBe(timed);
  });
  it("while busy, keeps only the newest request and gives superseded callers its result", async () => {
    const fake = fakeWorker();
    const runner = createScenarioRunner({worker: fake.worker});
    const first = runner.run(uncertain, settings);
    const second = runner.run(uncertain, {draws: 1000, seed: 4});
    const third = runner.run(uncertain, {draws: 1000, seed: 5});
    expect(fake.received).toHaveLength(1); // the second was replaced by the third before it was sent
    fake.reply(0);
    expect(fake.received.map((r) => r.settings.seed)).toEqual([3, 5]);
    fake.reply(1);
    expect((await first).settings.seed).toBe(3);
    expect((await second).settings.seed).toBe(5);
    expect((await third).settings.seed).toBe(5);
  });
  it("ignores a reply to a request it is not waiting for", async () => {
    const fake = fakeWorker();
    const runner = createScenarioRunner({worker: fake.worker});
    const pending = runner.run(uncertain, settings);
    fake.reply(0);
    fake.reply(0);
    expect((await pending).settings.seed).toBe(3);
  });
  it("rejects with the model's message", async () => {
    const fake = fakeWorker();
    const runner = createScenarioRunner({worker: fake.worker});
    const pending = runner.run(uncertain, {draws: -1, seed: 1});
    fake.reply(0);
    await expect(pending).rejects.toThrow("draws must be a whole number ≥ 0");
  });
  it("falls back to the main thread when the worker fails, and redoes the lost request", async () => {
    const fake = fakeWorker();
    const runner = createScenarioRunner({worker: fake.worker});
    const pending = runner.run(uncertain, settings);
    fake.fail();
    expect(fake.terminated).toBe(true);
    expect(runner.where).toBe("main thread");
    expect((await pending).where).toBe("main thread");
  });
  it("runs on the main thread without a worker", async () => {
    const runner = createScenarioRunner({worker: null});
    const timed = await runner.run(uncertain, settings);
    expect(timed.where).toBe("main thread");
    expect(timed.run.deterministic.npv).toBe(modelScenario(uncertain, settings).deterministic.npv);
  });
});
