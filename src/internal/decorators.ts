/**
 * `@property()` and `@state()` for TypeScript's legacy decorators, the mode
 * this project compiles with. Lit's own decorators also carry the standard
 * decorator path, which is a third of an element's budget of its own code
 * and never runs here. The names match Lit's, so the custom-elements manifest
 * analyzer reads them the same way.
 */
import type { PropertyDeclaration, ReactiveElement } from 'lit';

export function property(options?: PropertyDeclaration) {
  return (proto: ReactiveElement, name: PropertyKey): void => {
    (proto.constructor as typeof ReactiveElement).createProperty(name, options);
  };
}

export function state(options?: PropertyDeclaration) {
  return property({ ...options, state: true, attribute: false });
}
