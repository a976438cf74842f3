// Id of the Routes side panel (the app frame opens it by this id).
export const ANALYSIS_PANEL = 'analysis';
