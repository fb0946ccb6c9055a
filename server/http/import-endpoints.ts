// The import operations of the OpenAPI document: whether imports are on, an import job (start,
// poll), the recorded imports and undoing one (see README, "Importing datasets").
import type { Endpoint } from './endpoint';

/** The import endpoints, in the order the document lists them. */
export function importEndpoints(): Endpoint[] {
  return [
    {
      method: 'get',
      path: '/api/imports',
      summary: 'Whether imports are on',
      description:
        'Imports are on only when the server has an EDITOR_TOKEN; then `formats` lists what it reads.',
      response: 'ImportsInfo',
    },
    {
      method: 'post',
      path: '/api/imports',
      summary: 'Start an import',
      description:
        'Uploads files (multipart/form-data) and queues an import job; poll the job for progress. Needs the editor token (`Authorization: Bearer …`); 403 when imports are off. Files are validated completely before anything is written: a bad file writes nothing unless `skipBad` is set.',
      form: {
        format: 'The input format (one of GET /api/imports `formats`)',
        options: 'Format options as a JSON object (e.g. the edge-list column mapping)',
        'files[]': 'The files; the form field names the role of each (see the README)',
      },
      response: 'ImportJob',
      okStatus: '202',
      token: 'editor',
    },
    {
      method: 'get',
      path: '/api/imports/{job}',
      summary: 'An import job',
      description:
        'Its phase, progress counters, the first problems found and, once done, what it wrote.',
      pathParams: ['job'],
      response: 'ImportJob',
      token: 'editor',
    },
    {
      method: 'post',
      path: '/api/imports/{job}/undo',
      summary: 'Undo an import',
      description:
        'Removes the facts only the import (an app job or a CLI run, by its id) wrote, then the entities only it created and its sources; the record reads `undone`. No body. Needs the editor token; 409 while the import runs in this app.',
      pathParams: ['job'],
      response: 'ImportUndone',
      token: 'editor',
      errors: { '409': 'The import is still running in this app' },
    },
    {
      method: 'get',
      path: '/api/import-records',
      summary: 'Recorded imports',
      description:
        'Every import recorded in the database (CLI and app), newest first: dataset, files, their Source ids, start and end, rows written and status. An `interrupted` one left a partial dataset: import the same files again to complete it, or undo it.',
      response: 'ImportRecords',
    },
  ];
}
