/**
 * Deciding whether a file is a wfc journal before SQLite touches it, and creating a new one atomically.
 *
 * The promise is: wfc never modifies or deletes a file it refuses. Opening a file with SQLite in
 * read-write mode is not harmless (it may roll back a hot journal, create -wal/-shm files, checkpoint on
 * close), so the refusals come from the raw 100-byte header: the magic string, PRAGMA application_id
 * (offset 68) and PRAGMA user_version (offset 60). This is sound because a journal is born complete:
 * `createJournalFile` builds it under a temporary name with the application id and version already
 * committed (rollback mode, fsynced), and only then links it into place. So every file at a journal path
 * either carries wfc's id in its main-file header or was never a wfc journal.
 *
 * The header can lag the truth in one case only: a newer wfc bumped user_version in a WAL that was not
 * checkpointed (it crashed). `walPending` tells the opener to confirm the version over a read-only
 * connection, which never checkpoints, before it opens for writing.
 */

import * as fs from "node:fs";
import * as nodePath from "node:path";
import Database from "better-sqlite3";

import { classifyThrown, journalError } from "./errors.js";
import { JOURNAL_SCHEMA_VERSION, SCHEMA_SQL, WFC_APPLICATION_ID } from "./schema.js";
import type { JournalError } from "./types.js";

const SQLITE_MAGIC = "SQLite format 3\u0000";

export type FileCheck =
  | { kind: "missing" }
  | { kind: "journal"; schemaVersion: number; walPending: boolean }
  | { kind: "refused"; error: JournalError };

export function checkJournalFile(path: string): FileCheck {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "missing" };
    return { kind: "refused", error: classifyThrown(e, path, "open") };
  }
  if (!stat.isFile())
    return { kind: "refused", error: journalError("io", path, `cannot open the journal at ${path}: it is not a regular file. Point wfc at a file path.`) };

  const header = Buffer.alloc(100);
  let read = 0;
  try {
    const fd = fs.openSync(path, "r");
    try {
      read = fs.readSync(fd, header, 0, 100, 0);
    } finally {
      fs.closeSync(fd);
    }
  } catch (e) {
    return { kind: "refused", error: classifyThrown(e, path, "read") };
  }

  if (read < 100 || header.toString("latin1", 0, 16) !== SQLITE_MAGIC)
    return {
      kind: "refused",
      error: journalError("corrupt", path, `not a wfc journal: file is not a database (${path}${stat.size === 0 ? " is empty" : ""}). wfc did not modify it; move it away, or point wfc at another journal file.`),
    };

  const applicationId = header.readInt32BE(68);
  if (applicationId !== WFC_APPLICATION_ID)
    return {
      kind: "refused",
      error: journalError("foreign", path, `not a wfc journal: ${path} is a SQLite database of another application (application_id ${hex(applicationId)}, wfc uses ${hex(WFC_APPLICATION_ID)}). wfc did not modify it; point wfc at another journal file.`),
    };

  const schemaVersion = header.readInt32BE(60);
  if (schemaVersion > JOURNAL_SCHEMA_VERSION) return { kind: "refused", error: tooNew(path, schemaVersion) };

  const walSize = sizeOf(`${path}-wal`);
  const walPending = walSize > 0;
  // A file shorter than its header says was truncated (copied half-way, a full disk, a bad restore).
  // Skipped while a WAL is pending: a checkpoint interrupted by a crash can leave the main file short,
  // and SQLite repairs that from the WAL on the next open.
  if (!walPending) {
    const rawPageSize = header.readUInt16BE(16);
    const pageSize = rawPageSize === 1 ? 65536 : rawPageSize;
    const pages = header.readUInt32BE(28);
    const countIsValid = header.readUInt32BE(92) === header.readUInt32BE(24);
    if (countIsValid && pages * pageSize > stat.size)
      return {
        kind: "refused",
        error: journalError("corrupt", path, `the wfc journal at ${path} is truncated (${stat.size} of ${pages * pageSize} bytes). wfc did not modify it; move it away to start a fresh journal (its recorded results cannot be replayed).`),
      };
  }
  return { kind: "journal", schemaVersion, walPending };
}

export function tooNew(path: string, version: number): JournalError {
  return journalError("too-new", path, `the journal at ${path} was written by a newer wfc (journal schema ${version}; this wfc reads up to ${JOURNAL_SCHEMA_VERSION}). wfc did not modify it; upgrade wfc, or point it at another journal file.`);
}

/**
 * Creates an initialised journal at `path` unless one appears there first (another process racing us:
 * then theirs is kept and ours discarded). Returns an error only when the file system refuses.
 */
export function createJournalFile(path: string): JournalError | undefined {
  const temp = `${path}.${process.pid}.${Date.now().toString(36)}.init`;
  try {
    fs.mkdirSync(nodePath.dirname(path), { recursive: true });
    const db = new Database(temp);
    try {
      // Rollback mode while building: the header (application id, version) lands in the main file.
      db.pragma("journal_mode = DELETE");
      db.pragma("synchronous = FULL");
      db.transaction(() => {
        db.pragma(`application_id = ${WFC_APPLICATION_ID}`);
        db.pragma(`user_version = ${JOURNAL_SCHEMA_VERSION}`);
        db.exec(SCHEMA_SQL);
        const meta = db.prepare("INSERT INTO meta (key, value) VALUES (?, ?)");
        meta.run("application_id", String(WFC_APPLICATION_ID));
        meta.run("schema_version", String(JOURNAL_SCHEMA_VERSION));
        meta.run("created_at", String(Date.now()));
      })();
      // WAL is persistent: recorded in the header, so every later connection opens in WAL mode.
      db.pragma("journal_mode = WAL");
    } finally {
      db.close();
    }
    fsyncFile(temp);
    try {
      fs.linkSync(temp, path); // fails with EEXIST instead of replacing a journal that appeared meanwhile
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") return undefined;
      // File systems without hard links: rename, accepting a narrow race between two first runs.
      if (code !== "EPERM" && code !== "ENOTSUP" && code !== "ENOSYS" && code !== "EOPNOTSUPP") throw e;
      if (!fs.existsSync(path)) fs.renameSync(temp, path);
    }
    fsyncFile(nodePath.dirname(path));
    return undefined;
  } catch (e) {
    return classifyThrown(e, path, "create");
  } finally {
    for (const leftover of [temp, `${temp}-wal`, `${temp}-shm`, `${temp}-journal`]) fs.rmSync(leftover, { force: true });
  }
}

function fsyncFile(path: string): void {
  const fd = fs.openSync(path, "r");
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function sizeOf(path: string): number {
  try {
    return fs.statSync(path).size;
  } catch {
    return 0;
  }
}

function hex(n: number): string {
  return `0x${(n >>> 0).toString(16).padStart(8, "0")}`;
}
