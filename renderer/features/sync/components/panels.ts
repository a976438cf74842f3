// Side-panel ids owned by the sync feature.
export const SYNC_PANELS = ['sync-changes', 'sync-history', 'sync-settings'] as const;
export type SyncPanelId = (typeof SYNC_PANELS)[number];
export const isSyncPanel = (panel: string | null): panel is SyncPanelId => (SYNC_PANELS as readonly string[]).includes(panel ?? '');
