import {mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {basename, join} from "node:path";
import {afterEach, describe, expect, it} from "vitest";
import {DataError} from "../../loaders/dataError.js";
import {projectRoot} from "../../loaders/paths.js";
import {rawDataFiles, readSourcesRegistry, registryProblems} from "../../loaders/sources/sourcesRegistry.js";

const HEADER = "id,title,publisher,url,licence,vintage,files,attribution,caveats";

describe("data/sources.csv (the shipped registry)", () => {
  it("lists every file under data/raw, each once, and only files that exist", async () => {
    const entries = await readSourcesRegistry();
    const listed = entries.flatMap((e) => e.files);
    for (const file of rawDataFiles()) expect(listed, file).toContain(file);
    expect(new Set(listed).size).toBe(listed.length);
    expect(registryProblems(entries)).toEqual([]);
  });
  it("has one row per dataset with a unique id and a licence, vintage and attribution", async () => {
    const entries = await readSourcesRegistry();
    expect(new Set(entries.map((e) => e.id)).size).toBe(entries.length);
    for (const entry of entries) {
      expect(entry.licence.length, entry.id).toBeGreaterThan(0);
      expect(entry.vintage.length, entry.id).toBeGreaterThan(0);
      expect(entry.attribution.length, entry.id).toBeGreaterThan(0);
    }
  });
  it("agrees with data/SOURCES.md: every dataset names a file that SOURCES.md describes", async () => {
    const sourcesMd = readFileSync(join(projectRoot, "data", "SOURCES.md"), "utf8");
    for (const entry of await readSourcesRegistry()) {
      expect(entry.files.some((file) => sourcesMd.includes(basename(file))), `${entry.id}: none of ${entry.files.join(", ")} appears in SOURCES.md`).toBe(true);
    }
  });
  it("gives O*NET the attribution its CC BY 4.0 licence requires", async () => {
    const onet = (await readSourcesRegistry()).find((e) => e.id === "onet-27");
    expect(onet?.attribution).toMatch(/O\*NET 27\.0 Database by the U\.S\. Department of Labor/);
  });
});

describe("readSourcesRegistry() on a damaged data directory", () => {
  const previous = process.env.MCW_DATA_DIR;
  let dir = "";
  afterEach(() => {
    if (previous === undefined) delete process.env.MCW_DATA_DIR;
    else process.env.MCW_DATA_DIR = previous;
    if (dir) rmSync(dir, {recursive: true, force: true});
  });
  function dataTree(registry: string, rawFiles: string[]): void {
    dir = mkdtempSync(join(tmpdir(), "mcw-sources-"));
    mkdirSync(join(dir, "raw", "x"), {recursive: true});
    for (const file of rawFiles) writeFileSync(join(dir, file), "a\n1\n");
    writeFileSync(join(dir, "sources.csv"), registry);
    process.env.MCW_DATA_DIR = dir;
  }

  it("names a raw file that no dataset lists", async () => {
    dataTree(`${HEADER}\nsome-data,Title,Publisher,https://example.org,CC BY 4.0,2024,raw/x/a.csv,Source: P.,\n`, ["raw/x/a.csv", "raw/x/b.csv"]);
    await expect(readSourcesRegistry()).rejects.toThrow(/found "raw\/x\/b\.csv"; expected every file under data\/raw listed by a dataset/);
  });
  it("names a listed file that does not exist, with its line", async () => {
    dataTree(`${HEADER}\nsome-data,Title,Publisher,https://example.org,CC BY 4.0,2024,raw/x/a.csv;raw/x/gone.csv,Source: P.,\n`, ["raw/x/a.csv"]);
    await expect(readSourcesRegistry()).rejects.toThrow(/sources\.csv:2: column "files": found "raw\/x\/gone\.csv"; expected a file that exists/);
  });
  it("rejects a URL that is not http(s), naming line, column and value", async () => {
    dataTree(`${HEADER}\nsome-data,Title,Publisher,ftp://example.org,CC BY 4.0,2024,raw/x/a.csv,Source: P.,\n`, ["raw/x/a.csv"]);
    const error = await readSourcesRegistry().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DataError);
    expect(String(error)).toMatch(/sources\.csv:2: column "url": found "ftp:\/\/example\.org"; expected an http\(s\) URL/);
  });
  it("rejects a path that climbs out of the data directory", async () => {
    dataTree(`${HEADER}\nsome-data,Title,Publisher,https://example.org,CC BY 4.0,2024,../secret.csv,Source: P.,\n`, []);
    await expect(readSourcesRegistry()).rejects.toThrow(/column "files".*no leading \/, no \.\./);
  });
  it("rejects two datasets with the same id", async () => {
    dataTree(`${HEADER}\nsame,T,P,https://e.org,L,V,raw/x/a.csv,A,\nsame,T,P,https://e.org,L,V,raw/x/b.csv,A,\n`, ["raw/x/a.csv", "raw/x/b.csv"]);
    await expect(readSourcesRegistry()).rejects.toThrow(/same/);
  });
});
