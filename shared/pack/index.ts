/**
 * Steppe Atlas data pack — schema, validation, integrity, diff and statistics.
 * Pure TypeScript: no DOM, no Node. Runs in the Node CLI, the renderer and Web Workers.
 *
 * Reading a pack file (any side):
 *   const result = validatePack(JSON.parse(text));          // { ok: true, pack } | { ok: false, problems }
 *   if (!result.ok) show(result.problems.map(problemToString));   // "deposits[12].location.lat: 95 is not a latitude (−90…90)"
 *   const trust = await verifyPack(result.pack, TRUSTED_KEYS);    // status: verified | unverified-unknown-signer |
 *                                                                 //   unsigned | bad-signature | bad-checksum
 *   const preview = diffPacks(currentPack, result.pack);          // added / removed / changed (field-level)
 *
 * Types (inferred from the zod schemas in ./schema): Pack, PackBody, Source, Country, Engagement, Deposit, Owner,
 * Estimate, Facility, Corridor, PackEvent, Indicator, IndicatorPoint, LocalizedName, LocalizedText, Location,
 * Position ([lon, lat], GeoJSON order), Confidence, Caveat, CollectionName, PackEntity.
 *
 * Conventions later code can rely on:
 * - Ids are stable kebab-case strings; countries are keyed by `code` (ISO-2, plus "EU"). Use entityKey().
 * - Every entity has sourceIds that resolve in `sources`; validatePack checks all cross-references.
 * - Corridor.nodeIds are facility ids in travel order; Corridor.geometry passes through each node (≤ 2 km)
 *   and starts/ends at the first/last node. Facility.depositIds links mine sites and railheads to deposits.
 * - Dates are "YYYY", "YYYY-MM" or "YYYY-MM-DD" (the precision the source gives); they sort as strings.
 * - Estimates keep tonnage, grade and contained metal apart, each with its reporting code.
 * - checksum = SHA-256 hex of canonicalJson(pack without checksum and signature); the Ed25519 signature
 *   is over signatureMessage(checksum).
 */
export {
  PACK_FORMAT, CURRENT_FORMAT_VERSION, SUPPORTED_FORMAT_VERSIONS, PackSchema, COLLECTIONS, entityKey,
} from './schema/pack';
export type {
  Pack, PackBody, PackSignature, Source, Country, Engagement, Deposit, Owner, Estimate, Facility, Corridor, PackEvent,
  Indicator, IndicatorPoint, LocalizedName, LocalizedText, Location, Position, Confidence, Caveat, DepositStatus,
  CorridorMode, CorridorStatus, FacilityKind, CountryRole, EventKind, CollectionName, PackEntity,
} from './schema/pack';
export {
  DEPOSIT_STATUSES, FACILITY_KINDS, CORRIDOR_MODES, LEG_MODES, EVENT_KINDS, COUNTRY_ROLES, ESTIMATE_CODES,
} from './schema/entities';
export { COMMODITIES } from './schema/primitives';
export { validatePack, validateInPieces, checkShapeBounds, MAX_DEPTH, type ValidationResult } from './validate';
export { problemToString, formatPath, type Problem } from './problems';
export { NODE_TOLERANCE_KM } from './references';
export { canonicalJson, sortedPrettyJson } from './canonical';
export {
  computeChecksum, packBody, sealPack, signPack, signatureMessage, verifyPack, type VerifyResult, type VerifyStatus,
} from './integrity';
export {
  generateKeyPair, importPrivateKey, importPublicKey, keyIdFor, sha256Hex, PrivateKeyFileSchema, PublicKeyFileSchema,
  type PrivateKeyFile, type PublicKeyFile, type TrustedKey, type TrustedKeys,
} from './keys';
export { TRUSTED_KEYS } from './trusted-keys';
export { commodityGroup, COMMODITY_GROUPS, COMMODITY_GROUP_LABELS, type CommodityGroup } from './commodity';
export { diffPacks, diffEntity, deepEqual, type PackDiff, type CollectionDiff, type FieldChange } from './diff';
export { packStats, type PackStats } from './stats';
export { haversineKm, lineLengthKm, greatCirclePoints } from './geo';
export { bytesToBase64, base64ToBytes } from './base64';
