import {describe, expect, it} from "vitest";
import {COMMANDS, main} from "../../cli/main.js";
import {memoryIo} from "./memoryIo.js";

describe("mcw", () => {
  it("prints its usage with every command for --help and help, exit 0", async () => {
    for (const args of [["--help"], ["-h"], ["help"]]) {
      const io = memoryIo();
      expect(await main(args, io)).toBe(0);
      expect(io.stdout()).toMatch(/^mcw — Micro-credential Workbench/);
      for (const command of COMMANDS) expect(io.stdout()).toContain(`  ${command.name}`);
    }
  });
  it("prints a command's help for `help <command>` and `<command> --help`", async () => {
    for (const args of [["help", "model"], ["model", "--help"], ["model", "-h"]]) {
      const io = memoryIo();
      expect(await main(args, io)).toBe(0);
      expect(io.stdout()).toMatch(/^Usage: mcw model <scenario\.json>/);
    }
    const io = memoryIo();
    expect(await main(["validate", "--help"], io)).toBe(0);
    expect(io.stdout()).toMatch(/^Usage: mcw validate <file>/);
  });
  it("answers --help on every registered command with that command's help", async () => {
    for (const command of COMMANDS) {
      const io = memoryIo();
      expect(await main([command.name, "--help"], io)).toBe(0);
      expect(io.stdout()).toBe(command.help);
    }
  });
  it("rejects an unknown command with a suggestion and the usage, exit 1", async () => {
    const io = memoryIo();
    expect(await main(["modle"], io)).toBe(1);
    expect(io.stderr()).toMatch(/^mcw: unknown command "modle"; did you mean "model"\?\n\nmcw — /);
    expect(io.stdout()).toBe("");
  });
  it("rejects a missing command and an unknown option before the command", async () => {
    const missing = memoryIo();
    expect(await main([], missing)).toBe(1);
    expect(missing.stderr()).toMatch(/^mcw: missing command/);
    const option = memoryIo();
    expect(await main(["--verbose"], option)).toBe(1);
    expect(option.stderr()).toMatch(/^mcw: unknown option "--verbose"/);
  });
  it("rejects help for an unknown command", async () => {
    const io = memoryIo();
    expect(await main(["help", "frobnicate"], io)).toBe(1);
    expect(io.stderr()).toMatch(/unknown command "frobnicate"/);
  });
});
