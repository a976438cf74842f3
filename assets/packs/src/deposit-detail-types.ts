// What the reference CSV cannot hold: owners as records, partners, our descriptions, caveats, exact sources.
import type { CommodityGroup, Confidence, Owner } from '../../../shared/pack';

export interface DepositDetail {
  sources: string[];
  owners: Owner[];
  /** Partner country codes (must be among the pack's countries). */
  partners?: string[];
  description: string;
  /** [field, confidence, note in our words] */
  caveats?: Array<[string, Confidence, string]>;
  primaryGroup?: CommodityGroup;
}

export const state = (name: string, share?: number): Owner => ({ name, country: 'MN', role: 'state-holder', ...(share === undefined ? {} : { share }) });
