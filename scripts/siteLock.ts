/**
 * One build or browser-test run at a time per checkout: a build deletes Framework's cache and replaces dist/,
 * which would pull the ground from under another build or a browser test reading dist/.
 */
import {join} from "node:path";
import {withDirectoryLock} from "../loaders/directoryLock.js";

export async function withSiteLock<T>(root: string, what: string, fn: () => Promise<T> | T): Promise<T> {
  const result = await withDirectoryLock(join(root, ".tmp", "site.lock"), what, async () => ({value: await fn()}), {
    onWait: (owner) => process.stderr.write(`[mcw] waiting for another build or browser test (pid ${owner ?? "?"}) to finish…\n`)
  });
  return (result as {value: T}).value; // no `done` check: the lock is always taken, so fn always ran
}
