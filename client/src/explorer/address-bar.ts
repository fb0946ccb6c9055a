// The address bar, both ways: writes a view as its query string (through the one codec,
// view-state.ts over server/domain/view-codec.ts), or saves a view too long for a link on the
// server and writes `?saved=ID`; reads an address back, following a saved-view link.
import * as api from '../api';
import { addressOf, encodeState, SAVED_PARAM, savedViewOf, type ViewState } from './view-state';

/** What the address bar needs of the explorer: its current view, and a way to say a failure. */
export interface AddressBarHost {
  readonly currentView: () => ViewState;
  readonly fail: (text: string) => void;
}

/** The browser's address bar for the explorer's views. */
export class AddressBar {
  constructor(private readonly host: AddressBarHost) {}

  /** Writes `view` to the address (replacing the entry, so back leaves the explorer). */
  write(view: ViewState): void {
    const { query, inline } = addressOf(view);
    if (inline) history.replaceState(null, '', query ? `?${query}` : location.pathname);
    else void this.save(query);
  }

  /** The query string an address stands for: itself, or the saved view it links to. */
  async read(search: string): Promise<string> {
    const saved = savedViewOf(search);
    if (!saved) return search;
    try {
      return await api.readSavedView(saved);
    } catch (error) {
      this.host.fail(`Could not open the saved view: ${(error as Error).message}`);
      throw error;
    }
  }

  /** A view too long for a URL is saved on the server and linked by its id. */
  private async save(query: string): Promise<void> {
    try {
      const id = await api.saveView(query);
      if (encodeState(this.host.currentView()) === query)
        history.replaceState(null, '', `?${SAVED_PARAM}=${id}`);
    } catch (error) {
      this.host.fail(
        `This view is too long for a link and could not be saved: ${(error as Error).message}`,
      );
    }
  }
}
