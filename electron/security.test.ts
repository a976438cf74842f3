import { describe, expect, it } from 'vitest';
import * as path from 'node:path';
import { CONTENT_SECURITY_POLICY, isAllowedNavigation, isAllowedRequest, resolveAppFile, secureWebPreferences } from './security';

const root = path.resolve('/opt/steppe/dist/renderer');

describe('app:// protocol guard', () => {
  it('serves files inside the renderer build', () => {
    expect(resolveAppFile('app://steppe-atlas/index.html', root)).toBe(path.join(root, 'index.html'));
    expect(resolveAppFile('app://steppe-atlas/assets/index-abc.js', root)).toBe(path.join(root, 'assets', 'index-abc.js'));
    expect(resolveAppFile('app://steppe-atlas/', root)).toBe(path.join(root, 'index.html'));
  });

  it.each([
    'app://../../etc/passwd',
    'app://steppe-atlas/../../etc/passwd',
    'app://steppe-atlas/%2e%2e/%2e%2e/etc/passwd',
    'app://steppe-atlas/assets/..%2f..%2f..%2fetc/passwd',
    'app://steppe-atlas/..%5c..%5cwindows%5csystem.ini',
    'app://steppe-atlas/index.html%00.js',
    'app://other-host/index.html',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s', (url) => {
    expect(resolveAppFile(url, root)).toBeNull();
  });
});

describe('request and navigation rules', () => {
  it('allows only the app origin and in-memory URLs', () => {
    expect(isAllowedRequest('app://steppe-atlas/assets/x.js')).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(isAllowedRequest('blob:app://steppe-atlas/123')).toBe(true);
    expect(isAllowedRequest('https://tiles.example.com/1/2/3.png')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/')).toBe(false);
    expect(isAllowedRequest('http://127.0.0.1:5173/src/main.tsx', 'http://127.0.0.1:5173')).toBe(true);
  });

  it('never navigates away from the app', () => {
    expect(isAllowedNavigation('app://steppe-atlas/index.html')).toBe(true);
    expect(isAllowedNavigation('https://evil.example/')).toBe(false);
    expect(isAllowedNavigation('file:///etc/passwd')).toBe(false);
  });
});

describe('renderer hardening', () => {
  it('isolates the renderer from Node', () => {
    expect(secureWebPreferences('/p/preload.js')).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      allowRunningInsecureContent: false,
    });
  });

  it('has a CSP with no remote origins and workers only from self or blob:', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("worker-src 'self' blob:");
    expect(CONTENT_SECURITY_POLICY).toContain("object-src 'none'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/https?:|\*|unsafe-eval/);
  });
});
