// Read-only Cypher for analysts, guarded in layers (Neo4j Community has no roles: the app guards):
// 1. text rules: no LOAD CSV, USE, IN TRANSACTIONS, administration, or procedures off the list;
// 2. the query is planned with EXPLAIN and refused unless read-only, its plan checked again;
// 3. it runs in a read transaction (the server refuses writes) with a timeout and a row cap.
import neo4j from 'neo4j-driver';
import { InvalidInputError, QueryRefusedError } from '../errors';
import type { Neo4jGateway, Row } from '../neo4j/gateway';

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

const ADMIN =
  /^\s*(create|alter|drop|grant|deny|revoke|rename|start|stop|terminate|enable|deallocate|reallocate|dryrun)\b.*\b(user|role|database|alias|server|privilege|transactions?|composite)\b|^\s*show\s+(users?|roles?|privileges?|current\s+user|databases?|servers?|aliases?|transactions?|settings?)\b/i;

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

/** Why the text of a query is refused, or null when the text rules pass. */
export function textRuleViolation(query: string): string | null {
  const q = normaliseForRules(query);
  if (/\bload\s+csv\b/i.test(q)) return 'LOAD CSV is not allowed';
  if (/(^|[^.\w])use\s+[\w.]+/i.test(q)) return 'USE of another database is not allowed';
  if (/\bin\s+(\d+\s+)?(concurrent\s+)?transactions\b/i.test(q)) {
    return 'CALL { ... } IN TRANSACTIONS is not allowed';
  }
  if (ADMIN.test(q)) return 'administration commands are not allowed';
  if (/^\s*(explain|profile)\b/i.test(q))
    return 'EXPLAIN and PROFILE are added by the server itself';
  for (const m of q.matchAll(/\bcall\s+([A-Za-z_][\w.]*)/gi)) {
    const name = (m[1] ?? '').toLowerCase();
    if (!ALLOWED_PROCEDURES.has(name)) return `procedure ${m[1] ?? ''} is not on the allowed list`;
  }
  return null;
}

export interface AnalystResult {
  readonly columns: readonly string[];
  readonly rows: readonly Row[];
  readonly truncated: boolean;
}

const WRITE_OPERATORS =
  /create|merge|delete|set|remove|foreach|loadcsv|procedurecall|transactionforeach|transactionapply/i;

export async function runAnalystQuery(
  gateway: Neo4jGateway,
  query: string,
  params: Readonly<Record<string, unknown>>,
  limit: number,
  timeoutMs: number,
): Promise<AnalystResult> {
  const violation = textRuleViolation(query);
  if (violation)
    throw new QueryRefusedError(`Refused: ${violation}. Only read-only queries run here.`);
  const values = withIntegers(params) as Record<string, unknown>;
  let plan;
  try {
    plan = await gateway.explain(query, values);
  } catch (error) {
    throw clientFault(error, 'The query could not be planned');
  }
  if (plan.queryType !== 'r') {
    throw new QueryRefusedError(`Refused: the query would write (plan type "${plan.queryType}").`);
  }
  for (const op of plan.operators) {
    if (op.name.startsWith('ProcedureCall')) {
      const name = /([A-Za-z_][\w.]*)\s*\(/.exec(op.details)?.[1]?.toLowerCase() ?? '';
      if (!ALLOWED_PROCEDURES.has(name))
        throw new QueryRefusedError(
          `Refused: procedure ${name || '(unknown)'} is not on the allowed list.`,
        );
    } else if (WRITE_OPERATORS.test(op.name.replace(/@.*/, ''))) {
      throw new QueryRefusedError(`Refused: the plan contains ${op.name}.`);
    }
  }
  try {
    return await gateway.readCapped(query, values, limit, timeoutMs);
  } catch (error) {
    throw clientFault(error, 'The query failed');
  }
}

/** JSON has one number type; whole numbers go to Cypher as integers (LIMIT $n, ranges). */
export function withIntegers(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(withIntegers);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withIntegers(v)]));
  }
  return value;
}

/** Neo4j's client errors are the query's fault: 400 (statement) or 403 (security, other). */
function clientFault(error: unknown, what: string): unknown {
  const code = (error as { code?: unknown }).code;
  if (typeof code !== 'string' || !code.startsWith('Neo.ClientError')) return error;
  const message = (error as Error).message;
  if (/TransactionTimedOut/.test(code)) return error;
  if (
    code.startsWith('Neo.ClientError.Statement') ||
    code.startsWith('Neo.ClientError.Procedure')
  ) {
    return new InvalidInputError(`${what}: ${message}`, [{ path: 'body.query', message }]);
  }
  return new QueryRefusedError(`Refused: ${message}`);
}
