// Partner profiles and compare view: what other features may use.
export { PartnersPanel, PARTNERS_PANEL } from './PartnersPanel';
export { partnerFacts, type PartnerFacts } from './partner-facts';
export { partnersStrings } from './strings';
