/**
 * What the person typed in the comment form, kept as they type: the fields,
 * the Idempotency-Key of this draft, the request sent when its answer never
 * came, and whether name and email are remembered for the next article.
 * Nothing is lost on failure: the draft leaves storage only when the server
 * accepted it.
 */
import type { ReactiveControllerHost } from 'lit';
import type { CommentDraft } from '../../sdk/schemas.js';
import { clearDraft, loadDraft, loadIdentity, saveDraft, saveIdentity, type Fields } from './drafts.js';

export class DraftKeeper {
  fields: Fields = { authorName: '', email: '', body: '' };
  /** The Idempotency-Key of this draft, reused on every retry. */
  key: string | undefined;
  /** The request last sent when no answer came back: a retry resends it as is. */
  sent: CommentDraft | undefined;
  /** Name and email are remembered on this device for the next article. */
  remember = false;

  constructor(
    private readonly _host: ReactiveControllerHost,
    private readonly _articleId: () => string | undefined,
  ) {}

  /** Takes the article's saved draft, else the remembered name and email; true when it has text. */
  restore(): boolean {
    const id = this._articleId();
    const draft = id ? loadDraft(id) : undefined;
    const identity = loadIdentity();
    this.remember = !!identity;
    const from = draft ?? identity;
    this.fields = { authorName: from?.authorName ?? '', email: from?.email ?? '', body: draft?.body ?? '' };
    this.key = draft?.key;
    this.sent = draft?.sent;
    this._host.requestUpdate();
    return !!draft?.body;
  }

  set(field: keyof Fields, value: string): void {
    this.fields = { ...this.fields, [field]: value };
    this.save();
  }

  /** Writes the draft (and the identity, when remembered). */
  save(): void {
    const id = this._articleId();
    if (id) {
      // The email stays on this device only when the reader asked to be remembered; a request kept for
      // an exact resend then lacks it too, and takes it from the field again.
      const email = this.remember ? this.fields.email : '';
      const sent = this.sent && { ...this.sent, email };
      saveDraft(id, { ...this.fields, email, ...(this.key && { key: this.key }), ...(sent && { sent }) });
    }
    if (this.remember) saveIdentity(this.fields);
    this._host.requestUpdate();
  }

  /** About to send `draft`: kept, with a key, until an answer comes. */
  sending(draft: CommentDraft): string {
    this.key ??= crypto.randomUUID();
    this.sent = draft;
    this.save();
    return this.key;
  }

  /** The server has the comment: forget the draft, keep name and email in the fields. */
  accepted(): void {
    const id = this._articleId();
    if (id) clearDraft(id);
    this.key = undefined;
    this.sent = undefined;
    this.fields = { ...this.fields, body: '' };
    if (this.remember) saveIdentity(this.fields);
    this._host.requestUpdate();
  }

  /** The kept request was not stored (or `withKey`: under another text); the next send is a new request. */
  forgetSent(withKey: boolean): void {
    this.sent = undefined;
    if (withKey) this.key = undefined;
    this.save();
  }

  rememberMe(on: boolean): void {
    this.remember = on;
    saveIdentity(on ? this.fields : undefined);
    this.save();
  }
}
