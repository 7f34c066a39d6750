/**
 * The queue's own sign-in: the admin token, kept in sessionStorage only (it
 * goes when the tab closes, never into localStorage), one per API root.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

const key = (baseUrl: string) => `news-moderation-token ${baseUrl}`;

// Storage can throw (blocked by privacy settings, sandboxed frames): the queue then asks every time.
export function readToken(baseUrl: string): string | null {
  try {
    return sessionStorage.getItem(key(baseUrl));
  } catch {
    return null;
  }
}

export function keepToken(baseUrl: string, token: string | null): void {
  try {
    if (token) sessionStorage.setItem(key(baseUrl), token);
    else sessionStorage.removeItem(key(baseUrl));
  } catch {
    // the token lives in memory for this element only
  }
}

/** The token field and its button (why it asks again is the queue's alert). */
export function signInView(submit: (token: string) => void): TemplateResult {
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    const input = (event.target as HTMLFormElement).elements.namedItem('token') as HTMLInputElement;
    submit(input.value.trim());
  };
  return html`<form part="sign-in" @submit=${onSubmit}>
    <p class="status-message">${msg('Sign in with the admin token of the news server.', { id: 'moderation.sign-in-intro' })}</p>
    <label for="token">${msg('Admin token', { id: 'moderation.admin-token' })}</label>
    <input id="token" name="token" type="password" autocomplete="off" spellcheck="false" required />
    <button type="submit">${msg('Sign in', { id: 'moderation.sign-in' })}</button>
  </form>`;
}
