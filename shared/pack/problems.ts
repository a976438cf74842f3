// Plain-English validation problems with JSON paths, built from zod issues.
import type { z } from 'zod';

/** One thing wrong with a pack: where (`deposits[12].location.lat`) and what, in plain English. */
export interface Problem {
  path: string;
  message: string;
}

export type PathSegment = string | number;

export function formatPath(path: readonly PathSegment[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(seg)) out += out === '' ? seg : `.${seg}`;
    else out += `[${JSON.stringify(seg)}]`;
  }
  return out === '' ? '(pack)' : out;
}

/** "deposits[12].location.lat: 95 is not a latitude (−90…90)" */
export function problemToString(problem: Problem): string {
  return `${problem.path}: ${problem.message}`;
}

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  switch (typeof value) {
    case 'string':
      return `the text ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'number':
    case 'boolean':
      return `${typeof value} ${String(value)}`;
    case 'object':
      return 'an object';
    default:
      return typeof value;
  }
}

const TYPE_WORDS: Record<string, string> = {
  string: 'text', number: 'a number', int: 'a whole number', boolean: 'true or false', array: 'a list',
  object: 'an object', tuple: 'a [longitude, latitude] pair',
};

/** Per-parse zod error map: used where a schema has no message of its own. */
export function issueMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return 'is required';
      return `expected ${TYPE_WORDS[issue.expected] ?? issue.expected}, got ${describeValue(issue.input)}`;
    case 'invalid_value':
      return `${describeValue(issue.input)} is not allowed; use one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'too_small':
      if (issue.origin === 'array') return `needs at least ${String(issue.minimum)} item(s)`;
      if (issue.origin === 'string') return 'must not be empty';
      return `${String(issue.input)} is too small (must be ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)})`;
    case 'too_big':
      if (issue.origin === 'array') return `has more than ${String(issue.maximum)} item(s)`;
      return `${String(issue.input)} is too large (must be ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)})`;
    case 'invalid_format':
      return `${describeValue(issue.input)} is not a valid ${issue.format}`;
    case 'invalid_union':
      return `${describeValue(issue.input)} does not match any allowed shape`;
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}`;
    default:
      return issue.message ?? 'is not valid';
  }
}

/** Turns zod issues into problems; an unknown-keys issue becomes one problem per field. */
export function problemsFromIssues(issues: readonly z.core.$ZodIssue[]): Problem[] {
  const out: Problem[] = [];
  for (const issue of issues) {
    const path = issue.path.filter((p): p is PathSegment => typeof p !== 'symbol');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) out.push({ path: formatPath([...path, key]), message: 'unknown field' });
    } else {
      out.push({ path: formatPath(path), message: issue.message });
    }
  }
  return out;
}
