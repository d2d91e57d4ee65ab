/**
 * One build or browser-test run at a time per checkout: a build deletes Framework's cache and replaces dist/,
 * which would pull the ground from under another build or a browser test reading dist/. The lock is a
 * directory (atomic to create) holding the owner's pid; a lock whose owner has died is taken over.
 */
import {mkdirSync, readFileSync, rmSync, statSync, writeFileSync} from "node:fs";
import {join} from "node:path";

export async function withSiteLock<T>(root: string, what: string, fn: () => Promise<T> | T): Promise<T> {
  const lock = join(root, ".tmp", "site.lock");
  mkdirSync(join(root, ".tmp"), {recursive: true});
  let announced = false;
  for (;;) {
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
      if (!announced) process.stderr.write(`[mcw] waiting for another build or browser test (pid ${owner ?? "?"}) to finish…\n`);
      announced = true;
      await new Promise((resolve) => setTimeout(resolve, 500));
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
