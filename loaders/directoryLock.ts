/**
 * A lock shared by processes of one checkout: a directory (atomic to create) holding the owner's pid. A lock whose
 * owner has died — or that has had no owner file for a few seconds, because its maker was killed in between — is
 * taken over, so a killed build never blocks the next one.
 */
import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {dirname, join} from "node:path";

export interface DirectoryLockOptions {
  /** Called once, with the owner's pid when known, if the lock is busy and this process starts waiting. */
  readonly onWait?: (owner: number | undefined) => void;
  /** Checked before each new attempt to take the lock: true ends the wait without running `fn` (its work is done). */
  readonly done?: () => boolean;
}

/**
 * Runs `fn` holding the lock at `lock` (a directory path), waiting while another live process holds it.
 *
 * @returns fn's result, or undefined when `done` reported the work finished by another process
 */
export async function withDirectoryLock<T>(lock: string, what: string, fn: () => Promise<T> | T, options: DirectoryLockOptions = {}): Promise<T | undefined> {
  mkdirSync(dirname(lock), {recursive: true});
  let announced = false;
  for (;;) {
    if (options.done?.()) return undefined;
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, "owner"), `${process.pid} ${what}\n`);
      break;
    } catch {
      const owner = readOwner(lock);
      const abandoned = owner === undefined ? olderThan(lock, OWNERLESS_GRACE_MS) : !isAlive(owner);
      if (abandoned) {
        rmSync(lock, {recursive: true, force: true});
        continue;
      }
      if (!announced) options.onWait?.(owner);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
  try {
    return await fn();
  } finally {
    rmSync(lock, {recursive: true, force: true});
  }
}

/** A lock with no owner file this long after it was made belongs to a process killed in between. */
const OWNERLESS_GRACE_MS = 5_000;

function olderThan(path: string, ms: number): boolean {
  try {
    return Date.now() - statSync(path).mtimeMs > ms;
  } catch {
    return false; // released meanwhile: the next attempt takes it
  }
}

function readOwner(lock: string): number | undefined {
  try {
    return Number.parseInt(readFileSync(join(lock, "owner"), "utf8"), 10);
  } catch {
    return undefined; // the owner is between creating the lock and writing its pid
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}
