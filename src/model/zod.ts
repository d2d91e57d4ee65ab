/**
 * zod, as every model module imports it. zod 4 probes for `new Function("")` when it builds an object schema, to
 * compile a faster parser. The site's Content Security Policy allows no eval, so in a browser that probe is refused
 * and reported as a CSP violation (harmless, but indistinguishable from an attack in the security tests). Outside
 * Node (pages and workers) zod therefore parses without compiling (`jitless`); Node (loaders, CLI, tests) keeps the
 * compiled parsers. Importing z from here rather than from "zod" puts the setting in place before any schema exists.
 */
import {z} from "zod";

const inNode = typeof process !== "undefined" && typeof process.versions?.node === "string";
if (!inNode) z.config({jitless: true});

export {z};
