// Authoring: writes by named editors (requireEditor), each an append-only revision, and the
// history of a record with revert. Handlers validate, call the authoring service, answer.
import express, { Router, type Request } from 'express';
import { z } from 'zod';
import { createEntity, updateEntity } from '../authoring/entity-writes';
import { createFact, retractFact, updateFact } from '../authoring/fact-writes';
import { revertRevision } from '../authoring/revert';
import { listRevisions, seqOf } from '../authoring/revision-store';
import { createSource } from '../authoring/source-writes';
import type { Editors } from '../config';
import type { FactTypeLookup } from '../domain/fact-type-registry';
import {
  changeNote,
  entityInput,
  entityPatch,
  factInput,
  factPatch,
  revisionsQuery,
  sourceInput,
} from '../domain/wire/authoring';
import { InvalidInputError, NotFoundError } from '../errors';
import { readMergedFrom } from '../merging/redirects';
import { editorName, requireEditor } from '../http/editor-auth';
import { parseInput } from '../http/parse-input';
import { entityParams } from '../http/query-schemas';
import type { QueryRunner } from '../neo4j/query-runner';

const json = express.json({ limit: '256kb', type: () => true });
const revisionParams = z.strictObject({ revision: z.string().regex(/^rev-\d{1,15}$/) });

/**
 * The revision a change starts from: the body's `revision`, else `If-Match: "<n>"`; 400 naming
 * `revision` when neither is sent (`required`), undefined when optional and absent.
 */
function startRevision(
  req: Request,
  body: number | undefined,
  required: boolean,
): number | undefined {
  if (body !== undefined) return body;
  const header = req.get('if-match');
  if (header !== undefined) {
    const match = /^\s*(?:W\/)?"?(\d{1,15})"?\s*$/.exec(header);
    if (!match?.[1]) throw new InvalidInputError('If-Match must be "<revision>", e.g. "12"');
    return Number(match[1]);
  }
  if (!required) return undefined;
  throw new InvalidInputError(
    'Send the revision the change starts from: the body field `revision` or If-Match',
    [{ path: 'body.revision', message: 'required (or If-Match)' }],
  );
}

/** `/api/entities`, `/api/facts`, `/api/sources` writes and `/api/revisions`. */
export function authoringRoutes(
  gateway: QueryRunner,
  editors: Editors,
  factTypes: FactTypeLookup,
): Router {
  const router = Router();
  const editor = requireEditor(editors);
  router.get('/revisions', async (req, res) => {
    const query = parseInput(revisionsQuery, req.query, 'query');
    const [target, id] = query.entity
      ? (['entity', query.entity] as const)
      : query.fact
        ? (['fact', query.fact] as const)
        : (['source', query.source ?? ''] as const);
    const ids = target === 'entity' ? [id, ...(await readMergedFrom(gateway, id))] : [id];
    res.json({ revisions: await listRevisions(gateway, target, ids, query.limit ?? 100) });
  });
  router.post('/sources', editor, json, async (req, res) => {
    const { comment, ...input } = parseInput(sourceInput, req.body, 'body');
    res.status(201).json(await createSource(gateway, input, { editor: editorName(res), comment }));
  });
  router.post('/entities', editor, json, async (req, res) => {
    const input = parseInput(entityInput, req.body, 'body');
    const change = { editor: editorName(res), comment: input.comment };
    res.status(201).json(await createEntity(gateway, input, change));
  });
  router.patch('/entities/:id', editor, json, async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const patch = parseInput(entityPatch, req.body, 'body');
    const from = startRevision(req, patch.revision, true) ?? 0;
    const change = { editor: editorName(res), comment: patch.comment };
    res.json(await updateEntity(gateway, id, patch, from, change));
  });
  router.post('/facts', editor, json, async (req, res) => {
    const input = parseInput(factInput, req.body, 'body');
    const change = { editor: editorName(res), comment: input.comment };
    res.status(201).json(await createFact(gateway, input, factTypes, change));
  });
  router.patch('/facts/:id', editor, json, async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const patch = parseInput(factPatch, req.body, 'body');
    const from = startRevision(req, patch.revision, true) ?? 0;
    const change = { editor: editorName(res), comment: patch.comment };
    res.json(await updateFact(gateway, id, patch, from, factTypes, change));
  });
  router.delete('/facts/:id', editor, json, async (req, res) => {
    const { id } = parseInput(entityParams, req.params, 'path');
    const note = parseInput(changeNote, req.body ?? {}, 'body');
    const from = startRevision(req, note.revision, false);
    res.json(
      await retractFact(gateway, id, from, { editor: editorName(res), comment: note.comment }),
    );
  });
  router.post('/revisions/:revision/revert', editor, json, async (req, res) => {
    const { revision } = parseInput(revisionParams, req.params, 'path');
    const seq = seqOf(revision);
    if (seq === undefined) throw new NotFoundError(`No revision ${revision} (ids read rev-<n>)`);
    const note = parseInput(changeNote, req.body ?? {}, 'body');
    res.json(
      await revertRevision(gateway, seq, { editor: editorName(res), comment: note.comment }),
    );
  });
  return router;
}
