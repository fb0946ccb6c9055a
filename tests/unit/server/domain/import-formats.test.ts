// The import formats' descriptions: one per format, fields and CLI flags unambiguous, so the CLI,
// the app's form and the import panel can be built from them alone.
import { describe, expect, it } from 'vitest';
import { IMPORT_FORMAT_INFO, importFormatInfo } from '../../../../server/domain/import-formats';

const COMMON_FLAGS = ['skip-bad', 'report', 'bad-tolerance', 'batch-size', 'dataset'];
const infos = Object.entries(IMPORT_FORMAT_INFO);

describe('import format descriptions', () => {
  it('are named by their key and found by name, unknown names not', () => {
    for (const [key, info] of infos) expect(info.name).toBe(key);
    expect(importFormatInfo('edges')?.title).toBe('Edge list CSV (columns mapped below)');
    expect(importFormatInfo('xml')).toBeUndefined();
    expect(importFormatInfo('toString')).toBeUndefined();
  });

  it.each(infos)(
    '%s: fields and flags are unique, one role takes the positional FILEs',
    (_, info) => {
      const fields = [...info.files, ...info.options].map((x) => x.field);
      expect(new Set(fields).size).toBe(fields.length);
      const flags = [
        ...info.files.flatMap((f) => (f.flag ? [f.flag] : [])),
        ...info.options.map((o) => o.flag),
      ];
      expect(new Set(flags).size).toBe(flags.length);
      for (const flag of flags) expect(COMMON_FLAGS).not.toContain(flag);
      expect(info.files.filter((f) => f.positional)).toHaveLength(1);
      expect(info.files.some((f) => f.required)).toBe(true);
      expect(info.dataset.length).toBeGreaterThan(0);
    },
  );

  it('a flag two formats share means the same kind of option in both', () => {
    const byFlag = new Map<string, string>();
    for (const [, info] of infos) {
      for (const o of info.options) {
        const kind = `${o.field}:${o.list === true}:${o.char === true}`;
        expect(byFlag.get(o.flag) ?? kind, o.flag).toBe(kind);
        byFlag.set(o.flag, kind);
      }
    }
  });
});
