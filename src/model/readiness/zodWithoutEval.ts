import {z} from "zod";

/**
 * zod 4 probes for `new Function("")` when it builds an object schema, to compile a faster parser. The site's Content
 * Security Policy allows no eval, so in a browser that probe is refused and reported as a CSP violation (harmless, but
 * indistinguishable from an attack in the security tests). In a browser, zod therefore parses without compiling
 * (`jitless`); Node (loaders, CLI, tests) keeps the compiled parsers. Imported first by every readiness module that
 * builds a zod schema, so the setting is in place before any schema exists.
 */
if (typeof window !== "undefined" && typeof document !== "undefined") z.config({jitless: true});
