// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { loadPackContent, PackContentProvider, usePackContent } from './pack-content';

describe('pack content, one hook for the whole app', () => {
  it('reads the bundled pack on a first run (empty database), with or without a provider', async () => {
    const alone = renderHook(() => usePackContent());
    await waitFor(() => expect(alone.result.current?.origin).toBe('bundled'), { timeout: 10_000 });
    expect(alone.result.current?.deposits.length).toBeGreaterThan(30);
    expect(alone.result.current?.indicators.length).toBeGreaterThan(0);
    expect((await loadPackContent()).checksum).toBe(alone.result.current?.checksum);
  });

  it('gives every component under one provider the same content object (one read, nothing rebuilt twice)', async () => {
    const wrapper = ({ children }: { children: ReactNode }) => <PackContentProvider>{children}</PackContentProvider>;
    const both = renderHook(() => [usePackContent(), usePackContent()] as const, { wrapper });
    await waitFor(() => expect(both.result.current[0]).toBeDefined(), { timeout: 10_000 });
    expect(both.result.current[0]).toBe(both.result.current[1]);
  });
});
