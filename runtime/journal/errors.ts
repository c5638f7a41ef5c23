/**
 * Turning what SQLite and the file system throw into `JournalError` values with a message a user can act
 * on. The only exception the journal lets escape is `JournalFault`, and only from write paths, where the
 * disk failing underneath a running plan is not something a caller can route around record by record.
 */

import type { JournalError, JournalErrorCode } from "./types.js";

/** Thrown by journal methods when storage fails mid-run; carries the same data `openJournal` returns. */
export class JournalFault extends Error {
  readonly error: JournalError;
  constructor(error: JournalError, options?: { cause?: unknown }) {
    super(error.message, options);
    this.name = "JournalFault";
    this.error = error;
  }
}

export function journalError(code: JournalErrorCode, path: string, message: string): JournalError {
  return { code, path, message };
}

/** `e.code` of a SqliteError (`SQLITE_BUSY`, `SQLITE_IOERR_WRITE`, …) or a Node fs error (`EACCES`). */
export function errorCodeOf(e: unknown): string {
  if (typeof e === "object" && e !== null && "code" in e && typeof (e as { code: unknown }).code === "string")
    return (e as { code: string }).code;
  return "";
}

function reasonOf(e: unknown): string {
  const code = errorCodeOf(e);
  const text = e instanceof Error ? e.message : String(e);
  return code && !text.includes(code) ? `${code}: ${text}` : text;
}

/** Classifies a thrown SQLite or fs error. `doing` completes "cannot … the journal". */
export function classifyThrown(e: unknown, path: string, doing: string): JournalError {
  const code = errorCodeOf(e);
  if (code === "SQLITE_NOTADB")
    return journalError("corrupt", path, `not a wfc journal: file is not a database (${path}); wfc will not modify it. Move it away, or point wfc at another journal file.`);
  if (code.startsWith("SQLITE_CORRUPT"))
    return journalError("corrupt", path, `the wfc journal at ${path} is damaged (${reasonOf(e)}); wfc will not modify it. Move it away to start a fresh journal; its recorded results cannot be replayed.`);
  if (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"))
    return journalError("locked", path, `cannot ${doing} the journal at ${path}: another process holds a lock on it for longer than the busy timeout. Retry when the other wfc process has finished.`);
  if (code === "SQLITE_CONSTRAINT_FOREIGNKEY")
    return journalError("not-found", path, `cannot ${doing} the journal at ${path}: the run id is not in the journal (create the run first).`);
  if (code === "SQLITE_FULL" || code === "ENOSPC")
    return journalError("io", path, `cannot ${doing} the journal at ${path}: the disk is full. Free some space and resume the run.`);
  return journalError("io", path, `cannot ${doing} the journal at ${path}: ${reasonOf(e)}`);
}

/** Wraps a write so that a storage failure surfaces as `JournalFault` rather than a raw SqliteError. */
export function guarded<T>(path: string, doing: string, write: () => T): T {
  try {
    return write();
  } catch (e) {
    if (e instanceof JournalFault) throw e;
    throw new JournalFault(classifyThrown(e, path, doing), { cause: e });
  }
}
