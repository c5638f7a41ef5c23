import { describe, expect, it } from "vitest";
import { DiagnosticBag } from "../../compiler/diagnostics/bag.js";
import { allCodes, codeInfo, codes, isConfigurable, isSuppressible, resolveCode } from "../../compiler/diagnostics/codes.js";
import { didYouMean, editDistance } from "../../compiler/util/did-you-mean.js";
import { SourceFile } from "../../compiler/source.js";

describe("code table", () => {
  it("is sorted, banded, with unique kebab-case names", () => {
    const keys = Object.keys(codes);
    expect(keys).toEqual([...keys].sort());
    for (const code of keys) expect(code).toMatch(/^WF[0-9]\d{3}$/);
    const names = allCodes().map((c) => codes[c].name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it("looks codes up by code or name", () => {
    expect(codeInfo("WF1005")).toMatchObject({ name: "nondeterminism", severity: "error" });
    expect(codeInfo("WF0000")).toBeUndefined();
    expect(codeInfo("toString")).toBeUndefined();
    expect(resolveCode("unused-suppression")).toBe("WF5901");
    expect(resolveCode("WF1001")).toBe("WF1001");
    expect(resolveCode("nope")).toBeUndefined();
  });

  it("keeps syntax, sandbox, config and internal codes fixed", () => {
    expect(isConfigurable("WF1004")).toBe(false);
    expect(isConfigurable("WF9001")).toBe(false);
    expect(isConfigurable("WF0101")).toBe(false);
    expect(isConfigurable("WF5901")).toBe(true);
    expect(isSuppressible("WF5901")).toBe(false);
  });
});

describe("DiagnosticBag", () => {
  it("dedupes a code at a span and sorts by offset, then code", () => {
    const bag = new DiagnosticBag(new SourceFile("a.wf.js", "0123456789"));
    bag.warning("WF5901", { start: 5, end: 6 }, "second");
    bag.error("WF1004", { start: 5, end: 6 }, "first by code");
    expect(bag.error("WF1004", { start: 5, end: 6 }, "again").message).toBe("again");
    bag.report("WF1001", { start: 1, end: 2 }, "earliest", { help: "h" });
    expect(bag.size).toBe(3);
    expect(bag.hasErrors()).toBe(true);
    expect(bag.count("warning")).toBe(1);
    expect(bag.sorted().map((d) => d.message)).toEqual(["earliest", "first by code", "second"]);
    expect(bag.sorted()[0]).toMatchObject({ code: "WF1001", severity: "error", help: "h" });
  });

  it("has no errors with only warnings", () => {
    const bag = new DiagnosticBag();
    bag.report("WF5900", { start: 0, end: 1 }, "w");
    expect(bag.hasErrors()).toBe(false);
  });
});

describe("didYouMean", () => {
  it("counts a transposition as one edit", () => {
    expect(editDistance("maxAgnets", "maxAgents")).toBe(1);
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
  });

  it("suggests close candidates only", () => {
    expect(didYouMean("jurnal", ["journal", "budget"])).toBe("journal");
    expect(didYouMean("MAXUSD", ["maxUsd", "maxAgents"])).toBe("maxUsd");
    expect(didYouMean("xyz", ["journal", "budget"])).toBeUndefined();
    expect(didYouMean("ab", ["cd"])).toBeUndefined();
    expect(didYouMean("WF5091", ["WF5001", "WF5901"])).toBe("WF5001");
  });
});
