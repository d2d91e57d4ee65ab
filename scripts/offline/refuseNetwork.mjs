// Loaded with `node --import` to prove a process needs no network: every fetch throws, naming its URL.
const refuse = (input) => {
  const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
  throw new Error(`network refused (offline build): ${url}`);
};
globalThis.fetch = async (input) => refuse(input);
