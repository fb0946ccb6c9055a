// An entity as its form holds it, and what it sends: the new entity (POST) or only the fields
// that changed from the revision the form opened (PATCH). Pure.
import type { MissingField } from '../../../server/domain/citation-rules';
import type { Entity } from '../../../server/domain/model';
import { ENTITY_KINDS, isEntityKind } from '../../../server/domain/vocabulary';
import type { EntityInput, EntityPatch } from '../../../server/domain/wire/authoring';

/** The entity form's fields: aliases one per line. */
export interface EntityDraft {
  readonly kind: string;
  readonly name: string;
  readonly aliases: string;
  readonly summary: string;
  readonly comment: string;
}

/** The fields for `entity` (undefined: a new one, kind `Organization`). */
export function draftOfEntity(entity?: Entity): EntityDraft {
  return {
    kind: entity?.kind ?? ENTITY_KINDS[0],
    name: entity?.name ?? '',
    aliases: entity?.aliases.join('\n') ?? '',
    summary: entity?.summary ?? '',
    comment: '',
  };
}

/** The aliases written one per line: trimmed, empty lines and repeats left out. */
export function aliasesOf(text: string): string[] {
  return [...new Set(text.split(/\r?\n/).map((a) => a.trim()))].filter((a) => a !== '');
}

/** What the form lacks before it can be sent: a name, a kind from the allowlist. */
export function entityMissing(draft: EntityDraft): MissingField[] {
  const missing: MissingField[] = [];
  if (draft.name.trim() === '') missing.push({ path: 'name', message: 'Give the entity a name' });
  if (!isEntityKind(draft.kind)) missing.push({ path: 'kind', message: 'Pick a kind' });
  return missing;
}

const optionalText = (text: string): string | undefined =>
  text.trim() === '' ? undefined : text.trim();

/** The body of `POST /api/entities` (check `entityMissing` first). */
export function entityInputOf(draft: EntityDraft): EntityInput {
  const summary = optionalText(draft.summary);
  const comment = optionalText(draft.comment);
  return {
    kind: draft.kind as EntityInput['kind'],
    name: draft.name.trim(),
    aliases: aliasesOf(draft.aliases),
    ...(summary ? { summary } : {}),
    ...(comment ? { comment } : {}),
  };
}

/**
 * The body of `PATCH /api/entities/{id}`: the revision the form opened (0 for a loaded record)
 * and the fields that differ from it (an emptied summary is null: cleared); null when nothing
 * changed.
 */
export function entityPatchOf(opened: Entity, draft: EntityDraft): EntityPatch | null {
  const next = entityInputOf(draft);
  const changes: Record<string, unknown> = {};
  if (next.kind !== opened.kind) changes.kind = next.kind;
  if (next.name !== opened.name) changes.name = next.name;
  if (JSON.stringify(next.aliases) !== JSON.stringify(opened.aliases))
    changes.aliases = next.aliases;
  if ((next.summary ?? '') !== (opened.summary ?? '')) changes.summary = next.summary ?? null;
  if (Object.keys(changes).length === 0) return null;
  return {
    revision: opened.revision ?? 0,
    ...changes,
    ...(next.comment ? { comment: next.comment } : {}),
  };
}
