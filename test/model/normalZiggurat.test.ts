import {describe, expect, it} from "vitest";
import {normalCdf} from "../../src/model/normalCdf.js";
import {sampleStandardNormal} from "../../src/model/normalZiggurat.js";
import {createRng} from "../../src/model/rng.js";

describe("sampleStandardNormal (ziggurat)", () => {
  const n = 1_000_000;
  const rng = createRng(2024);
  const draws = new Float64Array(n);
  for (let i = 0; i < n; i++) draws[i] = sampleStandardNormal(rng);

  it("matches Φ at points in the rectangles, the wedges and beyond the tail start R = 3.4426", () => {
    for (const z of [-4, -3.5, -2, -1, -0.3, 0, 0.5, 1.5, 2.5, 3.6]) {
      let below = 0;
      for (const x of draws) if (x <= z) below++;
      const p = normalCdf(z);
      // the count below z is Binomial(n, Φ(z))
      expect(Math.abs(below / n - p), `z = ${z}`).toBeLessThan(4 * Math.sqrt((p * (1 - p)) / n) + 1 / n);
    }
  });
  it("has mean 0 and variance 1", () => {
    let sum = 0;
    let squares = 0;
    for (const x of draws) {
      sum += x;
      squares += x * x;
    }
    expect(Math.abs(sum / n)).toBeLessThan(4 / Math.sqrt(n));
    expect(Math.abs(squares / n - 1)).toBeLessThan(4 * Math.sqrt(2 / n));
  });
  it("is symmetric: as many draws above R as below −R", () => {
    let above = 0;
    let below = 0;
    for (const x of draws) {
      if (x > 3.442619855899) above++;
      else if (x < -3.442619855899) below++;
    }
    const expected = n * normalCdf(-3.442619855899);
    expect(Math.abs(above - expected)).toBeLessThan(4 * Math.sqrt(expected));
    expect(Math.abs(below - expected)).toBeLessThan(4 * Math.sqrt(expected));
  });
});
