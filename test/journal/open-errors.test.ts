import { randomBytes } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, describe, expect, it } from "vitest";

import { openJournal } from "../../runtime/journal/journal.js";
import type { JournalErrorCode } from "../../runtime/journal/types.js";
import { keyOf, planInfo, sampleResult, sha256File, tempDir } from "./helpers.js";

let dir: string;
let file: string;

beforeEach(() => {
  dir = tempDir();
  file = path.join(dir, "journal.db");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Opens `file`, expects a refusal with `code`, and checks the file and its directory were left alone. */
function expectRefused(code: JournalErrorCode, messagePart: string | RegExp): void {
  const before = sha256File(file);
  const siblings = fs.readdirSync(dir).sort();
  const opened = openJournal(file);
  expect(opened.ok).toBe(false);
  if (opened.ok) return opened.journal.close();
  expect(opened.error.code).toBe(code);
  expect(opened.error.path).toBe(file);
  expect(opened.error.message).toMatch(messagePart);
  expect(opened.error.message).not.toMatch(/\n\s+at /); // a sentence, not a stack trace
  expect(sha256File(file)).toBe(before);
  expect(fs.readdirSync(dir).sort()).toEqual(siblings);
  // Refusing is stable: a second attempt says the same and still changes nothing.
  const again = openJournal(file);
  expect(!again.ok && again.error.code).toBe(code);
  expect(sha256File(file)).toBe(before);
}

function journalWithData(): void {
  const opened = openJournal(file);
  if (!opened.ok) throw new Error(opened.error.message);
  const runId = opened.journal.createRun(planInfo);
  for (let i = 0; i < 200; i++) opened.journal.recordResult(runId, keyOf(`k${i}`), sampleResult(i, "y".repeat(1000)));
  opened.journal.close(); // checkpoints: everything is in the main file, no -wal left
}

describe("files openJournal refuses", () => {
  it("random bytes are corrupt: not a database", () => {
    fs.writeFileSync(file, randomBytes(8192));
    expectRefused("corrupt", "not a wfc journal: file is not a database");
  });

  it("a short text file and an empty file are corrupt", () => {
    fs.writeFileSync(file, "hello\n");
    expectRefused("corrupt", "not a wfc journal: file is not a database");
    fs.writeFileSync(file, "");
    expectRefused("corrupt", /not a database .*is empty/);
  });

  it("a truncated journal is corrupt", () => {
    journalWithData();
    const size = fs.statSync(file).size;
    fs.truncateSync(file, Math.floor(size / 2 / 4096) * 4096);
    expectRefused("corrupt", /truncated \(\d+ of \d+ bytes\)/);
  });

  it("a journal cut inside its header is corrupt", () => {
    journalWithData();
    fs.truncateSync(file, 60);
    expectRefused("corrupt", "not a wfc journal: file is not a database");
  });

  it("another application's SQLite database is foreign", () => {
    const other = new Database(file);
    other.exec("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('mine')");
    other.close();
    expectRefused("foreign", /SQLite database of another application \(application_id 0x00000000, wfc uses 0x7766636a\)/);
  });

  it("a journal from a newer wfc is too-new", () => {
    journalWithData();
    const raw = new Database(file);
    raw.pragma("user_version = 2");
    raw.prepare("UPDATE meta SET value = '2' WHERE key = 'schema_version'").run();
    raw.close();
    expectRefused("too-new", /newer wfc \(journal schema 2; this wfc reads up to 1\)/);
  });

  it("a newer wfc's schema bump still in an uncheckpointed WAL is too-new, and the main file is untouched", () => {
    journalWithData();
    const newer = new Database(file); // a newer wfc, mid-run: its version bump is only in the WAL
    newer.pragma("user_version = 3");
    newer.prepare("UPDATE meta SET value = '3' WHERE key = 'schema_version'").run();
    // The files as a kill -9 would leave them: main file + pending WAL, nobody connected.
    const crashed = path.join(dir, "crashed.db");
    fs.copyFileSync(file, crashed);
    fs.copyFileSync(`${file}-wal`, `${crashed}-wal`);
    newer.close();
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
    const before = sha256File(crashed);
    const opened = openJournal(crashed);
    expect(!opened.ok && opened.error.code).toBe("too-new");
    expect(sha256File(crashed)).toBe(before); // no checkpoint folded the WAL into it
    expect(fs.statSync(`${crashed}-wal`).size).toBeGreaterThan(0);
  });

  it("a directory where the journal should be is an io error", () => {
    fs.mkdirSync(file);
    const opened = openJournal(file);
    expect(!opened.ok && opened.error).toMatchObject({ code: "io", message: expect.stringContaining("not a regular file") });
  });

  it("a read-only open of a missing journal is not-found and creates nothing", () => {
    const opened = openJournal(file, { readonly: true });
    expect(!opened.ok && opened.error).toMatchObject({ code: "not-found", message: expect.stringContaining("no journal at") });
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});
