// What each framework's types accept and refuse, checked against the packed package as a user's
// project would (library declarations included). Every fixture in test/types also holds deliberate
// mistakes under @ts-expect-error, so a type that stops checking (an unused @ts-expect-error) fails
// here as surely as a type that breaks. One compiler run for all of them (each costs seconds).
import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { fixture, typecheck, type RunResult } from './support.js';

const cases = [
  ['React wrappers (news-elements/react): props, onNews… events, ref', 'react-wrappers.tsx'],
  ['React 19 JSX (news-elements/jsx)', 'react-jsx.tsx'],
  ['Preact JSX (news-elements/jsx)', 'preact.tsx'],
  ['Solid JSX with prop:/on: (news-elements/jsx)', 'solid.tsx'],
  ['Svelte svelteHTML elements (news-elements/svelte)', 'svelte.ts'],
] as const;

describe('framework types', () => {
  let result: RunResult;
  before(() => {
    result = typecheck(cases.map(([, file]) => fixture(file, 'types')));
  });

  for (const [name, file] of cases) {
    it(`type-checks ${name}, refusing a wrong prop and a wrong event detail`, () => {
      const errors = result.output.split('\n').filter((line) => line.includes(`types/${file}(`));
      assert.deepEqual(errors, [], errors.join('\n'));
    });
  }

  it('reports no error elsewhere (the library declarations themselves)', () => {
    assert.equal(result.code, 0, result.output);
  });
});
