/**
 * What built a report: the software and its version, the commit, and a build date that two builds of the same
 * commit share. The date never comes from the clock: `SOURCE_DATE_EPOCH` (https://reproducible-builds.org/specs/
 * source-date-epoch/) when set, else the time of the last git commit, else none.
 */
export interface BuildInfo {
  /** package.json `name`. */
  readonly software: string;
  /** package.json `version`. */
  readonly version: string;
  /** The commit checked out (40 hex digits), or null outside a git checkout. */
  readonly commit: string | null;
  /** True when tracked files differ from that commit; null when unknown. */
  readonly uncommittedChanges: boolean | null;
  /** ISO 8601 date-time in UTC, or null when neither source of a date is available. */
  readonly buildDate: string | null;
  readonly buildDateSource: "SOURCE_DATE_EPOCH" | "last git commit" | null;
}

/** Largest epoch accepted (the year 9999), so the date always has four year digits. */
const MAX_EPOCH_SECONDS = 253_402_300_799;

/**
 * The build date of a report: `SOURCE_DATE_EPOCH` when it is set (seconds since 1970-01-01 UTC), else the last
 * commit's time (seconds), else null.
 *
 * @param sourceDateEpoch the environment variable as given (undefined or "" = not set)
 * @param lastCommitSeconds `git log -1 --format=%ct`, or null outside a checkout
 * @throws {RangeError} when SOURCE_DATE_EPOCH is set but is not a whole number of seconds from 0 to 253402300799
 *   (the specification asks builds to fail rather than guess)
 * @example buildDate("1700000000", null); // => {date: "2023-11-14T22:13:20Z", source: "SOURCE_DATE_EPOCH"}
 */
export function buildDate(sourceDateEpoch: string | undefined, lastCommitSeconds: number | null): {date: string | null; source: BuildInfo["buildDateSource"]} {
  if (sourceDateEpoch !== undefined && sourceDateEpoch !== "") {
    const seconds = /^[0-9]{1,12}$/.test(sourceDateEpoch) ? Number(sourceDateEpoch) : Number.NaN;
    if (!(seconds <= MAX_EPOCH_SECONDS)) {
      throw new RangeError(`SOURCE_DATE_EPOCH is "${sourceDateEpoch}"; expected a whole number of seconds since 1970-01-01 UTC, from 0 to ${MAX_EPOCH_SECONDS}`);
    }
    return {date: isoSeconds(seconds), source: "SOURCE_DATE_EPOCH"};
  }
  if (lastCommitSeconds !== null && Number.isSafeInteger(lastCommitSeconds) && lastCommitSeconds >= 0 && lastCommitSeconds <= MAX_EPOCH_SECONDS) {
    return {date: isoSeconds(lastCommitSeconds), source: "last git commit"};
  }
  return {date: null, source: null};
}

/** "2023-11-14T22:13:20Z": ISO 8601 without milliseconds. */
function isoSeconds(seconds: number): string {
  return new Date(seconds * 1000).toISOString().replace(/\.000Z$/, "Z");
}
