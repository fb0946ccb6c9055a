// One CSV of edges as an import format: the columns that hold each end, the type and the date
// are named; what describes the ends is mapped (see edge-mapping.ts).
import { IMPORT_FORMAT_INFO } from '../../domain/import-formats';
import { readEdgeList } from '../edge-list';
import type { EdgesRequest } from '../types';
import { defined, type ImportFormatDefinition, type InputProblem } from './definition';

/** An edge list: the ends and the type (a column, or one for all rows) are required. */
export const edgesFormat: ImportFormatDefinition<EdgesRequest> = {
  info: IMPORT_FORMAT_INFO.edges,
  check(input) {
    const problems: InputProblem[] = [];
    for (const field of ['source', 'target']) {
      if (input.text(field) === undefined) {
        problems.push({
          field,
          message: 'names a column and is required',
          cli: 'edges needs --source COLUMN and --target COLUMN',
        });
      }
    }
    if (input.text('type') === undefined && input.text('typeColumn') === undefined) {
      problems.push({
        field: 'type',
        message: 'give a type column or one type for all rows',
        cli: 'edges needs either --type TYPE or --type-column COLUMN',
      });
    }
    return problems;
  },
  request: (input) => ({
    format: 'edges',
    file: input.files('edges')[0] ?? '',
    source: input.text('source') ?? '',
    target: input.text('target') ?? '',
    ...defined({
      type: input.text('type'),
      typeColumn: input.text('typeColumn'),
      date: input.text('date'),
      delimiter: input.text('delimiter'),
      sourceName: input.text('sourceName'),
      targetName: input.text('targetName'),
      sourceKind: input.text('sourceKind'),
      targetKind: input.text('targetKind'),
      sourceAttributes: input.list('sourceAttributes'),
      targetAttributes: input.list('targetAttributes'),
      ignore: input.list('ignore'),
    }),
  }),
  async prepare(request, context) {
    await context.add([request.file], 'facts');
    return {
      duplicatesAllowed: false,
      read: (file, onBytes) => readEdgeList(file, request, onBytes),
    };
  },
};
