// The communities view over the stage: asks the server for the graph's communities once, draws
// them as labelled clusters, opens a cluster into its best-connected members on activation and
// says in its caption what is shown and how to see more.
import * as api from '../api';
import type { SerializedGraph } from '../../../server/domain/model';
import type { CommunitiesAnswer } from '../../../server/domain/api';
import { CommunityView } from '../graph/CommunityView';
import { communityScene } from '../graph/community-layout';

/** What the communities view needs of the page. */
export interface CommunitiesElements {
  /** The overlay that holds the view (hidden while the hubs are drawn). */
  readonly panel: HTMLElement;
  readonly svg: SVGSVGElement;
  readonly caption: HTMLElement;
}

/** The communities view: shown, hidden, and opened community by community. */
export class CommunitiesMode {
  private answer: CommunitiesAnswer | undefined;
  private readonly open = new Map<string, SerializedGraph>();
  private readonly view: CommunityView;

  constructor(
    private readonly ui: CommunitiesElements,
    onSelectEntity: (id: string) => void,
  ) {
    this.view = new CommunityView(ui.svg, {
      onToggle: (id) => void this.toggle(id),
      onSelectEntity,
    });
  }

  /** Shows the view, asking for the communities the first time. */
  async show(): Promise<void> {
    this.ui.panel.classList.remove('hidden');
    if (this.answer) return;
    this.ui.caption.textContent = 'Finding communities…';
    try {
      this.answer = await api.fetchCommunities();
      this.draw();
    } catch (error) {
      this.ui.caption.textContent = `Could not find communities: ${(error as Error).message}`;
      this.ui.caption.classList.add('error');
    }
  }

  hide(): void {
    this.ui.panel.classList.add('hidden');
  }

  /** After new data arrived: forgets the communities (asked again when shown). */
  forget(): void {
    this.answer = undefined;
    this.open.clear();
    if (!this.ui.panel.classList.contains('hidden')) void this.show();
  }

  private async toggle(id: string): Promise<void> {
    if (this.open.delete(id)) {
      this.draw();
      this.view.focus(id);
      return;
    }
    try {
      this.open.set(id, await api.fetchCommunityMembers(id));
      this.draw();
      this.view.focus(id);
    } catch (error) {
      this.ui.caption.textContent = `Could not open the community: ${(error as Error).message}`;
    }
  }

  private draw(): void {
    const answer = this.answer;
    if (!answer) return;
    this.view.update(communityScene(answer, this.open), new Set(this.open.keys()));
    this.ui.caption.classList.remove('error');
    this.ui.caption.textContent = captionOf(answer, this.open);
  }
}

/** The caption: what is drawn, of how much, and how to see more. */
export function captionOf(
  answer: CommunitiesAnswer,
  open: ReadonlyMap<string, SerializedGraph>,
): string {
  const n = (x: number): string => x.toLocaleString('en');
  const drawn = answer.communities.reduce((s, c) => s + c.size, 0);
  const parts = [
    `${n(answer.communities.length)} largest of ${n(answer.total.communities)} communities (Louvain), holding ${n(drawn)} of ${n(answer.total.entities)} linked entities.`,
  ];
  if (answer.total.truncated)
    parts.push(`Found over the first ${n(answer.total.pairs)} linked pairs only.`);
  for (const [id, members] of open) {
    const total = members.attributes.total?.entities ?? members.nodes.length;
    if (members.nodes.length < total)
      parts.push(
        `Community ${id} shows its ${n(members.nodes.length)} best-connected of ${n(total)} members.`,
      );
  }
  parts.push(
    open.size === 0
      ? 'Choose a community to see its members; choose a member to see its details.'
      : 'Choose an open community to close it; choose a member to see its details.',
  );
  return parts.join(' ');
}
