import {css} from 'lit'

// The same colours, custom properties and defaults as <tsuzuri-essay>, so that one theme styles both.
export const styles = css`
  :host {
    display: block;
    color-scheme: light dark;
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    --_text: var(--tsuzuri-color-text, light-dark(#1f1d1a, #ece8e1));
    --_muted: var(--tsuzuri-color-muted, light-dark(#5c564e, #b5ada2));
    --_background: var(--tsuzuri-color-background, light-dark(#fffdf9, #1d1c1a));
    --_surface: var(--tsuzuri-color-surface, light-dark(#f4efe7, #2a2825));
    --_border: 1px solid var(--tsuzuri-color-border, light-dark(#ddd5c9, #48443e));
    --_accent: var(--tsuzuri-color-accent, light-dark(#9c3f12, #f2a772));
    --_space: var(--tsuzuri-space, 1rem);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  .base {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border: var(--_border);
    border-radius: var(--tsuzuri-radius, 0.5rem);
    background: var(--_background);
    color: var(--_text);
    font-family: var(--tsuzuri-font-family, inherit);
    font-size: var(--tsuzuri-font-size, 1rem);
    line-height: 1.6;
  }
  :focus-visible {
    outline: 2px solid var(--tsuzuri-color-focus, light-dark(#1a5fb4, #8cb8f2));
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5em 1em;
    align-items: end;
  }
  .controls label {
    display: flex;
    flex-direction: column;
    gap: 0.2em;
    max-inline-size: 100%;
    font-size: 0.9em;
  }
  input,
  select,
  button {
    max-inline-size: 100%;
    padding: 0.35em 0.6em;
    border: var(--_border);
    border-radius: 0.3em;
    background: var(--_background);
    color: var(--_text);
    font: inherit;
  }
  input {
    inline-size: 16em;
  }
  button {
    margin-block-start: var(--_space);
    background: var(--_surface);
    cursor: pointer;
  }
  .count,
  .credit,
  .controls label,
  .loading,
  .empty {
    color: var(--_muted);
  }
  .count {
    margin: var(--_space) 0 0;
  }
  .group,
  .list {
    max-inline-size: var(--tsuzuri-measure, 36em);
  }
  [part='group-heading'] {
    margin: 1.2em 0 0;
    font-size: 1.2em;
  }
  :is([part='group-heading'], .item-title):lang(ja) {
    word-break: keep-all;
    overflow-wrap: anywhere;
    word-break: auto-phrase;
  }
  .credit {
    margin: 0.2em 0 0;
    font-size: 0.9em;
  }
  .list {
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-wrap: break-word;
  }
  .item {
    padding-block: 0.7em;
    border-block-end: var(--_border);
    line-height: var(--tsuzuri-line-height, 1.7);
  }
  .item:lang(ja) {
    line-height: var(--tsuzuri-line-height, 1.8);
    line-break: strict;
  }
  .item-title {
    font-weight: 600;
  }
  .text {
    margin: 0.2em 0 0;
  }
  .loading {
    min-block-size: var(--tsuzuri-loading-height, 16rem);
  }
  .loading p {
    margin: 0;
  }
  .fallback {
    min-block-size: 0;
  }
  .error {
    padding: 0.5em 1em;
    border-inline-start: 4px solid var(--tsuzuri-color-error, light-dark(#a51d2d, #ff9a9a));
    background: var(--_surface);
    overflow-wrap: anywhere;
  }
  .empty {
    padding: var(--_space);
    border: var(--_border);
    text-align: center;
  }
`
