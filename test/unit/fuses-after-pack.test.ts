// The electron-builder afterPack hook flips Electron's fuses. Tested on fake binaries that carry
// a real fuse wire (sentinel + version + length + states), read back with @electron/fuses itself.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses';

const require = createRequire(import.meta.url);
type Context = { appOutDir: string; electronPlatformName: string; arch: number; packager: { executableName?: string; appInfo: { productFilename: string } } };
type Hook = ((context: Context, deps?: { flipFuses?: (file: string, config: object) => Promise<unknown> }) => Promise<void>) & {
  electronBinaryPath: (context: Context) => string;
};
const afterPack = require('../../electron/packaging/after-pack.cjs') as Hook;

/** Fuse states as bytes in the wire: ASCII '0' and '1'. */
const FuseState = { DISABLE: 0x30, ENABLE: 0x31 } as const;
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX';
/** Electron's default wire: RunAsNode on, cookie encryption off, NODE_OPTIONS on, --inspect on, rest off, file: privileges on. */
const DEFAULT_WIRE = '10110001';
const fakeBinary = (wire: string) =>
  Buffer.concat([Buffer.from('\x7fELF…machine code…'), Buffer.from(SENTINEL), Buffer.from([1, wire.length]), Buffer.from(wire), Buffer.from('…more code…')]);

let dir = '';
beforeAll(() => {
  dir = mkdtempSync(path.join(os.tmpdir(), 'steppe-fuses-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const linuxContext = (appOutDir: string): Context => ({
  appOutDir,
  electronPlatformName: 'linux',
  arch: 1,
  packager: { executableName: 'steppe-atlas', appInfo: { productFilename: 'Steppe Atlas' } },
});

describe('afterPack: Electron fuses', () => {
  it('turns RunAsNode, NODE_OPTIONS and --inspect off and asar-only, asar integrity and cookie encryption on', async () => {
    const binary = path.join(dir, 'steppe-atlas');
    writeFileSync(binary, fakeBinary(DEFAULT_WIRE));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await afterPack(linuxContext(dir));
    const wire = (await getCurrentFuseWire(binary)) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(FuseState.DISABLE);
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(FuseState.ENABLE);
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(FuseState.DISABLE);
    // Only the wire changed: the rest of the binary is byte for byte the same.
    const before = fakeBinary(DEFAULT_WIRE);
    const after = readFileSync(binary);
    expect(after.length).toBe(before.length);
    expect([...after].filter((b, i) => b !== before[i]).length).toBe(7); // seven of the eight defaults flip
  });

  it('leaves fuses it does not know alone (a newer Electron with a longer wire)', async () => {
    const sub = mkdtempSync(path.join(dir, 'longer-'));
    writeFileSync(path.join(sub, 'steppe-atlas'), fakeBinary(`${DEFAULT_WIRE}1`));
    vi.spyOn(console, 'log').mockImplementation(() => {});
    await afterPack(linuxContext(sub));
    const wire = (await getCurrentFuseWire(path.join(sub, 'steppe-atlas'))) as unknown as Record<number, number>;
    expect(wire[FuseV1Options.RunAsNode]).toBe(FuseState.DISABLE);
    expect(wire[8]).toBe(FuseState.ENABLE);
  });

  it('fails the build, naming the file, when the binary has no fuse wire (an unfused app never ships)', async () => {
    const sub = mkdtempSync(path.join(dir, 'nowire-'));
    writeFileSync(path.join(sub, 'steppe-atlas'), '#!/bin/sh\nexit 1\n');
    await expect(afterPack(linuxContext(sub))).rejects.toThrow(/could not set Electron fuses in .*steppe-atlas: Could not find sentinel/);
  });

  it('finds the binary on every platform and re-signs ad hoc only on Apple silicon', async () => {
    const calls: Array<[string, Record<string, unknown>]> = [];
    const flipFuses = async (file: string, config: object) => void calls.push([file, config as Record<string, unknown>]);
    vi.spyOn(console, 'log').mockImplementation(() => {});
    const base = linuxContext('/out');
    await afterPack({ ...base, electronPlatformName: 'win32' }, { flipFuses });
    await afterPack({ ...base, electronPlatformName: 'darwin', arch: 3 }, { flipFuses });
    await afterPack({ ...base, electronPlatformName: 'darwin', arch: 1 }, { flipFuses });
    await afterPack(base, { flipFuses });
    expect(calls.map(([file]) => file)).toEqual([
      path.join('/out', 'Steppe Atlas.exe'),
      path.join('/out', 'Steppe Atlas.app'),
      path.join('/out', 'Steppe Atlas.app'),
      path.join('/out', 'steppe-atlas'),
    ]);
    expect(calls.map(([, c]) => c.resetAdHocDarwinSignature)).toEqual([false, true, false, false]);
    await expect(afterPack({ ...base, electronPlatformName: 'plan9' }, { flipFuses })).rejects.toThrow(/unknown platform/);
  });

  it('is the afterPack hook of electron-builder.yml', () => {
    expect(readFileSync('electron-builder.yml', 'utf8')).toMatch(/^afterPack: electron\/packaging\/after-pack\.cjs$/m);
  });
});
