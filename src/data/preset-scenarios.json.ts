import {readdirSync, readFileSync} from "node:fs";
import {fileURLToPath} from "node:url";
import {nodeIo} from "../../cli/io.js";
import {readScenarioFile} from "../../cli/scenarioFile.js";

// One object per preset in scenarios/ (sorted by file name): its id, title, description and the file exactly as
// written. Each is validated with parseScenario first; an invalid preset fails the build with file:line:column.
const folder = fileURLToPath(new URL("../../scenarios/", import.meta.url));
const presets = readdirSync(folder).filter((name) => name.endsWith(".json")).sort().map((name) => {
  const scenario = readScenarioFile(`${folder}${name}`, nodeIo());
  const file: unknown = JSON.parse(readFileSync(`${folder}${name}`, "utf8").replace(/^\uFEFF/, ""));
  return {id: name.slice(0, -".json".length), title: scenario.name, description: scenario.description, file};
});
process.stdout.write(JSON.stringify(presets));
