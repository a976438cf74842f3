// A quick yes for deposits that are plainly valid. A 100k-deposit pack spends most of its validation time in zod
// (which may not generate code under our CSP, so it interprets every schema node for every row); this walks a
// deposit once with plain code instead. It only ever says "valid, and zod would return it unchanged" or "ask zod":
// anything unusual (a field it does not know, text zod would trim, a date) goes to the zod schema, which stays the
// definition and words every problem. deposit-check.test.ts checks a yes is never given where zod says no.
import { COMMODITY_GROUPS, Deposit, ESTIMATE_CODES, Estimate, Owner } from './schema/entities';
import { COMMODITIES } from './schema/primitives';

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const COUNTRY = /^[A-Z]{2}$/;

const set = (values: readonly string[]) => new Set<string>(values);
const COMMODITY = set(COMMODITIES);
const GROUP = set(COMMODITY_GROUPS);
const STATUS = set(Deposit.shape.status.options);
const STRATEGIC = set(Deposit.shape.strategic.options);
const CONFIDENCE = set(Deposit.shape.confidence.options);
const ROLE = set(Owner.shape.role.unwrap().options);
const CLASSIFICATION = set(Estimate.shape.classification.options);
const CODE = set(ESTIMATE_CODES);

const NAME_KEYS = set(['en', 'mn', 'ko', 'ja', 'zh', 'ru', 'local']);
const TEXT_KEYS = set(['en', 'ko', 'mn']);

type Row = Record<string, unknown>;

function isRow(value: unknown): value is Row {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Non-empty and already trimmed (zod trims these, so untrimmed text must go through zod to be returned trimmed). */
function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0 && value.trim() === value;
}

const isId = (value: unknown) => typeof value === 'string' && ID.test(value);
const isCountry = (value: unknown) => typeof value === 'string' && COUNTRY.test(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isOneOf = (values: Set<string>) => (value: unknown) => typeof value === 'string' && values.has(value);
const isConfidence = isOneOf(CONFIDENCE);
const isCommodity = isOneOf(COMMODITY);
const isGroup = isOneOf(GROUP);
const isStatus = isOneOf(STATUS);
const isStrategic = isOneOf(STRATEGIC);
const isRole = isOneOf(ROLE);
const isClassification = isOneOf(CLASSIFICATION);
const isCode = isOneOf(CODE);

/** Values inside the deposit being checked, counted as validate.ts's bounds walk counts them (children of
 *  every object and list), so the pack's value limit holds without a second walk. */
let counted = 0;

function isList(value: unknown, item: (v: unknown) => boolean, min = 0): boolean {
  if (!Array.isArray(value) || value.length < min) return false;
  counted += value.length;
  for (let i = 0; i < value.length; i++) if (!(i in value) || !item(value[i])) return false;
  return true;
}

/** Every own key is known, every required key is there, and each value passes its check. */
function isShaped(value: unknown, required: readonly string[], known: (key: string, v: unknown) => boolean | undefined): boolean {
  if (!isRow(value)) return false;
  for (const key of required) if (!Object.hasOwn(value, key)) return false;
  const keys = Object.keys(value);
  counted += keys.length;
  for (const key of keys) if (known(key, value[key]) !== true) return false;
  return true;
}

function isTexts(value: unknown, keys: Set<string>): boolean {
  return isShaped(value, ['en'], (key, v) => keys.has(key) && isText(v));
}
const isName = (value: unknown) => isTexts(value, NAME_KEYS);
const isLocalText = (value: unknown) => isTexts(value, TEXT_KEYS);

function isLocation(value: unknown): boolean {
  return isShaped(value, ['lat', 'lon', 'precisionKm', 'confidence'], (key, v) => {
    switch (key) {
      case 'lat': return isNumber(v) && v >= -90 && v <= 90;
      case 'lon': return isNumber(v) && v >= -180 && v <= 180;
      case 'precisionKm': return isNumber(v) && v > 0 && v <= 1000;
      case 'confidence': return isConfidence(v);
      case 'note': return isLocalText(v);
    }
  });
}

function isOwner(value: unknown): boolean {
  return isShaped(value, ['name'], (key, v) => {
    switch (key) {
      case 'name': return isText(v);
      case 'share': return isNumber(v) && v >= 0 && v <= 100;
      case 'country': return isCountry(v);
      case 'role': return isRole(v);
      case 'confidence': return isConfidence(v);
    }
  });
}

function isQuantity(value: unknown): boolean {
  return isShaped(value, ['value', 'unit'], (key, v) => (key === 'value' ? isNumber(v) && v >= 0 : key === 'unit' ? isText(v) : undefined));
}

function isEstimate(value: unknown): boolean {
  const shaped = isShaped(value, ['id', 'category', 'classification', 'code', 'confidence', 'sourceIds'], (key, v) => {
    switch (key) {
      case 'id': return isId(v);
      case 'category': return isText(v);
      case 'classification': return isClassification(v);
      case 'code': return isCode(v);
      case 'tonnage':
      case 'grade':
      case 'contained': return isQuantity(v);
      case 'confidence': return isConfidence(v);
      case 'note': return isLocalText(v);
      case 'sourceIds': return isList(v, isId, 1);
      // `asOf` (a calendar date) is left to zod: estimates are few, and its date rule lives there.
    }
  });
  const e = value as Row;
  return shaped && (e.tonnage !== undefined || e.grade !== undefined || e.contained !== undefined);
}

function isCaveat(value: unknown): boolean {
  return isShaped(value, ['field', 'confidence', 'note'], (key, v) => {
    switch (key) {
      case 'field': return typeof v === 'string' && v.length > 0; // not trimmed by the schema
      case 'confidence': return isConfidence(v);
      case 'note': return isLocalText(v);
    }
  });
}

const REQUIRED = ['id', 'name', 'location', 'aimag', 'commodities', 'depositType', 'status', 'owners', 'partnerCountries', 'strategic', 'estimates', 'confidence', 'sourceIds'];

/** The number of values inside `value` (≥ 1) when zod's Deposit schema accepts it and returns it as it is;
 *  0 means "ask zod". */
export function plainDepositValues(value: unknown): number {
  counted = 0;
  return isDeposit(value) ? counted : 0;
}

function isDeposit(value: unknown): boolean {
  return isShaped(value, REQUIRED, (key, v) => {
    switch (key) {
      case 'id': return isId(v);
      case 'name': return isName(v);
      case 'location': return isLocation(v);
      case 'aimag':
      case 'depositType': return isText(v);
      case 'commodities': return isList(v, isCommodity, 1);
      case 'primaryGroup': return isGroup(v);
      case 'status': return isStatus(v);
      case 'owners': return isList(v, isOwner);
      case 'partnerCountries': return isList(v, isCountry);
      case 'strategic': return isStrategic(v);
      case 'estimates': return isList(v, isEstimate);
      case 'confidence': return isConfidence(v);
      case 'description': return isLocalText(v);
      case 'caveats': return isList(v, isCaveat);
      case 'sourceIds': return isList(v, isId, 1);
    }
  });
}
