// FollowTheMoney entity streams (JSON lines, as Aleph and OpenSanctions export them): things
// become entities, interval schemata (Payment, Ownership, ...) become dated facts.
import type { AttributeValue } from '../domain/model';
import { OWN_KEYS } from '../domain/fact-record';
import type { FactTime, TimePoint } from '../domain/time';
import { entityId } from './ids';
import { ftmKind } from './kinds';
import { readLines } from './line-reader';
import { ADDRESS_LINK, DATE_PROPERTIES, FTM_LINKS, NAME_PROPERTIES } from './ftm-schemata';
import type { ByteCounter, FactDraft, InputFile, ReadItem } from './types';
import { timePointOf } from './values';

type Properties = Readonly<Record<string, readonly string[]>>;

interface FtmEntity {
  readonly id: string;
  readonly schema: string;
  readonly properties: Properties;
}

class LineProblem extends Error {
  constructor(
    readonly field: string,
    message: string,
    readonly scope: 'record' | 'entity' | 'fact' = 'record',
  ) {
    super(message);
  }
}

/** Column of a property's key on the line, so a problem points at it. */
function columnOf(text: string, field: string): number {
  const key =
    field
      .split(/[.[]/)
      .filter((p) => p !== '' && !/^\d+\]$/.test(p))
      .pop() ?? '';
  const at = text.indexOf(`"${key}"`);
  return at >= 0 ? at + 1 : 1;
}

function jsonColumn(error: unknown): number {
  const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
  return position === undefined ? 1 : Number(position) + 1;
}

/** Checks a parsed line's shape: `{id, schema, properties: {name: [text, ...]}}`. */
export function ftmEntityOf(value: unknown): FtmEntity {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new LineProblem('line', 'must be a JSON object with id, schema and properties');
  }
  const { id, schema, properties } = value as Record<string, unknown>;
  if (typeof id !== 'string' || id.trim() === '')
    throw new LineProblem('id', 'must be a non-empty text');
  if (typeof schema !== 'string' || !/^[A-Z][A-Za-z]*$/.test(schema)) {
    throw new LineProblem('schema', 'must be a schema name such as "Person" or "Payment"');
  }
  const props: unknown = properties ?? {};
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw new LineProblem('properties', 'must be an object of lists of texts');
  }
  for (const [name, values] of Object.entries(props)) {
    if (!Array.isArray(values) || !values.every((v) => typeof v === 'string')) {
      throw new LineProblem(`properties.${name}`, 'must be a list of texts');
    }
  }
  return { id, schema, properties: props as Properties };
}

function attributeOf(name: string, values: readonly string[]): AttributeValue {
  if (/^amount/.test(name) && values.length === 1 && /^-?\d+(\.\d+)?$/.test(values[0] ?? '')) {
    return Number(values[0]);
  }
  return values.length === 1 ? (values[0] ?? '') : [...values];
}

function pointOf(props: Properties, name: string): TimePoint | undefined {
  const value = props[name]?.[0];
  if (value === undefined || value.trim() === '') return undefined;
  const point = timePointOf(value);
  if (typeof point === 'string') throw new LineProblem(`properties.${name}[0]`, point, 'fact');
  return point;
}

function linkTime(props: Properties, shape: 'event' | 'state'): FactTime {
  const date = pointOf(props, 'date');
  const start = pointOf(props, 'startDate');
  const end = pointOf(props, 'endDate');
  if (shape === 'event') {
    const at = date ?? start;
    return at ? { at } : {};
  }
  const from = start ?? date;
  return { ...(from ? { start: from } : {}), ...(end ? { end } : {}) };
}

function idOf(raw: string, field: string, scope: 'entity' | 'fact'): string {
  if (raw.trim() === '') throw new LineProblem(field, 'is empty', scope);
  return entityId(raw.trim()).id;
}

/** The facts an interval entity makes: one per subject and object it names. */
function linkFacts(entity: FtmEntity): FactDraft[] {
  const link = FTM_LINKS[entity.schema];
  if (!link) return [];
  const froms = entity.properties[link.from] ?? [];
  const tos = entity.properties[link.to] ?? [];
  if (froms.length === 0) throw new LineProblem(`properties.${link.from}`, 'is missing', 'fact');
  if (tos.length === 0) throw new LineProblem(`properties.${link.to}`, 'is missing', 'fact');
  const time = linkTime(entity.properties, link.type.shape);
  const attributes: Record<string, AttributeValue> = { ftmSchema: entity.schema, ftmId: entity.id };
  for (const [name, values] of Object.entries(entity.properties)) {
    if (name === link.from || name === link.to || values.length === 0) continue;
    if ((DATE_PROPERTIES as readonly string[]).includes(name)) continue;
    attributes[OWN_KEYS.has(name) ? `ftm_${name}` : name] = attributeOf(name, values);
  }
  const many = froms.length * tos.length > 1;
  return froms.flatMap((from, i) =>
    tos.map((to, j) => {
      const subject = idOf(from, `properties.${link.from}[${i}]`, 'fact');
      const object = idOf(to, `properties.${link.to}[${j}]`, 'fact');
      return {
        type: link.type,
        subject,
        object,
        time,
        attributes,
        key: many ? `${entity.id}:${i}:${j}` : entity.id,
        needsEnds: true,
        implied: [],
        endFields: [`properties.${link.from}[${i}]`, `properties.${link.to}[${j}]`],
      } satisfies FactDraft;
    }),
  );
}

/** The items a line makes: a thing (and its address facts), or an interval's facts. */
export function ftmItems(text: string, line: number, file: string): ReadItem[] {
  if (text.trim() === '') return [];
  const problem = (error: LineProblem, column: number): ReadItem => ({
    kind: 'problem',
    line,
    scope: error.scope,
    problem: { file, line, column, field: error.field, message: error.message },
  });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return [problem(new LineProblem('line', 'is not valid JSON'), jsonColumn(error))];
  }
  try {
    const entity = ftmEntityOf(value);
    if (FTM_LINKS[entity.schema]) {
      try {
        return linkFacts(entity).map((fact) => ({ kind: 'fact', line, fact }));
      } catch (error) {
        if (error instanceof LineProblem) return [problem(error, columnOf(text, error.field))];
        throw error;
      }
    }
    return thingItems(entity, text, line, file);
  } catch (error) {
    if (error instanceof LineProblem) return [problem(error, columnOf(text, error.field))];
    throw error;
  }
}

function thingItems(entity: FtmEntity, text: string, line: number, file: string): ReadItem[] {
  const props = entity.properties;
  const names = NAME_PROPERTIES.flatMap((p) => props[p] ?? []).filter((n) => n.trim() !== '');
  const { id, originalId } = entityId(entity.id);
  const extra: Record<string, AttributeValue> = { ftmSchema: entity.schema };
  for (const [name, values] of Object.entries(props)) {
    if ((NAME_PROPERTIES as readonly string[]).includes(name) || name === 'addressEntity') continue;
    if (values.length > 0) extra[`ftm_${name}`] = attributeOf(name, values);
  }
  const countries = props.country ?? [];
  const items: ReadItem[] = [
    {
      kind: 'entity',
      line,
      entity: {
        id,
        kind: ftmKind(entity.schema),
        name: names[0] ?? entity.id,
        aliases: [...new Set(names.slice(1))],
        summary: [entity.schema, ...countries].join(', '),
        sourceType: entity.schema,
        ...(originalId !== undefined ? { originalId } : {}),
        extra,
      },
    },
  ];
  for (const [i, address] of (props.addressEntity ?? []).entries()) {
    const field = `properties.addressEntity[${i}]`;
    if (address.trim() === '') {
      items.push({
        kind: 'problem',
        line,
        scope: 'fact',
        problem: { file, line, column: columnOf(text, field), field, message: 'is empty' },
      });
      continue;
    }
    items.push({
      kind: 'fact',
      line,
      fact: {
        type: ADDRESS_LINK,
        subject: id,
        object: entityId(address).id,
        time: {},
        attributes: {},
        key: `${entity.id}:address:${address}`,
        needsEnds: true,
        implied: [],
        endFields: ['id', field],
      },
    });
  }
  return items;
}

/** Reads an FtM stream line by line. */
export async function* readFtm(file: InputFile, onBytes: ByteCounter): AsyncGenerator<ReadItem> {
  for await (const line of readLines(file.path, onBytes)) {
    yield* ftmItems(line.text, line.number, file.label);
  }
}
