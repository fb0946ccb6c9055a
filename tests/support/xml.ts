// A conformant XML 1.0 well-formedness check (saxes, strict like the XML spec): the first
// error's message, or undefined when the text is well-formed. fast-xml-parser's validator
// accepts characters XML forbids (U+000B), so it cannot be the judge here.
import { SaxesParser } from 'saxes';

/** The first well-formedness error of `xml` (with line and column), or undefined. */
export function xmlError(xml: string): string | undefined {
  const parser = new SaxesParser({ xmlns: true });
  let error: string | undefined;
  parser.on('error', (e) => {
    error ??= e.message;
  });
  parser.write(xml).close();
  return error;
}
