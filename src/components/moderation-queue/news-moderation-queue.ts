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
import { statusView } from '../../internal/status-view.js';
import { BACK, TARGET, conflictText, doneText, emptyText, failureOf, failureText, type Action, type Failure } from './decisions.js';
import { helpView, shortcutOf, tabStep } from './keyboard.js';
import { keepToken, readToken, signInView } from './sign-in.js';
import { TABS, bulkView, itemView, tabsView } from './views.js';
import { styles } from './news-moderation-queue.styles.js';

/** Comments taken out of the list by a decision, with where they stood, to put them back. */
type Taken = { item: ModeratedComment; index: number }[];

/** The last decision, while it can be undone. */
interface Decided {
  action: Action;
  from: CommentStatus;
  taken: Taken;
}

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
 * @csspart sign-in-message - Why the token is asked for again.
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
 * @csspart message - Conflicts and refused decisions (an alert).
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
  private _focusActive = false;
  private _returnFocus: HTMLElement | null = null;

  @state() private _own: NewsAdminClient | undefined;
  @state() private _signInMessage = '';
  @state() private _tab: CommentStatus = 'pending';
  @state() private _items: ModeratedComment[] = [];
  @state() private _next: string | null = null;
  @state() private _counts: ModerationSummary | undefined;
  @state() private _selected: ReadonlySet<string> = new Set();
  @state() private _active: string | undefined;
  @state() private _alert = '';
  @state() private _toast: { text: string; undo?: Decided } | undefined;

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

  private get _dialog(): HTMLDialogElement | null {
    return this.renderRoot.querySelector('dialog');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('baseUrl')) this._own = this._connect(this.baseUrl && readToken(this.baseUrl));
  }

  protected override updated(): void {
    if (!this._focusActive) return;
    this._focusActive = false;
    const target = this.renderRoot.querySelector<HTMLElement>(this._active ? `[part~="item"][tabindex="0"]` : '[role="tab"][tabindex="0"]');
    target?.focus();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this._undoTimer);
  }

  private _connect(token: string | null | false): NewsAdminClient | undefined {
    try {
      return token ? createNewsAdminClient({ baseUrl: this.baseUrl, token }) : undefined;
    } catch {
      return undefined;
    }
  }

  private _signIn(token: string): void {
    const client = this._connect(token);
    this._signInMessage = client ? '' : msg('That is not an admin token.', { id: 'moderation.not-a-token' });
    if (client) keepToken(this.baseUrl, token);
    this._own = client;
  }

  private _signOut(message = ''): void {
    keepToken(this.baseUrl, null);
    this._own = undefined;
    this._signInMessage = message;
    this._toast = undefined;
  }

  /** Reports a failure; a refused token (with the element's own sign-in) asks for the token again. */
  private _failed(error: unknown, operation: string): Failure {
    const failure = failureOf(error);
    if (failure.kind === 'signed-out' && this._own) this._signOut(msg('The server did not accept the token. Enter it again.', { id: 'moderation.token-refused' }));
    reportError(this, operation)(error);
    return failure;
  }

  private _choose(status: CommentStatus, focus = false): void {
    if (status !== this._tab) {
      this._selected = new Set();
      this._active = undefined;
    }
    this._tab = status;
    this._alert = '';
    this._focusActive = focus;
  }

  private _onTabKey(event: KeyboardEvent): void {
    const next = tabStep(event.key, TABS.indexOf(this._tab), TABS.length, this.localeDir);
    if (next === undefined) return;
    event.preventDefault();
    this._choose(TABS[next]!, true);
  }

  private _toggle(id: string): void {
    const selected = new Set(this._selected);
    if (!selected.delete(id)) selected.add(id);
    this._selected = selected;
  }

  /** Moves `count` comments from one tab's count to another's, at once. */
  private _move(from: CommentStatus, to: CommentStatus, count: number): void {
    const c = this._counts;
    if (c && count) this._counts = { ...c, [from]: Math.max(0, c[from] - count), [to]: c[to] + count };
  }

  /** Puts comments back where they stood, when their tab is still shown. */
  private _putBack(taken: Taken, tab: CommentStatus): void {
    if (this._tab !== tab) return;
    const items = [...this._items];
    for (const { item, index } of [...taken].sort((a, b) => a.index - b.index)) if (!items.some((c) => c.id === item.id)) items.splice(index, 0, item);
    this._items = items;
  }

  /**
   * Approves, rejects or restores comments of the shown tab: they leave the list and the counts move
   * at once; those the server refuses come back with a message; those another moderator decided first
   * stay out, with a message that says so. Resolves when the server has answered for every one.
   */
  async decide(action: Action, ids: string[]): Promise<void> {
    const client = this._client;
    const from = this._tab;
    if (!client || TARGET[action] === from) return;
    const taken: Taken = [];
    this._items.forEach((item, index) => ids.includes(item.id) && taken.push({ item, index }));
    if (!taken.length) return;
    const focusWasInList = !!(this.renderRoot as ShadowRoot).activeElement?.closest('[part~="list"]');
    const rest = this._items.filter((item) => !ids.includes(item.id));
    const after = taken.at(-1)!.index - taken.length + 1;
    this._active = (rest[after] ?? rest[after - 1])?.id;
    this._focusActive = focusWasInList;
    this._items = rest;
    this._selected = new Set([...this._selected].filter((id) => !ids.includes(id)));
    this._move(from, TARGET[action], taken.length);
    this._alert = '';
    const settled = await Promise.allSettled(taken.map(({ item }) => client[action](item.id, { from })));
    this._settle(action, from, taken, settled);
  }

  private _settle(action: Action, from: CommentStatus, taken: Taken, settled: PromiseSettledResult<unknown>[], undoing = false): void {
    const to = TARGET[action];
    const failed: Taken = [];
    const done: Taken = [];
    const said = new Set<string>();
    settled.forEach((result, i) => {
      const one = taken[i]!;
      if (result.status === 'fulfilled') return void done.push(one);
      const failure = this._failed(result.reason, `${action}-comment`);
      said.add(failure.kind === 'conflict' ? conflictText(failure.status!) : failureText(failure.kind));
      // A conflict leaves the comment where the other moderator put it: out of this list, even after an undo.
      if (failure.kind !== 'conflict' || undoing) failed.push(one);
    });
    // Another moderator's decision changed the counts as well: the server's are the ones to show.
    if (taken.length > done.length + failed.length) void this._summary.retry();
    if (undoing) this._putBackOrRemove(failed, to);
    else this._putBack(failed, from);
    this._move(to, from, failed.length);
    // Signed out: the sign-in form says why.
    this._alert = this._client ? [...said].join(' ') : '';
    if (!done.length) return;
    emit(this, 'news-moderation', { action, ids: done.map(({ item }) => item.id), status: to });
    this._offer(undoing ? { text: msg('Undone.', { id: 'moderation.undone' }) } : { text: doneText(action, done.length, this.locale), undo: { action, from, taken: done } });
  }

  /** An undo that failed takes its comments out again. */
  private _putBackOrRemove(failed: Taken, tab: CommentStatus): void {
    if (this._tab === tab) this._items = this._items.filter((c) => !failed.some(({ item }) => item.id === c.id));
  }

  private _offer(toast: { text: string; undo?: Decided }): void {
    clearTimeout(this._undoTimer);
    this._toast = toast;
    this._undoTimer = setTimeout(() => (this._toast = undefined), UNDO_MS);
  }

  /** Sends the comments of the last decision back where they were (to the queue, from the pending tab). */
  async undo(): Promise<void> {
    const last = this._toast?.undo;
    const client = this._client;
    if (!last || !client) return;
    clearTimeout(this._undoTimer);
    this._toast = undefined;
    const { action, from, taken } = last;
    const back = BACK[from];
    this._putBack(taken, from);
    this._move(TARGET[action], from, taken.length);
    const settled = await Promise.allSettled(taken.map(({ item }) => client[back](item.id, { from: TARGET[action] })));
    this._settle(back, TARGET[action], taken, settled, true);
  }

  private _onKey(event: KeyboardEvent): void {
    const shortcut = this._dialog?.open ? undefined : shortcutOf(event);
    const path = event.composedPath();
    const item = path.find((node): node is HTMLElement => (node as Element).localName === 'li');
    // The arrows move between comments only from a comment; elsewhere they scroll.
    if (!shortcut || (event.key.startsWith('Arrow') && !item)) return;
    event.preventDefault();
    const items = this._items;
    const index = items.findIndex((c) => c.id === (item?.dataset.id ?? this._activeId));
    const id = items[index]?.id;
    if (shortcut === 'help') return this._openHelp();
    if (shortcut === 'undo') return void this.undo();
    if (shortcut === 'next' || shortcut === 'previous') {
      const next = items[Math.min(items.length - 1, Math.max(0, index + (shortcut === 'next' ? 1 : -1)))];
      this._active = next?.id;
      this._focusActive = true;
      return this.requestUpdate();
    }
    if (!id) return;
    if (shortcut === 'select') return this._toggle(id);
    void this.decide(shortcut, [id]);
  }

  private get _activeId(): string | undefined {
    return this._items.some((c) => c.id === this._active) ? this._active : this._items[0]?.id;
  }

  private _openHelp(): void {
    this._returnFocus = (this.renderRoot as ShadowRoot).activeElement as HTMLElement | null;
    this._dialog?.showModal();
  }

  private _closeHelp(): void {
    this._dialog?.close();
  }

  private _onHelpClosed(): void {
    (this._returnFocus ?? this.renderRoot.querySelector<HTMLElement>('[part="help-button"]'))?.focus();
    this._returnFocus = null;
  }

  private _retry(): void {
    void this._summary.retry();
    void this._list.retry();
  }

  private _panel(): TemplateResult {
    const { status, error } = this._list;
    const failure = status === 'error' ? failureOf(error) : undefined;
    const items = status === 'complete' ? this._items : [];
    const next = status === 'complete' ? this._next : null;
    const selected = items.filter((c) => this._selected.has(c.id)).map((c) => c.id);
    const locale = this.locale;
    const decide = (action: Action, ids: string[]) => void this.decide(action, ids);
    let body: TemplateResult | typeof nothing = nothing;
    if (failure?.kind === 'offline') body = statusView(msg('You seem to be offline: the server could not be reached.', { id: 'moderation.offline' }), () => this._retry());
    else if (failure?.kind === 'signed-out') body = statusView(failureText('signed-out'));
    else if (failure) body = statusView(msg('The comments could not be loaded.', { id: 'moderation.load-failed' }), () => this._retry());
    else if (status !== 'complete') body = statusView(msg('Loading comments…', { id: 'moderation.loading' }));
    else if (!items.length) body = statusView(emptyText(this._tab));
    const context = { tab: this._tab, locale, activeId: this._activeId, selected: this._selected, decide, toggle: (id: string) => this._toggle(id) };
    return html`<div part="panel" role="tabpanel" id="panel" aria-labelledby="tab-${this._tab}" aria-busy=${status === 'pending' || this._more.status === 'pending'}>
      ${selected.length ? bulkView(this._tab, selected, locale, decide, () => (this._selected = new Set())) : nothing}
      ${body}
      ${items.length ? html`<ol part="list">${items.map((c) => itemView(c, context))}</ol>` : nothing}
      ${next ? html`<button part="more" type="button" @click=${() => this._loadMore(next)}>${this._more.status === 'error' ? msg('Try again', { id: 'common.try-again' }) : msg('Load more', { id: 'moderation.load-more' })}</button>` : nothing}
    </div>`;
  }

  private _loadMore(cursor: string): void {
    const client = this._client;
    const status = this._tab;
    if (client && this._more.status !== 'pending') void this._more.run((signal) => client.listComments({ status, cursor, limit: this._pageSize }, { signal }));
  }

  protected override render() {
    const client = this._client;
    const toast = this._toast;
    return html`<section part="base" dir=${this.localeDir} @keydown=${this._onKey}>
      <div class="header">
        <h2 part="heading">${msg('Comment moderation', { id: 'moderation.heading' })}</h2>
        ${client ? html`<button part="help-button" type="button" aria-haspopup="dialog" @click=${() => this._openHelp()}>${msg('Keyboard shortcuts', { id: 'moderation.keyboard-shortcuts' })}</button>` : nothing}
        ${this._own && !this.client ? html`<button part="sign-out" type="button" @click=${() => this._signOut()}>${msg('Sign out', { id: 'moderation.sign-out' })}</button>` : nothing}
      </div>
      ${client
        ? html`${tabsView(this._tab, this._counts, this.locale, (s) => this._choose(s), (e) => this._onTabKey(e))} ${this._panel()}`
        : this.baseUrl
          ? signInView(this._signInMessage, (token) => this._signIn(token))
          : statusView(msg('No server to moderate: set base-url or client.', { id: 'moderation.no-server' }))}
      <p part="message" role="alert">${this._alert}</p>
      <div part="toast" role="status">
        ${toast ? html`<span>${toast.text}</span>${toast.undo ? html` <button type="button" @click=${() => this.undo()}>${msg('Undo', { id: 'moderation.undo' })}</button>` : nothing}` : nothing}
      </div>
      <dialog part="help" aria-labelledby="help-title" @close=${this._onHelpClosed}>${helpView(() => this._closeHelp())}</dialog>
    </section>`;
  }
}
