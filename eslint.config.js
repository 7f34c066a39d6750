import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/', '.pack/', 'examples/*/dist/', 'examples/*/node_modules/', 'storybook-static/', 'node_modules/', 'src/locales/', 'server/.data/', 'bench/results/', 'coverage/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    files: ['src/**/*.ts'],
    rules: {
      'lit/no-invalid-html': 'error',
      'lit/no-value-attribute': 'error',
      'lit/attribute-value-entities': 'error',
      'lit/binding-positions': 'error',
      'lit/no-duplicate-template-bindings': 'error',
      'lit/no-useless-template-literals': 'error',
      'lit/no-legacy-template-syntax': 'error',
      'lit/no-property-change-update': 'error',
      'lit/no-this-assign-in-render': 'error',
      'lit/no-native-attributes': 'off', // `lang` is ours on purpose: it drives locale resolution
      'wc/guard-super-call': 'off', // LitElement's lifecycle methods always exist
    },
  },
  {
    files: ['test/**/*.ts', 'test/**/*.tsx'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' }, // chai: expect(x).to.exist
  },
  {
    // The SDK is DOM-free and never reaches into components or lit.
    files: ['src/sdk/**/*.ts'],
    languageOptions: { globals: { ...globals.es2022, ...globals.node } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['lit', 'lit/*', '@lit/*', '**/components/**', '**/internal/**', 'dompurify'] },
      ],
      'no-restricted-globals': ['error', 'document', 'window', 'navigator', 'HTMLElement', 'customElements', 'localStorage'],
    },
  },
);
