// Entry point: build the explorer on the page and restore the view from the URL.
import { FactTypeRegistry } from '../../server/domain/fact-type-registry';
import { fetchHubs, learnVocabulary } from './api';
import { createEmbedDialog } from './explorer/embed-dialog';
import { createStoryPanel } from './stories/story-panel';
import { CommunitiesMode } from './explorer/communities-mode';
import { Explorer } from './explorer/explorer';
import { createOverviewPanel } from './explorer/overview-panel';
import { ImportPanel, importsEnabled } from './explorer/import-panel';
import { ArticlePanel } from './article/article-panel';
import { createAddPanel } from './authoring/add-panel';

function required(selector: string): Element {
  const found = document.querySelector(selector);
  if (!found) throw new Error(`The page lacks ${selector}`);
  return found;
}

// The explorer's fact types: the built-in ones, then those the server says imports registered.
const factTypes = new FactTypeRegistry();
const explorer = new Explorer(
  {
    svg: required('#graph') as SVGSVGElement,
    status: required('#status') as HTMLElement,
    search: required('#search') as HTMLElement,
    details: required('#details') as HTMLElement,
    filters: required('#filters') as HTMLElement,
    paths: required('#paths') as HTMLElement,
    legend: required('#legend') as HTMLElement,
    list: required('#fact-list') as HTMLElement,
    undo: required('#undo') as HTMLButtonElement,
    redo: required('#redo') as HTMLButtonElement,
    asOf: required('#as-of-state') as HTMLElement,
    dataset: required('#dataset') as HTMLElement,
    exports: required('#export') as HTMLElement,
    query: required('#query') as HTMLElement,
    timeline: required('#timeline') as SVGSVGElement,
    timeControls: required('#time-controls') as HTMLElement,
  },
  factTypes,
);

// The overview panel: hubs and their links or communities, and the list of the biggest hubs.
const communities = new CommunitiesMode(
  {
    panel: required('#communities-panel') as HTMLElement,
    svg: required('#communities') as SVGSVGElement,
    caption: required('#communities-caption') as HTMLElement,
  },
  (id) => void explorer.select({ kind: 'entity', id }, true),
);
const overview = createOverviewPanel(required('#overview') as HTMLElement, {
  onMode: (mode) => (mode === 'communities' ? void communities.show() : communities.hide()),
  onPickHub: (id) => {
    communities.hide();
    overview.setMode('hubs');
    void explorer.select({ kind: 'entity', id }, true);
  },
});
function loadHubs(): void {
  fetchHubs()
    .then((answer) => overview.showHubs(answer.hubs))
    .catch((error: unknown) => {
      overview.error(`Could not list the hubs: ${(error as Error).message}`);
    });
}
loadHubs();

// Imported fact types read by their registered labels; without them, by their names.
void learnVocabulary(factTypes)
  .catch(() => undefined)
  .then(() => explorer.restore(location.search))
  .catch(() => {
    // The status line already says what went wrong, in plain words.
  });
createAddPanel(required('#authoring') as HTMLElement, explorer.authoring);
const embedDialog = createEmbedDialog(
  required('#embed-open') as HTMLButtonElement,
  () => explorer.currentQuery(),
  () => explorer.shownEntities(),
  () => explorer.embedScopes(),
);
explorer.onEmbed = (scope, opener) => embedDialog.open(scope, opener);
createStoryPanel(required('#story') as HTMLElement, required('#story-add') as HTMLButtonElement, {
  capture: () => {
    const highlight = explorer.currentHighlight();
    const { query, layout } = explorer.currentDrawing();
    return {
      view: query,
      ...(layout ? { layout } : {}),
      ...(highlight ? { highlight } : {}),
      sources: explorer.citedSources(),
    };
  },
  show: (view) => {
    history.pushState(null, '', `?${view}`);
    void explorer.restore(`?${view}`);
  },
});

/** Shows the graph again after an import or an undo changed what is stored. */
function reload(): void {
  // An import may have brought fact types of its own: learn their words first.
  void learnVocabulary(factTypes)
    .catch(() => undefined)
    .then(() => {
      loadHubs();
      communities.forget();
      return explorer.reload(location.search);
    })
    .catch(() => {
      // The status line says what went wrong.
    });
}

// The import panel exists only when the server has imports on (EDITOR_TOKEN set).
void importsEnabled().then((formats) => {
  if (!formats) return;
  (required('#import-section') as HTMLElement).hidden = false;
  new ImportPanel({
    root: required('#import') as HTMLElement,
    formats,
    onImported: reload,
    onUndone: reload,
  });
});

// The Article panel: analysis and accepting proposals need the editor token (asked in the form).
new ArticlePanel({
  root: required('#article') as HTMLElement,
  onOpen: (id) => void explorer.select({ kind: 'entity', id }, true),
  onSaved: reload,
});
