// The status line: what the view shows, progress, refusals and failures in words; while the
// database restarts it says so and then puts back what it said before.
import { onDatabaseWait } from '../api';
import type { ExplorerStore } from './state/store';

/** The status line under the graph. Text only (textContent). */
export class StatusLine {
  constructor(private readonly element: HTMLElement) {
    this.showDatabaseWaits();
  }

  /** Says `text` (marked as an error when `error`). */
  say(text: string, error = false): void {
    this.element.textContent = text;
    this.element.classList.toggle('error', error);
  }

  /**
   * Says each new notice of the store's state. Subscribe it after the views that draw, so a
   * notice given with a redraw (a refusal, a failure) is what the line says last.
   */
  follow(store: ExplorerStore): void {
    store.subscribe((state, previous) => {
      if (state.notice && state.notice !== previous.notice)
        this.say(state.notice.text, state.notice.error);
    });
  }

  /**
   * While the database restarts or is down, the status line says so in words (the API retries
   * by itself), then puts back what it said before.
   */
  private showDatabaseWaits(): void {
    let before: { text: string; error: boolean } | undefined;
    onDatabaseWait((seconds, reason) => {
      if (seconds !== undefined) {
        before ??= {
          text: this.element.textContent,
          error: this.element.classList.contains('error'),
        };
        // A restart says so; any other outage (stopped for good, unreachable) names its reason.
        const restarting = reason === undefined || /restarting/i.test(reason);
        this.say(
          restarting
            ? `Database restarting, retrying in ${seconds} s…`
            : `The graph cannot be shown yet: ${reason.replace(/\.$/, '')}. Retrying in ${seconds} s…`,
          !restarting,
        );
      } else if (before) {
        this.say(before.text, before.error);
        before = undefined;
      }
    });
  }
}
