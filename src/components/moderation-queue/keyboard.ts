/**
 * The queue's keyboard: single-key shortcuts (what moderators of Gmail-like
 * queues expect), the help dialog that lists them, and the tablist's arrow keys.
 */
import { msg } from '@lit/localize';
import { html, type TemplateResult } from 'lit';
import type { Direction } from '../../internal/direction.js';

export type Shortcut = 'next' | 'previous' | 'approve' | 'reject' | 'select' | 'undo' | 'help';

const KEYS: Record<string, Shortcut> = { j: 'next', ArrowDown: 'next', k: 'previous', ArrowUp: 'previous', a: 'approve', r: 'reject', x: 'select', u: 'undo', '?': 'help' };

// Typing a token or any text is never a shortcut; a checkbox or a button is not text.
const TEXT_INPUT = /^(?!checkbox$|radio$|button$|submit$|reset$)/;

/** The shortcut a key press asks for; none with Ctrl, Alt or Meta, or while typing. */
export function shortcutOf(event: KeyboardEvent): Shortcut | undefined {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented || !Object.hasOwn(KEYS, event.key)) return undefined;
  const target = event.composedPath()[0] as HTMLElement;
  if (target.isContentEditable || target.localName === 'textarea' || target.localName === 'select') return undefined;
  if (target.localName === 'input' && TEXT_INPUT.test((target as HTMLInputElement).type)) return undefined;
  return KEYS[event.key];
}

/**
 * The tab an arrow key, Home or End moves to, from index `current` of `count`;
 * ArrowRight goes forward in LTR and backward in RTL, as the tabs are laid out.
 */
export function tabStep(key: string, current: number, count: number, dir: Direction): number | undefined {
  const forward = dir === 'rtl' ? 'ArrowLeft' : 'ArrowRight';
  const backward = dir === 'rtl' ? 'ArrowRight' : 'ArrowLeft';
  if (key === forward) return (current + 1) % count;
  if (key === backward) return (current - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return undefined;
}

/** The help dialog's content: each shortcut with what it does. */
export function helpView(close: () => void): TemplateResult {
  const rows: [string[], string][] = [
    [['j', '↓'], msg('Next comment', { id: 'moderation.key-next' })],
    [['k', '↑'], msg('Previous comment', { id: 'moderation.key-previous' })],
    [['a'], msg('Approve', { id: 'moderation.approve' })],
    [['r'], msg('Reject', { id: 'moderation.reject' })],
    [['x'], msg('Select or unselect', { id: 'moderation.key-select' })],
    [['u'], msg('Undo the last decision', { id: 'moderation.key-undo' })],
    [['?'], msg('Keyboard shortcuts', { id: 'moderation.keyboard-shortcuts' })],
    [['Esc'], msg('Close', { id: 'moderation.close' })],
  ];
  return html`<h2 id="help-title">${msg('Keyboard shortcuts', { id: 'moderation.keyboard-shortcuts' })}</h2>
    <dl>
      ${rows.map(([keys, what]) => html`<div><dt><kbd>${keys.join(' ')}</kbd></dt><dd>${what}</dd></div>`)}
    </dl>
    <button type="button" @click=${close}>${msg('Close', { id: 'moderation.close' })}</button>`;
}
