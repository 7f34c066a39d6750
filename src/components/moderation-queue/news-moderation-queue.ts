import { msg } from '@lit/localize';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from '../../internal/decorators.js';
import { createNewsAdminClient, type CommentStatus, type ModeratedComment, type ModerationSummary, type NewsAdminClient } from '../../sdk/admin.js';
import type { Page } from '../../sdk/schemas.js';
import { emit } from '../../events/emit.js';
import '../../events/news-moderation.js';
import { Loader } from '../../internal/loader.js';
import { NewsElement } from '../../internal/news-element.js';
import { unseen } from '../../internal/paging.js';
import { reportError } from '../../internal/report-error.js';
import { warnOnce } from '../../internal/warn.js';
import { BACK, TARGET, failureOf, noticeOf, type Action, type Failure, type Notice } from './decisions.js';
import { helpView, shortcutOf } from './keyboard.js';
import { place, move, nextAfter, take, type Taken } from './queue.js';
import { keepToken, readToken, signInView } from './sign-in.js';
import { bulkView, itemView, noticesView, statusLine, tabsView, type Decided } from './views.js';
import { styles } from './news-moderation-queue.styles.js';

const UNDO_MS = 6_000;

/**
 * The moderation queue of the News API: held comments, oldest first, each
 * with its article, author, time, text (in its own direction) and why it was
 * held; approve and reject one at a time or selected together. Decisions show
 * at once and come back with a message when the server refuses; for six
 * seconds "Undo" sends a comment back where it was. When another moderator
 * decided first, the comment leaves the list with "Already approved by
 * someone else." Tabs list the pending, approved and rejected comments with
 * their counts.
 *
 * Keyboard: j/k or ↓/↑ move between comments, a approves, r rejects, x
 * selects, u undoes, ? lists the shortcuts. Shortcuts wait while a text field
 * has the focus.
 *
 * Talks to the server through `.client` (a `createNewsAdminClient()`, for CMS
 * plugins that hold the token) or signs in itself against `base-url`: the
 * token is kept in sessionStorage only, and a 401 clears it and asks again.
 * Never uses a `<news-provider>`'s client.
 *
 * @tag news-moderation-queue
 * @summary The comment moderation queue: tabs, keyboard shortcuts, bulk actions and undo.
 *
 * @csspart base - The section, carrying the locale's direction.
 * @csspart heading - The heading.
 * @csspart help-button - The button that opens the keyboard help.
 * @csspart sign-out - The sign-out button (when the element signed in itself).
 * @csspart sign-in - The token form.
 * @csspart tabs - The tablist.
 * @csspart tab - Each tab.
 * @csspart count - The count in each tab.
 * @csspart panel - The tab panel.
 * @csspart bulk - The bar shown while comments are selected.
 * @csspart bulk-action - Its buttons (also `approve`, `reject`, `restore`, `clear`).
 * @csspart list - The list of comments.
 * @csspart item - Each comment.
 * @csspart select - Each comment's checkbox.
 * @csspart article - The title of the comment's article.
 * @csspart author - The author's name.
 * @csspart date - The time of the comment.
 * @csspart reply - The note on a reply.
 * @csspart body - The comment text.
 * @csspart reason - Why it was held.
 * @csspart actions - Each comment's buttons.
 * @csspart action - Each of them (also `approve`, `reject`, `restore`).
 * @csspart more - The "Load more" button.
 * @csspart status - Loading, empty, offline and error messages.
 * @csspart message - Conflicts, refused decisions and why the token is asked for again (an alert).
 * @csspart toast - What was just decided, with Undo (a status).
 * @csspart help - The keyboard help dialog.
 *
 * @cssprop --news-color-text - Text colour.
 * @cssprop --news-color-muted - Dates, reasons and counts.
 * @cssprop --news-color-surface - Dialog and toast background.
 * @cssprop --news-color-border - Rules between comments.
 * @cssprop --news-color-accent - Selected comments and the current tab.
 * @cssprop --news-color-focus - Focus ring colour.
 * @cssprop --news-font-family - Font stack (per-script defaults otherwise).
 * @cssprop --news-radius - Corner radius.
 *
 * @fires news-moderation - The server accepted a decision (detail `{ action, ids, status }`); also after an undo.
 * @fires news-error - Loading or a decision failed (detail `{ error, operation }`).
 */
export class NewsModerationQueue extends NewsElement {
  static override styles = styles;

  private readonly _summary = new Loader(this, {
    args: () => {
      const client = this._client;
      return client && ([client] as const);
    },
    task: ([client], signal) => client.summary({ signal }),
    onComplete: (summary) => (this._counts = summary),
    onError: (error) => this._failed(error, 'load-moderation-summary'),
  });
  private readonly _list = new Loader(this, {
    args: () => {
      const client = this._client;
      return client && ([client, this._tab, this._pageSize] as const);
    },
    task: ([client, status, limit], signal) => client.listComments({ status, limit }, { signal }),
    onComplete: (page) => {
      this._more.reset();
      this._items = page.items;
      this._next = page.nextCursor;
    },
    onError: (error) => this._failed(error, 'load-moderation'),
  });
  private readonly _more = new Loader<Page<ModeratedComment>>(this, {
    onComplete: (page) => {
      this._items = [...this._items, ...unseen(page.items, this._items)];
      this._next = page.nextCursor;
    },
    onError: (error) => this._failed(error, 'load-moderation'),
  });
  private _undoTimer: ReturnType<typeof setTimeout> | undefined;
  /** What takes the focus after the next render: the active comment (or the tab when none is left), or the tab. */
  private _focus: '' | 'item' | 'tab' = '';
  private _returnFocus: HTMLElement | null = null;

  @state() private _own: NewsAdminClient | undefined;
  @state() private _tab: CommentStatus = 'pending';
  @state() private _items: ModeratedComment[] = [];
  @state() private _next: string | null = null;
  @state() private _counts: ModerationSummary | undefined;
  @state() private _selected: readonly string[] = [];
  @state() private _active: string | undefined;
  @state() private _alert: Notice[] = [];
  /** The last decision while it can be undone, or word that an undo went through. */
  @state() private _toast: Decided | 'undone' | undefined;

  /** The admin client (`createNewsAdminClient({ baseUrl, token })`); without it the element signs in itself against `base-url`. */
  @property({ attribute: false }) client?: NewsAdminClient;

  /** The API root the element signs in to with a token, e.g. `/api`. */
  @property({ attribute: 'base-url' }) baseUrl = '';

  /** Comments per page, 1 to 100. */
  @property({ type: Number, attribute: 'page-size' }) pageSize = 20;

  private get _client(): NewsAdminClient | undefined {
    return this.client ?? this._own;
  }

  private get _pageSize(): number {
    return Math.min(100, Math.max(1, Math.trunc(this.pageSize) || 20));
  }

  /** The comment the keys act on: the focused one, else the first. */
  private get _activeId(): string | undefined {
    return this._items.some((c) => c.id === this._active) ? this._active : this._items[0]?.id;
  }

  private get _dialog(): HTMLDialogElement {
    return this.renderRoot.querySelector('dialog')!;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl')) this._own = this._connect(readToken(this.baseUrl));
  }

  protected override updated(): void {
    if (!this._focus) return;
    const root = this.renderRoot;
    (root.querySelector<HTMLElement>(`[part="${this._focus}"][tabindex="0"]`) ?? root.querySelector<HTMLElement>('[part="tab"][tabindex="0"]'))?.focus();
    this._focus = '';
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._undoTimer);
  }

  private _connect(token: string | null): NewsAdminClient | undefined {
    if (!this.baseUrl) {
      if (!this.client) warnOnce('no-admin-client', '<news-moderation-queue> has neither base-url nor .client: set base-url="/api" to sign in with a token');
      return undefined;
    }
    try {
      return token ? createNewsAdminClient({ baseUrl: this.baseUrl, token }) : undefined;
    } catch {
      return undefined;
    }
  }

  private _signIn(token: string): void {
    this._own = this._connect(token);
    this._alert = this._own ? [] : ['not-a-token'];
    if (this._own) keepToken(this.baseUrl, token);
  }

  private _signOut(alert: Notice[] = []): void {
    keepToken(this.baseUrl, null);
    this._own = undefined;
    this._alert = alert;
    this._toast = undefined;
  }

  /** Reports a failure; a refused token (with the element's own sign-in) asks for the token again. */
  private _failed(error: unknown, operation: string): Failure {
    const failure = failureOf(error);
    if (failure.kind === 'signed-out' && this._own) this._signOut(['token-refused']);
    reportError(this, operation)(error);
    return failure;
  }

  private _choose(status: CommentStatus, focus = false): void {
    if (status !== this._tab) this._selected = [];
    this._tab = status;
    this._active = undefined;
    this._alert = [];
    this._focus = focus ? 'tab' : '';
  }

  private _toggle(id: string): void {
    this._selected = this._selected.includes(id) ? this._selected.filter((s) => s !== id) : [...this._selected, id];
  }

  /**
   * Approves, rejects or restores comments of the shown tab: they leave the list and the counts move
   * at once; those the server refuses come back in place with a message; those another moderator
   * decided first stay out, with a message that says so. Resolves once the server has answered.
   */
  async decide(action: Action, ids: readonly string[]): Promise<void> {
    const taken = TARGET[action] === this._tab ? [] : take(this._items, ids);
    if (!taken.length) return;
    this._focus = (this.renderRoot as ShadowRoot).activeElement?.closest('[part="list"]') ? 'item' : '';
    this._active = nextAfter(this._items, taken);
    this._selected = this._selected.filter((id) => !ids.includes(id));
    await this._apply(action, this._tab, taken);
  }

  /** Sends the comments of the last decision back where they were (from the pending tab, through `restore`). */
  async undo(): Promise<void> {
    const last = this._toast;
    if (!last || last === 'undone') return;
    this._toast = undefined;
    await this._apply(BACK[last.from], TARGET[last.action], last.taken, true);
  }

  private async _apply(action: Action, from: CommentStatus, taken: Taken, undoing = false): Promise<void> {
    const client = this._client;
    if (!client) return;
    const to = TARGET[action];
    this._items = place(this._items, taken, this._tab, to);
    this._counts = move(this._counts, from, to, taken.length);
    this._alert = [];
    const settled = await Promise.allSettled(taken.map(({ item }) => client[action](item.id, { from })));
    const failed: Taken = [];
    const done: Taken = [];
    const said = new Set<Notice>();
    let decidedElsewhere = false;
    settled.forEach((result, i) => {
      if (result.status === 'fulfilled') return void done.push(taken[i]!);
      const failure = this._failed(result.reason, `${action}-comment`);
      decidedElsewhere ||= failure.kind === 'conflict';
      said.add(noticeOf(failure));
      // Decided elsewhere: it stays out of this list (where an undo had put it back, it leaves again).
      if (failure.kind !== 'conflict' || undoing) failed.push(taken[i]!);
    });
    this._items = place(this._items, failed, this._tab, from);
    this._counts = move(this._counts, to, from, failed.length);
    // Another moderator's decision changed the counts too: the server's are the ones to show.
    if (decidedElsewhere) void this._summary.retry();
    // Signed out: the sign-in form shows with its own message.
    if (this._client) this._alert = [...said];
    if (!done.length) return;
    emit(this, 'news-moderation', { action, ids: done.map(({ item }) => item.id), status: to });
    clearTimeout(this._undoTimer);
    this._toast = undoing ? 'undone' : { action, from, taken: done };
    this._undoTimer = setTimeout(() => (this._toast = undefined), UNDO_MS);
  }

  private _onKey(event: KeyboardEvent): void {
    const shortcut = this._dialog.open ? undefined : shortcutOf(event);
    const item = event.composedPath().find((node): node is HTMLElement => (node as Element).localName === 'li');
    // The arrows move between comments only from a comment; elsewhere they scroll.
    if (!shortcut || (event.key.startsWith('Arrow') && !item)) return;
    event.preventDefault();
    const items = this._items;
    // From a comment, j/k go to its neighbour; from elsewhere (a tab), to the first comment.
    const index = item ? items.findIndex((c) => c.id === item.dataset.id) : -1;
    const id = item ? item.dataset.id : this._activeId;
    if (shortcut === 'help') return this._openHelp();
    if (shortcut === 'undo') return void this.undo();
    if (shortcut === 'next' || shortcut === 'previous') {
      this._active = items[Math.min(items.length - 1, Math.max(0, index + (shortcut === 'next' ? 1 : -1)))]?.id;
      this._focus = 'item';
      return this.requestUpdate();
    }
    if (!id) return;
    if (shortcut === 'select') return this._toggle(id);
    void this.decide(shortcut, [id]);
  }

  private _openHelp(): void {
    this._returnFocus = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this._dialog.showModal();
  }

  /** Focus goes back where it was when the dialog opened. */
  private _onHelpClosed(): void {
    this._returnFocus?.focus();
    this._returnFocus = null;
  }

  private _retry(): void {
    void this._summary.retry();
    void this._list.retry();
  }

  private _loadMore(cursor: string): void {
    const client = this._client;
    const status = this._tab;
    if (client && this._more.status !== 'pending') void this._more.run((signal) => client.listComments({ status, cursor, limit: this._pageSize }, { signal }));
  }

  private _panel(): TemplateResult {
    const { status, error } = this._list;
    const failure = status === 'error' ? failureOf(error) : undefined;
    // What another tab showed stays out of sight while this one loads.
    const items = status === 'complete' ? this._items : [];
    const next = status === 'complete' ? this._next : null;
    const selected = this._selected.filter((id) => items.some((c) => c.id === id));
    const decide = (action: Action, ids: readonly string[]) => void this.decide(action, ids);
    const context = { tab: this._tab, locale: this.locale, activeId: this._activeId, selected, decide, toggle: (id: string) => this._toggle(id) };
    return html`<div part="panel" role="tabpanel" id="panel" aria-labelledby="tab-${this._tab}" aria-busy=${status === 'pending' || this._more.status === 'pending'}>
      ${selected.length ? bulkView(context, () => (this._selected = [])) : nothing}
      ${failure || status !== 'complete' || !items.length
        ? statusLine(this._tab, status, failure, () => this._retry())
        : html`<ol part="list">${items.map((c) => itemView(c, context))}</ol>`}
      ${next
        ? html`<button part="more" type="button" @click=${() => this._loadMore(next)}>
            ${this._more.status === 'error' ? msg('Try again', { id: 'common.try-again' }) : msg('Load more', { id: 'moderation.load-more' })}
          </button>`
        : nothing}
    </div>`;
  }

  protected override render() {
    return html`<section part="base" dir=${this.localeDir} @keydown=${this._onKey}>
      <div class="header">
        <h2 part="heading">${msg('Comment moderation', { id: 'moderation.heading' })}</h2>
        ${this._client ? html`<button part="help-button" type="button" aria-haspopup="dialog" @click=${this._openHelp}>${msg('Keyboard shortcuts', { id: 'moderation.keyboard-shortcuts' })}</button>` : nothing}
        ${this._own && !this.client ? html`<button part="sign-out" type="button" @click=${() => this._signOut()}>${msg('Sign out', { id: 'moderation.sign-out' })}</button>` : nothing}
      </div>
      ${this._client
        ? html`${tabsView(this._tab, this._counts, this.locale, this.localeDir, (status, focus) => this._choose(status, focus))}${this._panel()}`
        : signInView((token) => this._signIn(token))}
      ${noticesView(this._alert, this._toast, this.locale, () => (this._alert = []), () => this.undo())}
      <dialog part="help" aria-labelledby="help-title" @close=${this._onHelpClosed}>${helpView(() => this._dialog.close())}</dialog>
    </section>`;
  }
}
