// The whole pack: header, integrity fields and collections, plus the inferred TypeScript types.
import { z } from 'zod';
import { Country, Corridor, Deposit, Engagement, Estimate, Facility, Indicator, IndicatorPoint, Owner, PackEvent, Source } from './entities';
import { Caveat, Confidence, Id, LocalizedName, LocalizedText, Location, Position, Timestamp } from './primitives';

export const PACK_FORMAT = 'steppe-atlas-pack';
/** Format versions this build of the app can read. */
export const SUPPORTED_FORMAT_VERSIONS: readonly number[] = [1];
export const CURRENT_FORMAT_VERSION = 1;

export const Signature = z.strictObject({
  keyId: z.string().min(1),
  algorithm: z.literal('Ed25519'),
  /** Base64 of the 64-byte Ed25519 signature over `signatureMessage(checksum)`. */
  value: z.string().regex(/^[A-Za-z0-9+/]+={0,2}$/, { error: 'is not base64' }),
});

const Sha256Hex = z.string().regex(/^[0-9a-f]{64}$/, { error: 'is not a SHA-256 hex digest (64 lowercase hex characters)' });

export const PackSchema = z.strictObject({
  format: z.literal(PACK_FORMAT),
  formatVersion: z.number().int(),
  packId: Id,
  /** Increases by at least one with every published pack. */
  version: z.number().int().positive(),
  publishedAt: Timestamp,
  title: z.string().min(1),
  publisher: z.string().min(1),
  /** SHA-256 (hex) of the canonical JSON of the pack without `checksum` and `signature`. */
  checksum: Sha256Hex,
  signature: Signature.optional(),
  sources: z.array(Source),
  countries: z.array(Country),
  deposits: z.array(Deposit),
  facilities: z.array(Facility),
  corridors: z.array(Corridor),
  events: z.array(PackEvent),
  indicators: z.array(Indicator),
});

export type Pack = z.infer<typeof PackSchema>;
/** A pack before it is sealed: everything the checksum covers. */
export type PackBody = Omit<Pack, 'checksum' | 'signature'>;
export type PackSignature = z.infer<typeof Signature>;
export type Source = z.infer<typeof Source>;
export type Country = z.infer<typeof Country>;
export type Engagement = z.infer<typeof Engagement>;
export type Deposit = z.infer<typeof Deposit>;
export type Owner = z.infer<typeof Owner>;
export type Estimate = z.infer<typeof Estimate>;
export type Facility = z.infer<typeof Facility>;
export type Corridor = z.infer<typeof Corridor>;
export type PackEvent = z.infer<typeof PackEvent>;
export type Indicator = z.infer<typeof Indicator>;
export type IndicatorPoint = z.infer<typeof IndicatorPoint>;
export type LocalizedName = z.infer<typeof LocalizedName>;
export type LocalizedText = z.infer<typeof LocalizedText>;
export type Location = z.infer<typeof Location>;
export type Position = z.infer<typeof Position>;
export type Confidence = z.infer<typeof Confidence>;
export type Caveat = z.infer<typeof Caveat>;
export type DepositStatus = Deposit['status'];
export type CorridorMode = Corridor['mode'];
export type CorridorStatus = Corridor['status'];
export type FacilityKind = Facility['kind'];
export type CountryRole = Country['roles'][number];
export type EventKind = PackEvent['kind'];

/** Collections keyed by `id` (countries are keyed by `code`). */
export const COLLECTIONS = ['sources', 'countries', 'deposits', 'facilities', 'corridors', 'events', 'indicators'] as const;
export type CollectionName = (typeof COLLECTIONS)[number];
export type PackEntity = Pack[CollectionName][number];

/** The key an entity is known by inside its collection. */
export function entityKey(collection: CollectionName, entity: PackEntity): string {
  return collection === 'countries' ? (entity as Country).code : (entity as { id: string }).id;
}
