// FollowTheMoney entities as JSON lines (Aleph, OpenSanctions) as an import format; fragments
// of one entity may come in several records, so an id may be defined twice.
import { IMPORT_FORMAT_INFO } from '../../domain/import-formats';
import { readFtm } from '../ftm';
import type { FtmRequest } from '../types';
import type { ImportFormatDefinition } from './definition';

/** FtM entities: fragments merge, so duplicates are allowed. */
export const ftmFormat: ImportFormatDefinition<FtmRequest> = {
  info: IMPORT_FORMAT_INFO.ftm,
  request: (input) => ({ format: 'ftm', entities: [...input.files('entities')] }),
  async prepare(request, context) {
    await context.add(request.entities, 'mixed');
    return { duplicatesAllowed: true, read: readFtm };
  },
};
