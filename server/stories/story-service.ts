// Stories in Neo4j: `(:Story)` nodes holding the draft (words and steps as JSON text), a revision
// counted up on every edit, and the publication that pins each step's data.
import { randomBytes } from 'node:crypto';
import type { EmbedPayload } from '../domain/embed-view';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import { hasChanges, readStepView, stepChanges } from '../domain/story-view';
import type {
  StoryDocument,
  StoryInput,
  StoryPublication,
  StoryStep,
  StoryStepChanges,
} from '../domain/wire/story';
import { readEmbedData } from '../embed/view-data';
import { ConflictError, InvalidInputError, NotFoundError } from '../errors';
import type { Row } from '../neo4j/gateway-types';
import type { QueryRunner } from '../neo4j/query-runner';
import { asText } from '../neo4j/to-plain';

/** A new story id: 128 random bits, base64url (22 characters). */
export function newStoryId(): string {
  return randomBytes(16).toString('base64url');
}

/**
 * Checks every step's view with the shared codec.
 * @throws InvalidInputError naming `body.steps.N.view` and the parameter for each problem.
 */
export function checkSteps(steps: readonly StoryStep[]): void {
  const details = steps.flatMap((s, i) =>
    readStepView(s.view).problems.map((p) => ({
      path: `body.steps.${i}.view`,
      message: `${p.param}: ${p.message}`,
    })),
  );
  if (details.length > 0) {
    throw new InvalidInputError(details.map((d) => `${d.path}: ${d.message}`).join('; '), details);
  }
}

function toDocument(row: Row): StoryDocument {
  const published = row.published;
  return {
    id: asText(row.id),
    title: asText(row.title),
    summary: asText(row.summary),
    author: asText(row.author),
    steps: JSON.parse(asText(row.steps)) as StoryStep[],
    revision: Number(row.revision),
    updatedAt: asText(row.updatedAt),
    ...(typeof published === 'string'
      ? { published: JSON.parse(published) as StoryPublication }
      : {}),
  };
}

const params = (id: string, input: StoryInput) => ({
  id,
  title: input.title,
  summary: input.summary,
  author: input.author,
  steps: JSON.stringify(input.steps),
});

/** Stores a new story (revision 1) and answers it. @throws InvalidInputError for a bad step. */
export async function createStory(gateway: QueryRunner, input: StoryInput): Promise<StoryDocument> {
  checkSteps(input.steps);
  const [row] = await gateway.run('story-create', params(newStoryId(), input));
  if (!row) throw new Error('Creating the story returned nothing');
  return toDocument(row);
}

/** A story by id. @throws NotFoundError when there is none. */
export async function readStory(gateway: QueryRunner, id: string): Promise<StoryDocument> {
  const [row] = await gateway.run('story-read', { id });
  if (!row) throw new NotFoundError(`No story with id "${id}"`);
  return toDocument(row);
}

/**
 * Replaces a story's draft. @throws NotFoundError (no story), ConflictError (stale `revision`:
 * someone saved since), InvalidInputError (a bad step).
 */
export async function updateStory(
  gateway: QueryRunner,
  id: string,
  input: StoryInput,
): Promise<StoryDocument> {
  checkSteps(input.steps);
  const [row] = await gateway.run('story-update', {
    ...params(id, input),
    revision: input.revision ?? null,
  });
  if (row) return toDocument(row);
  const stored = await readStory(gateway, id);
  throw new ConflictError(
    `The story was saved since revision ${input.revision ?? '?'} (it is at ${stored.revision}): reload it, then edit`,
  );
}

/**
 * Publishes the draft as it is: reads each step's data (subgraph, dated facts, sources) and pins
 * it in the story, so later edits of the graph do not change what readers see.
 * @throws NotFoundError, InvalidInputError (no steps, or a step too large to embed).
 */
export async function publishStory(
  gateway: QueryRunner,
  id: string,
  factTypes: FactTypeLookup,
): Promise<StoryDocument> {
  const draft = await readStory(gateway, id);
  if (draft.steps.length === 0) {
    throw new InvalidInputError('A story needs at least one step to be published', [
      { path: 'body.steps', message: 'has no step' },
    ]);
  }
  const data: EmbedPayload[] = [];
  for (const step of draft.steps) {
    data.push(await readEmbedData(gateway, readStepView(step.view).step.view, factTypes));
  }
  const published: StoryPublication = {
    at: new Date().toISOString(),
    title: draft.title,
    summary: draft.summary,
    author: draft.author,
    steps: draft.steps,
    data,
  };
  const [row] = await gateway.run('story-publish', {
    id,
    revision: draft.revision,
    published: JSON.stringify(published),
  });
  if (!row)
    throw new ConflictError('The story was saved while it was being published: publish again');
  return toDocument(row);
}

/** What each published step would show differently now (steps without changes left out). */
export async function changesSincePublished(
  gateway: QueryRunner,
  published: StoryPublication,
  factTypes: FactTypeLookup,
): Promise<StoryStepChanges[]> {
  const changes: StoryStepChanges[] = [];
  for (const [i, step] of published.steps.entries()) {
    const pinned = published.data[i];
    if (!pinned) continue;
    const current = await readEmbedData(gateway, readStepView(step.view).step.view, factTypes);
    const c = stepChanges(i, pinned, current);
    if (hasChanges(c)) changes.push(c);
  }
  return changes;
}

/** The story as a reader without the editor token sees it: the publication only. */
export function readerView(story: StoryDocument): StoryDocument {
  const p = story.published;
  if (!p) throw new NotFoundError(`No published story with id "${story.id}"`);
  return {
    id: story.id,
    title: p.title,
    summary: p.summary,
    author: p.author,
    steps: p.steps,
    revision: story.revision,
    updatedAt: p.at,
    published: p,
  };
}
