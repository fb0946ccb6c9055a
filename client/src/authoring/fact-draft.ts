// A fact as its form holds it (type, ends, time with precision and wording, attributes, claim
// key, the citations kept and one to add) and what it sends: the new source first, when the
// citation names one, then the fact (POST) or only what changed (PATCH). Pure: what is missing
// is said before anything is sent, by the rule the server enforces (citation-rules.ts).
import { missingCitationFields, type MissingField } from '../../../server/domain/citation-rules';
import type { Citation, Fact } from '../../../server/domain/model';
import type { FactTime } from '../../../server/domain/time';
import type { FactInput, FactPatch, SourceInput } from '../../../server/domain/wire/authoring';
import { pointOf, type PointDraft } from './time-draft';

/** The citation to add: an existing source by id, or a new one; and the words that state it. */
export interface CitationDraft {
  readonly mode: 'existing' | 'new';
  readonly source: string;
  readonly title: string;
  readonly publisher: string;
  readonly url: string;
  readonly published: string;
  readonly span: string;
}

/** The fact form's fields; attributes one `key: value` per line. */
export interface FactDraft {
  readonly type: string;
  readonly subject: string;
  readonly object: string;
  readonly at: PointDraft;
  readonly start: PointDraft;
  readonly end: PointDraft;
  readonly attributes: string;
  readonly claim: string;
  /** The citations the fact has and keeps (editing); none for a new fact. */
  readonly kept: readonly Citation[];
  readonly citation: CitationDraft;
  readonly comment: string;
}

/** What a save sends: the source to create first (if any), then the fact. */
export interface FactPlan {
  readonly newSource?: SourceInput;
  /** The fact's fields; a new source's citation has `source: ''` until it is created. */
  readonly fact: Omit<FactInput, 'comment'>;
  readonly comment?: string;
  readonly missing: readonly MissingField[];
}

/** The attributes written `key: value`, one per line; numbers and true/false read as such. */
export function attributesOf(text: string): {
  readonly attributes: Record<string, string | number | boolean>;
  readonly missing: MissingField[];
} {
  const attributes: Record<string, string | number | boolean> = {};
  const missing: MissingField[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (line.trim() === '') return;
    const at = line.indexOf(':');
    const key = at > 0 ? line.slice(0, at).trim() : '';
    const value = at > 0 ? line.slice(at + 1).trim() : '';
    if (key === '' || value === '') {
      missing.push({ path: 'attributes', message: `Line ${i + 1}: write key: value` });
      return;
    }
    attributes[key] = /^-?\d+(\.\d+)?$/.test(value)
      ? Number(value)
      : value === 'true' || value === 'false'
        ? value === 'true'
        : value;
  });
  return { attributes, missing };
}

/** The attributes as the form writes them. */
export function attributesText(attributes: Readonly<Record<string, unknown>>): string {
  return Object.entries(attributes)
    .map(([k, v]) => `${k}: ${Array.isArray(v) ? v.join(', ') : String(v)}`)
    .join('\n');
}

const NEW_SOURCE_FIELDS = ['title', 'publisher', 'published'] as const;

function newSourceOf(c: CitationDraft): { source?: SourceInput; missing: MissingField[] } {
  const missing: MissingField[] = NEW_SOURCE_FIELDS.filter((f) => c[f].trim() === '').map((f) => ({
    path: `newSource.${f}`,
    message: `The new source needs its ${f === 'published' ? 'publication date' : f}`,
  }));
  const published = c.published.trim();
  if (published !== '' && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(published)) {
    missing.push({
      path: 'newSource.published',
      message: 'Write the publication date as 2016, 2016-06 or 2016-06-20',
    });
  }
  const url = c.url.trim();
  if (url !== '' && !/^https?:\/\/\S+$/i.test(url)) {
    missing.push({ path: 'newSource.url', message: 'The address starts with http:// or https://' });
  }
  if (missing.length > 0) return { missing };
  return {
    source: {
      kind: 'news-article',
      title: c.title.trim(),
      publisher: c.publisher.trim(),
      published,
      ...(url ? { url } : {}),
    },
    missing,
  };
}

/** True when the citation draft names no source at all (neither picked nor any new field). */
function empty(c: CitationDraft): boolean {
  if (c.mode === 'existing') return c.source.trim() === '';
  return [c.title, c.publisher, c.url, c.published].every((v) => v.trim() === '');
}

/** The fact's time from the points its shape uses (an event: `at`; a state: start and end). */
function timeOf(
  draft: FactDraft,
  shape: 'event' | 'state',
): { time: FactTime; missing: MissingField[] } {
  const names = shape === 'event' ? (['at'] as const) : (['start', 'end'] as const);
  const time: Record<string, unknown> = {};
  const missing: MissingField[] = [];
  for (const name of names) {
    const made = pointOf(draft[name], `time.${name}`);
    if (made.point) time[name] = made.point;
    missing.push(...made.missing);
  }
  return { time: time, missing };
}

/**
 * What a save of `draft` sends, and what it lacks: type, both ends (two different entities),
 * a well-formed time, and at least one citation (kept, or the one added: an existing source or
 * a new one's title, publisher and date; a statement's quoted span).
 */
export function factPlanOf(draft: FactDraft, shape: 'event' | 'state'): FactPlan {
  const missing: MissingField[] = [];
  if (draft.type.trim() === '') missing.push({ path: 'type', message: 'Pick the type of fact' });
  if (draft.subject === '')
    missing.push({ path: 'subject', message: 'Pick who or what the fact is about (subject)' });
  if (draft.object === '')
    missing.push({ path: 'object', message: 'Pick the other entity (object)' });
  if (draft.subject !== '' && draft.subject === draft.object)
    missing.push({ path: 'object', message: 'A fact links two different entities' });
  const { time, missing: timeMissing } = timeOf(draft, shape);
  const { attributes, missing: attributeMissing } = attributesOf(draft.attributes);
  missing.push(...timeMissing, ...attributeMissing);
  const c = draft.citation;
  const span = c.span.trim();
  let newSource: SourceInput | undefined;
  const sources: Citation[] = [...draft.kept];
  if (!empty(c)) {
    if (c.mode === 'new') {
      const made = newSourceOf(c);
      newSource = made.source;
      missing.push(...made.missing);
    }
    sources.push({
      source: c.mode === 'new' ? 'new' : c.source,
      ...(span ? { span: { text: span } } : {}),
    });
  }
  missing.push(...missingCitationFields(draft.type, sources));
  const claim = draft.claim.trim();
  const comment = draft.comment.trim();
  return {
    ...(newSource ? { newSource } : {}),
    fact: {
      type: draft.type,
      subject: draft.subject,
      object: draft.object,
      time,
      attributes,
      ...(claim ? { claim } : {}),
      sources: sources.map((s) =>
        c.mode === 'new' && s.source === 'new' ? { ...s, source: '' } : s,
      ),
    },
    ...(comment ? { comment } : {}),
    missing,
  };
}

/** The plan's fact with the new source's id in its citation. */
export function withNewSource(fact: FactPlan['fact'], sourceId: string): FactPlan['fact'] {
  return {
    ...fact,
    sources: (fact.sources ?? []).map((s) => (s.source === '' ? { ...s, source: sourceId } : s)),
  };
}

/**
 * The body of `PATCH /api/facts/{id}`: the revision the form opened (0 for a loaded fact) and
 * the fields of `next` that differ from `opened` (an emptied claim is null: cleared); null
 * when nothing changed.
 */
export function factPatchOf(
  opened: Fact,
  next: FactPlan['fact'],
  comment?: string,
): FactPatch | null {
  const changes: Record<string, unknown> = {};
  for (const field of ['type', 'subject', 'object', 'time', 'attributes', 'sources'] as const) {
    if (JSON.stringify(next[field] ?? {}) !== JSON.stringify(opened[field]))
      changes[field] = next[field];
  }
  if ((next.claim ?? '') !== (opened.claim ?? '')) changes.claim = next.claim ?? null;
  if (Object.keys(changes).length === 0) return null;
  return {
    revision: opened.revision ?? 0,
    ...changes,
    ...(comment ? { comment } : {}),
  };
}
