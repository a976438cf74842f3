// electron-builder afterPack hook: flips Electron's fuses in the packaged binary, before signing.
// A fuse is a switch compiled into the Electron binary that no command-line flag or environment
// variable can turn back on, so the shipped app cannot be used as a general Node runtime or be
// made to load code from outside app.asar. https://www.electronjs.org/docs/latest/tutorial/fuses
const path = require('node:path');
const { FuseV1Options, FuseVersion } = require('@electron/fuses');

/** The fuse wire Steppe Atlas ships with (`true` = enabled). */
const STEPPE_FUSES = Object.freeze({
  version: FuseVersion.V1,
  // `ELECTRON_RUN_AS_NODE=1 steppe-atlas evil.js` must not run arbitrary Node code.
  [FuseV1Options.RunAsNode]: false,
  // Cookies and other on-disk secrets encrypted with the OS keychain.
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (e.g. --require evil.js) ignored.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk refused: no debugger can attach to the main process.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // app.asar checked against the hash electron-builder embeds (macOS and Windows).
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // Only app.asar is loaded, never a loose resources/app folder someone dropped in.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  // We ship no custom V8 snapshot.
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The renderer is served from app://, never from file://, so file: pages need no extra rights.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
});

/** Where electron-builder put the Electron binary whose fuses we flip (same rule as electron-builder). */
function electronBinaryPath(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, packager.executableName);
    default:
      throw new Error(`Steppe Atlas afterPack: unknown platform "${electronPlatformName}", fuses not set`);
  }
}

/**
 * The hook. `deps.flipFuses` is injectable for tests; by default the real @electron/fuses one.
 * Any failure (no fuse wire found, wrong wire version) fails the build: an unfused app never ships.
 */
async function afterPack(context, deps = {}) {
  const flipFuses = deps.flipFuses ?? require('@electron/fuses').flipFuses;
  const binary = electronBinaryPath(context);
  // Ad-hoc signatures on Apple silicon are invalidated by the flip and must be redone.
  const resetAdHocDarwinSignature = context.electronPlatformName === 'darwin' && (context.arch === 3 || context.arch === 4); // arm64, universal
  try {
    await flipFuses(binary, { ...STEPPE_FUSES, resetAdHocDarwinSignature });
  } catch (error) {
    throw new Error(`Steppe Atlas afterPack: could not set Electron fuses in ${binary}: ${error.message}`);
  }
  console.log(`  • Electron fuses set in ${path.basename(binary)}: RunAsNode, NODE_OPTIONS and --inspect off; asar-only loading, asar integrity and cookie encryption on`);
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.afterPack = afterPack;
module.exports.electronBinaryPath = electronBinaryPath;
module.exports.STEPPE_FUSES = STEPPE_FUSES;
