// zod 4 compiles object parsers with `new Function` when the page allows it, probing once when the first
// z.object() is built. Our CSP has no 'unsafe-eval', so the probe is refused and reported as a CSP violation
// on every page and worker: noise that would hide a real one (test/e2e/hardening.spec.ts asserts none).
// This sets zod's global config (read from globalThis when zod loads) to parse without generating code.
// It must run before any schema is built, so it is plain JavaScript with no imports: the build puts it in
// each page as a classic <script> that runs before the bundled modules (vite.config.mts, zodWithoutEval),
// and every worker imports it first.
Reflect.set(globalThis, '__zod_globalConfig', Object.assign({}, Reflect.get(globalThis, '__zod_globalConfig'), { jitless: true }));

export {};
