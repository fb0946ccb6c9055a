// An article's sentences with exact offsets, split by sentence-splitter (textlint's splitter:
// abbreviations such as "D.C." and "Mr." and quotations handled).
import { split } from 'sentence-splitter';

/** A sentence's offsets into the text it came from (`end` exclusive). */
export interface SentenceSpan {
  readonly start: number;
  readonly end: number;
}

/** The sentences of `text`, in order; paragraphs (blank lines) always end a sentence. */
export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  for (const node of split(text)) {
    if (node.type !== 'Sentence') continue;
    const [from, to] = node.range;
    // A title or caption line without a full stop is a sentence of its own.
    let start = from;
    // A full stop inside closing quotes before a capital ends a sentence too (the splitter
    // keeps `... adversary." Alibaba has ...` together).
    for (const line of text
      .slice(from, to)
      .split(/(?<=\n)|(?<=[.!?]["\u201d\u2019]\s+)(?=\p{Lu})/u)) {
      const lead = line.length - line.trimStart().length;
      const body = line.trim();
      if (body !== '') spans.push({ start: start + lead, end: start + lead + body.length });
      start += line.length;
    }
  }
  return spans;
}
