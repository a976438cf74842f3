// Runs Doyensec's Electronegativity (the Electron security scanner) offline, from Node.
// Two of its modules are replaced before it loads, so a scan never touches the network and
// works with TypeScript 7 (native tsc, no JS API):
// - `got` (it downloads translations and Electron's release list): fails at once, the bundled
//   English strings are used; the release-list check is excluded by the caller.
// - `@typescript-eslint/typescript-estree` (needs the TypeScript JS API): Electronegativity parses
//   .ts with Babel first and only falls back to it, so it is never needed for code Babel reads.
const path = require('node:path');
const { createRequire } = require('node:module');

const runnerPath = require.resolve('@doyensec/electronegativity/dist/runner.js');
const fromScanner = createRequire(runnerPath);

function replaceModule(id, exports) {
  const file = fromScanner.resolve(id);
  require.cache[file] = { id: file, filename: file, loaded: true, exports, children: [], paths: [] };
}
replaceModule('got', () => Promise.reject(new Error('offline: Steppe Atlas scans without network')));
replaceModule('@typescript-eslint/typescript-estree', {
  parse() {
    throw new Error('typescript-estree is unavailable (TypeScript 7 has no JS API); Babel parses TypeScript');
  },
});

/** Checks that need the network; each is excluded with the reason in electronegativity-justified.json. */
const OFFLINE_EXCLUDED = ['availablesecurityfixesglobalcheck'];

/**
 * Scans a directory (or an .asar) and returns plain findings.
 * @param {string} input
 * @param {{ electronVersion?: string }} [options]
 */
async function scan(input, options = {}) {
  const log = console.log;
  console.log = () => {}; // "Could not retrieve updated translations" — expected offline
  try {
    const run = require(runnerPath);
    const result = await run({
      input: path.resolve(input),
      electronVersionOverride: options.electronVersion,
      isRelative: true,
      customScan: [],
      excludeFromScan: OFFLINE_EXCLUDED,
      parserPlugins: [],
    });
    return {
      checksRun: result.globalChecks + result.atomicChecks,
      parseErrors: result.errors.filter((e) => !e.tolerable).map((e) => `${e.file}: ${e.message}`),
      findings: result.issues.map((i) => ({
        id: i.id,
        file: i.file.split(path.sep).join('/'),
        line: i.location.line,
        severity: i.severity.name,
        confidence: i.confidence.name,
        sample: String(i.sample ?? '').split('\n')[0].trim().slice(0, 120),
      })),
    };
  } finally {
    console.log = log;
  }
}

module.exports = { scan, OFFLINE_EXCLUDED };
