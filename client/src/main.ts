// Entry point of the first view: fetch the whole graph and draw it.
import { fetchGraph } from './api';
import { renderLegend } from './graph/legend';
import { renderGraph } from './graph/render';

const status = document.querySelector<HTMLParagraphElement>('#status');
const svg = document.querySelector<SVGSVGElement>('#graph');
const legend = document.querySelector<HTMLElement>('#legend');

async function start(): Promise<void> {
  if (!status || !svg || !legend) return;
  try {
    const graph = await fetchGraph();
    if (graph.nodes.length === 0) {
      status.textContent = 'The database holds no entities yet. Load data with `npm run load`.';
      return;
    }
    renderGraph(svg, graph);
    renderLegend(legend, graph);
    const sources = Object.keys(graph.attributes.sources).length;
    status.textContent = `${graph.nodes.length} entities, ${graph.edges.length} facts, ${sources} sources`;
  } catch (error) {
    status.classList.add('error');
    status.textContent = `Could not load the graph: ${error instanceof Error ? error.message : String(error)}`;
  }
}

void start();
