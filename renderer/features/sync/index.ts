/**
 * Sync feature: the local pack lifecycle. Mount <SyncRoot/> once (first-run load of the bundled pack, newer
 * bundled pack offer, File menu commands, drag and drop, dialogs). Other features may use:
 *   <SyncToolbar/>      header buttons (Import data pack…, history, settings)
 *   <ChangesButton/>    status-bar button opening "What changed since last briefing"
 *   <SyncPanel panel/>  side-panel content when isSyncPanel(store.panel)
 *   useCurrentPack(), useCurrentPackLabel(), usePackHistory()   live pack state
 *   store.changeHighlight   { deposits: ids[], corridors: ids[], … } while the user highlights the last changes
 */
export { SyncRoot } from './components/SyncRoot';
export { SyncToolbar, ChangesButton } from './components/SyncToolbar';
export { SyncPanel } from './components/SyncPanel';
export { isSyncPanel, SYNC_PANELS, type SyncPanelId } from './components/panels';
export { useCurrentPack, useCurrentPackLabel, usePackHistory } from './hooks';
export { importFileBytes } from './actions';
export { syncStrings } from './strings';
