// Exports of the current view: the drawing as SVG (sanitised: no scripts, no handlers, no
// outside references) or PNG, and the visible subgraph as graphology JSON or GraphML.
import type { SerializedGraph } from '../../../server/domain/model';
import { toGraphml } from '../../../server/domain/export/graphml';
import { xmlSafe } from '../../../server/domain/text-policy';
import { readPalette } from '../graph/palette';

/** The exported file's own light style; the mark colour is the page's (`--mark`, palette.ts). */
const styleOf = (mark: string): string => `
  text { font-family: system-ui, sans-serif; }
  .edge .hit { display: none; }
  .edge .line { fill: none; stroke: #9a9aa2; stroke-width: 1.4; }
  .edge.highlight .line, .edge.selected .line { stroke: ${mark}; stroke-width: 3; }
  .edge text { fill: #6b6b70; font-size: 9px; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
  .node .symbol { stroke: #fff; stroke-width: 2; }
  .node.selected .symbol, .node.highlight .symbol { stroke: ${mark}; stroke-width: 3; }
  .node text { fill: #1d1d1f; font-size: 11px; font-weight: 600; paint-order: stroke; stroke: #fff; stroke-width: 3px; }
  .arrow { fill: #9a9aa2; }
`;

/** Removes anything that could run or reach out: scripts, foreign objects, handlers, links. */
export function sanitiseSvg(root: Element): void {
  for (const bad of root.querySelectorAll(
    'script, foreignObject, iframe, object, embed, image, use',
  ))
    bad.remove();
  for (const node of [root, ...root.querySelectorAll('*')]) {
    for (const attr of [...node.attributes]) {
      const name = attr.name.toLowerCase();
      const value = attr.value.trim().toLowerCase();
      if (
        name.startsWith('on') ||
        ((name === 'href' || name === 'xlink:href') && !value.startsWith('#'))
      ) {
        node.removeAttribute(attr.name);
      }
      if (name === 'style' || name === 'tabindex' || name === 'role' || name.startsWith('aria-')) {
        node.removeAttribute(attr.name);
      }
    }
  }
}

/** The drawing as a standalone SVG document of the visible area, well-formed XML 1.0. */
export function svgSnapshot(svg: SVGSVGElement): string {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  sanitiseSvg(copy);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${Math.round(height)}`);
  copy.removeAttribute('id');
  copy.removeAttribute('class');
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = styleOf(readPalette(getComputedStyle(svg)).mark);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  copy.insertBefore(style, copy.firstChild);
  // XMLSerializer writes what XML 1.0 forbids (U+000B in a name) as it is: drop it, or the
  // file is ill-formed and the PNG made from it cannot be decoded.
  return xmlSafe(new XMLSerializer().serializeToString(copy));
}

/** Renders an SVG document to a PNG at twice the pixel density. */
export async function pngOf(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * 2);
    canvas.height = Math.round(height * 2);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2D canvas');
    context.scale(2, 2);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** Offers a file to the reader. */
export function download(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export type ExportFormat = 'png' | 'svg' | 'json' | 'graphml';

/** Exports the view in one format. */
export async function exportView(
  format: ExportFormat,
  svg: SVGSVGElement,
  visible: SerializedGraph,
): Promise<void> {
  switch (format) {
    case 'svg':
      download('brand-graph.svg', new Blob([svgSnapshot(svg)], { type: 'image/svg+xml' }));
      return;
    case 'png': {
      const { width, height } = svg.getBoundingClientRect();
      download('brand-graph.png', await pngOf(svgSnapshot(svg), width, height));
      return;
    }
    case 'json':
      download(
        'brand-graph.json',
        new Blob([JSON.stringify(visible, null, 2)], { type: 'application/json' }),
      );
      return;
    case 'graphml':
      download(
        'brand-graph.graphml',
        new Blob([toGraphml(visible)], { type: 'application/graphml+xml' }),
      );
      return;
  }
}
