import { describe, expect, it } from "vitest";

import { benchJournal } from "../../runtime/journal/bench.js";

// The bench's numbers are machine-dependent and never asserted; this checks that it measures what it
// says (every figure present and finite) and cleans up after itself, so the bench runner can rely on it.
describe("benchJournal", () => {
  it("reports per-result and baseline costs for the records it wrote", () => {
    const result = benchJournal({ n: 40 });
    expect(result.n).toBe(40);
    expect(result.recordBytes).toBeGreaterThan(1500);
    expect(result.recordBytes).toBeLessThan(1800);
    for (const [name, value] of Object.entries(result)) {
      expect(Number.isFinite(value), name).toBe(true);
      expect(value, name).toBeGreaterThan(0);
    }
    expect(result.perResultP99Micros).toBeGreaterThanOrEqual(result.perResultP50Micros);
  });
});
