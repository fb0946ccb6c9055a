// Text rules for analyst Cypher: the fast first filter. The plan check (analyst-plan.ts) is the
// authority; these rules refuse the obvious early and keep Neo4j's parser away from input that
// hurts it (deep nesting, Unicode escapes that the parser decodes before it reads keywords).
import { InvalidInputError, QueryRefusedError } from '../errors';

/** Procedures an analyst may CALL: read-only, on the database's own schema and indexes. */
export const ALLOWED_PROCEDURES = new Set([
  'db.labels',
  'db.relationshiptypes',
  'db.propertykeys',
  'db.schema.visualization',
  'db.schema.nodetypeproperties',
  'db.schema.reltypeproperties',
  'db.index.fulltext.querynodes',
  'db.index.fulltext.queryrelationships',
]);

/** Deepest nesting of brackets and CASE … END the server sends on (Neo4j's parser fails at ~400). */
export const MAX_NESTING = 64;

/** Longest run of prefix operators (NOT, -, +): each is one more level in the parser too. */
export const MAX_PREFIX_RUN = 64;

/** Most operators in one query: a long chain (1+1+…, 3,000 terms) stalls Neo4j's planner too. */
export const MAX_OPERATORS = 500;

/** Pre-parser options an analyst may give: the Cypher version and the runtime. */
const ALLOWED_OPTIONS: Readonly<Record<string, readonly string[]>> = {
  runtime: ['slotted', 'pipelined', 'interpreted'],
  planner: ['cost'],
};
const ALLOWED_VERSIONS = new Set(['5']);

const ADMIN =
  /^\s*(create|alter|drop|grant|deny|revoke|rename|start|stop|terminate|enable|deallocate|reallocate|dryrun)\b.*\b(user|role|database|alias|server|privilege|transactions?|composite)\b|^\s*show\b|\bterminate\s+transactions?\b|\bshow\s+(\w+\s+)*transactions?\b/i;

/**
 * The query as the rules read it: comments and string contents blanked, backticks removed,
 * so that neither can hide or fake a keyword.
 */
export function normaliseForRules(query: string): string {
  return query
    .replace(/\/\*[\s\S]*?\*\//g, ' ')
    .replace(/\/\/[^\n]*/g, ' ')
    .replace(/'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/g, "''")
    .replace(/`/g, '')
    .replace(/\s+/g, ' ');
}

/** A query split into its pre-parser options (`CYPHER 5`, `runtime=slotted`, …) and its body. */
export interface Preamble {
  /** The options in order, upper-cased keywords and `key=value` pairs as written. */
  readonly options: readonly string[];
  /** The statement after the options, comments before it removed. */
  readonly body: string;
}

const SPACE = /^(?:\s+|\/\/[^\n]*(?:\n|$)|\/\*[\s\S]*?\*\/)*/;

/** Splits off every pre-parser option (Neo4j reads them in any order before the statement). */
export function splitPreamble(query: string): Preamble {
  const options: string[] = [];
  let rest = query.replace(SPACE, '');
  for (;;) {
    const keyword = /^(explain|profile|cypher)\b/i.exec(rest);
    if (keyword) {
      options.push((keyword[1] ?? '').toUpperCase());
      rest = rest.slice(keyword[0].length).replace(SPACE, '');
      continue;
    }
    if (options.includes('CYPHER')) {
      const option = /^(?:(\d+(?:\.\d+)?)\b|([A-Za-z_]\w*)\s*=\s*([\w.]+))/.exec(rest);
      if (option) {
        options.push(option[1] ?? `${option[2] ?? ''}=${option[3] ?? ''}`);
        rest = rest.slice(option[0].length).replace(SPACE, '');
        continue;
      }
    }
    return { options, body: rest };
  }
}

/** The options as the server sends them again in front of the checked body. */
export function preambleText(options: readonly string[]): string {
  return options.length === 0 ? '' : `${options.join(' ')} `;
}

/** Why a pre-parser option is refused, or null when all are allowed. */
function optionViolation(options: readonly string[]): string | null {
  for (const option of options) {
    if (option === 'EXPLAIN' || option === 'PROFILE') {
      return 'EXPLAIN and PROFILE are added by the server itself';
    }
    if (option === 'CYPHER') continue;
    if (ALLOWED_VERSIONS.has(option)) continue;
    const [key = '', value = ''] = option.split('=');
    if (!ALLOWED_OPTIONS[key.toLowerCase()]?.includes(value.toLowerCase())) {
      return `the pre-parser option "${option}" is not allowed (allowed: CYPHER 5, runtime=slotted|pipelined|interpreted)`;
    }
  }
  return null;
}

/** Why the text of a statement (options already split off) is refused, or null. */
export function textRuleViolation(query: string): string | null {
  if (/\\u/i.test(query)) {
    return 'Unicode escapes (\\u…) are not allowed in the query text: write the character itself or pass it as a parameter';
  }
  const { options, body } = splitPreamble(query);
  const optionProblem = optionViolation(options);
  if (optionProblem) return optionProblem;
  const q = normaliseForRules(body);
  if (/\bload\s+csv\b/i.test(q)) return 'LOAD CSV is not allowed';
  if (/(^|[^.\w])use\s+[\w.]+/i.test(q)) return 'USE of another database is not allowed';
  if (/\bin\s+(\d+\s+)?(concurrent\s+)?transactions\b/i.test(q)) {
    return 'CALL { ... } IN TRANSACTIONS is not allowed';
  }
  if (ADMIN.test(q)) return 'administration commands are not allowed';
  for (const m of q.matchAll(/\bcall\s+([A-Za-z_][\w.]*)/gi)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) return `procedure ${m[1] ?? ''} is not on the allowed list`;
  }
  return null;
}

/** The deepest nesting of (, [, { and CASE … END in a normalised query. */
export function nestingDepth(normalised: string): number {
  let depth = 0;
  let deepest = 0;
  for (const m of normalised.matchAll(/[([{]|[)\]}]|\bcase\b|\bend\b/gi)) {
    const token = m[0];
    if (token === ')' || token === ']' || token === '}' || /^end$/i.test(token)) depth -= 1;
    else depth += 1;
    if (depth > deepest) deepest = depth;
  }
  return deepest;
}

/**
 * Applies the text rules: throws QueryRefusedError (403) for what is never allowed and
 * InvalidInputError (400) for nesting beyond MAX_NESTING or MAX_PREFIX_RUN; returns the
 * statement to plan, with its allowed options in front.
 */
export function checkQueryText(query: string): string {
  const violation = textRuleViolation(query);
  if (violation) {
    throw new QueryRefusedError(`Refused: ${violation}. Only read-only queries run here.`);
  }
  const { options, body } = splitPreamble(query);
  const normalised = normaliseForRules(body);
  const depth = nestingDepth(normalised);
  const prefixRun = new RegExp(`(?:\\bnot\\b\\s*|[-+]\\s*){${MAX_PREFIX_RUN + 1}}`, 'i');
  if (depth > MAX_NESTING || prefixRun.test(normalised)) {
    const message = `nesting deeper than ${MAX_NESTING} levels (brackets, CASE, or a run of more than ${MAX_PREFIX_RUN} NOT/-/+) is not accepted`;
    throw new InvalidInputError(`The query is too deeply nested: ${message}`, [
      { path: 'body.query', message },
    ]);
  }
  const operators = normalised.match(/[-+*/%^=<>]|\b(?:and|or|xor)\b/gi)?.length ?? 0;
  if (operators > MAX_OPERATORS) {
    const message = `more than ${MAX_OPERATORS} operators in one query is not accepted (found ${operators})`;
    throw new InvalidInputError(`The query is too long an expression: ${message}`, [
      { path: 'body.query', message },
    ]);
  }
  return `${preambleText(options)}${body}`;
}
