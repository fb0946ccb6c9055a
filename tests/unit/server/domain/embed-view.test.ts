// The embed view's URL form and canonical text: equal views give equal text, any change differs.
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import {
  canonicalView,
  embedQuery,
  iframeSnippet,
  readLook,
  readView,
  viewParams,
  type EmbedView,
} from '../../../../server/domain/embed-view';
import { LIMITS } from '../../../../server/domain/limits';

const view = (search: string): EmbedView => {
  const { view: v, problems } = readView(new URLSearchParams(search));
  expect(problems).toEqual([]);
  return v;
};

describe('canonicalView', () => {
  it('is the same for the same view written differently', () => {
    expect(canonicalView(view('expanded=kering,gucci,gucci&hideKinds=Person'))).toBe(
      canonicalView(view('hideKinds=Person&expanded=gucci,kering')),
    );
  });

  it('names every field in a fixed order', () => {
    expect(canonicalView(view('expanded=gucci&from=2016-01-01&entity=gucci&asOf=2016-05-01'))).toBe(
      [
        'brand-graph-embed/1',
        'scope=expanded',
        'expanded=gucci',
        'hidden=',
        'hideKinds=',
        'hideTypes=',
        'from=2016-01-01',
        'to=',
        'asOf=2016-05-01',
        'selected=entity:gucci',
      ].join('\n'),
    );
  });

  it('differs when anything that decides the data or its state differs', () => {
    const base = canonicalView(view('expanded=gucci'));
    for (const other of [
      '',
      'expanded=gucci,kering',
      'expanded=gucci&hidden=iacc',
      'expanded=gucci&hideTypes=SUED',
      'expanded=gucci&hideKinds=Brand',
      'expanded=gucci&from=2016-01-01',
      'expanded=gucci&to=2016-01-01',
      'expanded=gucci&asOf=2016-01-01',
      'expanded=gucci&entity=gucci',
      'expanded=gucci&fact=gucci',
    ]) {
      expect(canonicalView(view(other)), other).not.toBe(base);
    }
  });

  it('leaves how the embed looks out of the signed text', () => {
    const p = new URLSearchParams('expanded=gucci&theme=dark&timeline=0');
    expect(canonicalView(readView(p).view)).toBe(canonicalView(view('expanded=gucci')));
    expect(readLook(p)).toEqual({ theme: 'dark', timeline: false });
  });
});

describe('readView', () => {
  it('names each malformed parameter', () => {
    const { problems } = readView(
      new URLSearchParams('expanded=-gucci&from=2016-02-30&hideTypes=owns&entity=x&fact=y'),
    );
    expect(problems.map((p) => p.param).sort()).toEqual(['expanded', 'fact', 'from', 'hideTypes']);
  });

  it('refuses a focus that names nothing, and dates out of order', () => {
    expect(readView(new URLSearchParams('expanded=')).problems[0]?.param).toBe('expanded');
    expect(readView(new URLSearchParams('from=2016-05-01&to=2016-04-01')).problems).toEqual([
      { param: 'to', message: 'is before from' },
    ]);
  });

  it('round-trips through the embed query', () => {
    const v = view('expanded=gucci,kering&hidden=iacc&asOf=2016-05-01&fact=o-gucci-leaves-iacc');
    const q = new URLSearchParams(embedQuery(v, { theme: 'light', timeline: false }, 'sig'));
    expect(readView(q).view).toEqual(v);
    expect(q.get('sig')).toBe('sig');
  });
});

describe('iframeSnippet', () => {
  it('escapes what goes in attributes', () => {
    const html = iframeSnippet('https://x/embed?a=1&b="2"', 'A <b> "c"', 400);
    expect(html).toContain('src="https://x/embed?a=1&amp;b=&quot;2&quot;"');
    expect(html).toContain('title="A &lt;b&gt; &quot;c&quot;"');
    expect(html).toContain('width="100%" height="400"');
  });

  it("comes with a listener that sets the height its own embed asks for, and no other's", () => {
    const html = iframeSnippet('https://graph.example/embed?expanded=gucci', 'Gucci', 480);
    const script = /<script>(.*)<\/script>$/.exec(html)?.[1] ?? '';
    expect(script).not.toBe('');
    let listener: ((e: unknown) => void) | undefined;
    const frame = {
      contentWindow: {},
      src: 'https://graph.example/embed?x',
      style: { height: '' },
    };
    const win = {
      addEventListener: (_type: string, f: (e: unknown) => void) => (listener = f),
    };
    const doc = { getElementsByTagName: () => [frame] };
    runInNewContext(script, {
      window: win,
      document: doc,
      location: { href: 'https://news.example/a' },
      URL,
    });
    const send = (data: unknown, origin = 'https://graph.example', source = frame.contentWindow) =>
      listener?.({ data, origin, source });
    send({ source: 'brand-graph-embed', type: 'height', height: 612.4 });
    expect(frame.style.height).toBe('612px');
    send({ source: 'brand-graph-embed', type: 'height', height: 300 }, 'https://evil.example');
    send({ source: 'brand-graph-embed', type: 'height', height: 300 }, undefined, {});
    send({ source: 'other', type: 'height', height: 300 });
    expect(frame.style.height).toBe('612px');
    send({ source: 'brand-graph-embed', type: 'height', height: 99999 });
    expect(frame.style.height).toBe('4000px');
  });
});

describe('canonicalView with known', () => {
  it('adds a known line only when set, so older signatures still hold', () => {
    const without = canonicalView(view('expanded=gucci&asOf=2016-05-01'));
    const withKnown = canonicalView(view('expanded=gucci&asOf=2016-05-01&known=2016-06-01'));
    expect(without).not.toContain('known=');
    expect(withKnown.split('\n')).toEqual([
      ...without.split('\n').slice(0, -1),
      'known=2016-06-01',
      without.split('\n').at(-1),
    ]);
  });
});

describe("the producer's title and caption", () => {
  it('are read cleaned and trimmed, kept in the embed query, and signed only when set', () => {
    const { view, problems } = readView(
      new URLSearchParams({ expanded: 'gucci', title: '  Gucci\u0007 & co ', caption: 'Who left' }),
    );
    expect(problems).toEqual([]);
    expect(view.title).toBe('Gucci & co');
    expect(view.caption).toBe('Who left');
    const canonical = canonicalView(view);
    expect(canonical).toContain('\ntitle=Gucci%20%26%20co');
    expect(canonical).toContain('\ncaption=Who%20left');
    const without = readView(new URLSearchParams({ expanded: 'gucci' })).view;
    expect(canonicalView(without)).not.toMatch(/title=|caption=/);
    const again = readView(viewParams(view)).view;
    expect(canonicalView(again)).toBe(canonical);
    expect(viewParams(view, true).has('title')).toBe(false);
  });

  it('are refused past their limits, by parameter', () => {
    const { problems } = readView(
      new URLSearchParams({ title: 'x'.repeat(LIMITS.embedTitleChars + 1) }),
    );
    expect(problems).toEqual([
      { param: 'title', message: `is longer than ${LIMITS.embedTitleChars} characters` },
    ]);
  });
});
