import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../../server/load/problems';
import { validateFiles } from '../../../../server/load/validate';
import { asText, largeFile, smallFile } from '../../../support/fact-files';

function problemsOf(text: string, name = 'in.json'): readonly Problem[] {
  const result = validateFiles([{ name, text }]);
  if (result.ok) throw new Error('expected problems');
  return result.problems;
}

/** The 1-based line on which `needle` first appears in `text`. */
const lineOf = (text: string, needle: string): number =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('validateFiles', () => {
  it('accepts a valid file', () => {
    const result = validateFiles([{ name: 'ok.json', text: asText(smallFile()) }]);
    expect(result.ok).toBe(true);
  });

  it('reads the earlier kind name Organisation as Organization', () => {
    const file = smallFile();
    file.entities[2] = { id: 'guild', kind: 'Organisation', name: 'The Guild', aliases: [] };
    const result = validateFiles([{ name: 'old.json', text: asText(file) }]);
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    expect(result.files[0]?.data.entities.map((e) => e.kind)).toEqual([
      'Publication',
      'Company',
      'Organization',
    ]);
  });

  it('reports malformed JSON with its line and column', () => {
    const text = '{\n  "type": "brand-graph/facts",\n  "version": 1,,\n}\n';
    const [problem] = problemsOf(text, 'bad.json');
    expect(problem).toMatchObject({ file: 'bad.json', line: 3, path: '$' });
    expect(problem?.message).toMatch(/malformed JSON/);
  });

  it('reports an unknown entity reference at the field that names it', () => {
    const file = smallFile();
    file.facts[0] = { ...file.facts[0], object: 'nobody' };
    const text = asText(file);
    const problems = problemsOf(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      path: '$.facts[0].object',
      line: lineOf(text, '"nobody"'),
      message: 'unknown entity "nobody"',
    });
  });

  it('reports unknown sources, publishers, speakers and vias', () => {
    const file = smallFile();
    file.sources[0] = { ...file.sources[0], publisher: 'ghost-paper' };
    file.facts[0] = {
      ...file.facts[0],
      sources: [{ source: 'no-such-source', via: 'ghost', quote: { text: 'hi', speaker: 'mute' } }],
    };
    const paths = problemsOf(asText(file)).map((p) => p.path);
    expect(paths).toEqual([
      '$.sources[0].publisher',
      '$.facts[0].sources[0].source',
      '$.facts[0].sources[0].via',
      '$.facts[0].sources[0].quote.speaker',
    ]);
  });

  it.each(['javascript:alert(document.cookie)', 'data:text/html,<script>alert(1)</script>'])(
    'refuses a source url that is not http(s): %s',
    (url) => {
      const file = smallFile();
      file.sources[0] = { ...file.sources[0], url };
      expect(problemsOf(asText(file))).toEqual([
        expect.objectContaining({ path: '$.sources[0].url', message: 'must be an http(s) URL' }),
      ]);
    },
  );

  it('refuses wrong date formats and precision that does not match the date', () => {
    const file = smallFile();
    file.facts[0] = { ...file.facts[0], time: { at: { date: '13/04/2016', precision: 'day' } } };
    file.facts.push({
      ...file.facts[0],
      id: 'f-2',
      time: { at: { date: '2016-04', precision: 'day' } },
    });
    file.facts.push({
      ...file.facts[0],
      id: 'f-3',
      time: { at: { date: '2016-04', precision: 'approximate' } },
    });
    const problems = problemsOf(asText(file));
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.facts[0].time.at.date', 'must be an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'],
      ['$.facts[1].time.at.date', 'is written at month precision but precision says "day"'],
      ['$.facts[2].time.at.earliest', 'is required with precision "approximate"'],
    ]);
  });

  it('refuses an event with a start and a state with an at', () => {
    const file = smallFile();
    file.facts[0] = { ...file.facts[0], time: { start: { date: '2016', precision: 'year' } } };
    file.facts.push({
      ...file.facts[0],
      id: 'f-owns',
      type: 'OWNS',
      time: { at: { date: '2016', precision: 'year' } },
    });
    const messages = problemsOf(asText(file)).map((p) => `${p.path}: ${p.message}`);
    expect(messages).toEqual([
      '$.facts[0].time.start: JOINED is an event: use time.at',
      '$.facts[1].time.at: OWNS is a state: use time.start and time.end',
    ]);
  });

  it('refuses unknown fact types, kinds, fields and a wrong file type', () => {
    const file = smallFile() as unknown as Record<string, unknown> & ReturnType<typeof smallFile>;
    file.type = 'something-else';
    file.facts[0] = { ...file.facts[0], type: 'LIKES' };
    file.entities[1] = { ...file.entities[1], kind: 'Band', colour: 'red' };
    const paths = problemsOf(asText(file)).map((p) => p.path);
    expect(paths).toEqual(
      expect.arrayContaining(['$.type', '$.entities[1].kind', '$.entities[1]', '$.facts[0].type']),
    );
  });

  it('reports duplicate ids, across files too, naming the first one', () => {
    const a = smallFile();
    const b = { ...smallFile(), sources: [], facts: [], entities: [smallFile().entities[1]] };
    const result = validateFiles([
      { name: 'a.json', text: asText(a) },
      { name: 'b.json', text: asText(b) },
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.problems.map(formatProblem)).toEqual([
      expect.stringMatching(
        /^b\.json:\d+:\d+ \$\.entities\[0\]\.id: duplicate entity id "acme" \(first at a\.json \$\.entities\[1\]\)$/,
      ),
    ]);
  });

  it('resolves references against ids already stored', () => {
    const file = { ...smallFile(), entities: [], sources: [] };
    const known = {
      entities: new Set(['acme', 'guild']),
      sources: new Set(['paper-1']),
    };
    expect(validateFiles([{ name: 'x.json', text: asText(file) }], known).ok).toBe(true);
  });

  it('finds a bad row at the end of a large file, with its line', () => {
    const file = largeFile(20000);
    const last = file.facts.length - 1;
    file.facts[last] = {
      ...file.facts[last],
      time: { start: { date: '2015-02-30', precision: 'day' } },
    };
    const text = asText(file);
    const problems = problemsOf(text, 'large.json');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: 'large.json',
      path: `$.facts[${last}].time.start.date`,
      line: lineOf(text, '"2015-02-30"'),
    });
    expect(problems[0]?.line).toBeGreaterThan(300000);
  });
});
