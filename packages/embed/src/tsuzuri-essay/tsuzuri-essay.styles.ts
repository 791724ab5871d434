import {css} from 'lit'

export const styles = css`
  /* Colours follow the element's color-scheme: light or dark as the reader prefers, unless the
     theme attribute (or the page's CSS) sets it. Browsers without light-dark() keep the page's
     colours. */
  :host {
    display: block;
    color-scheme: light dark;
    /* What the layout depends on is the element's own: a page's centred or indented text around
       it must not reach the essay. Font and colour stay inheritable. */
    text-align: start;
    text-indent: 0;
    letter-spacing: normal;
    word-spacing: normal;
    white-space: normal;
    --_text: var(--tsuzuri-color-text, light-dark(#1f1d1a, #ece8e1));
    --_muted: var(--tsuzuri-color-muted, light-dark(#5c564e, #b5ada2));
    --_surface: var(--tsuzuri-color-surface, light-dark(#f4efe7, #2a2825));
    --_line: var(--tsuzuri-color-border, light-dark(#ddd5c9, #48443e));
    --_border: 1px solid var(--_line);
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
    background: var(--tsuzuri-color-background, light-dark(#fffdf9, #1d1c1a));
    color: var(--_text);
    /* Longhands: the font shorthand is invalid with inherit as its family, and would be dropped. */
    font-family: var(--tsuzuri-font-family, inherit);
    font-size: var(--tsuzuri-font-size, 1rem);
    line-height: 1.6;
  }
  :focus-visible {
    outline: 2px solid var(--tsuzuri-color-focus, light-dark(#1a5fb4, #8cb8f2));
    outline-offset: 2px;
  }
  a,
  .tick {
    color: var(--_accent);
    accent-color: var(--_accent);
  }
  [part$='heading'] {
    margin: 0.5em 0 0;
    font-size: 1.1em;
  }
  [part='group-heading'] {
    margin-top: 1.5em;
    font-size: 1.3em;
  }
  [part='title'] {
    margin: 0;
    font-size: 1.5em;
  }
  /* Japanese: headings and labels break between phrases (auto-phrase) where the browser can;
     elsewhere words stay whole and lines break at punctuation, or anywhere rather than overflow. */
  :is([part='title'], [part$='heading'], .tab, .item-title):lang(ja) {
    word-break: keep-all;
    overflow-wrap: anywhere;
    word-break: auto-phrase;
  }
  .attribution {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1em;
    margin: 0.4em 0 var(--_space);
  }
  .attribution,
  .tab,
  .count,
  .loading,
  .empty {
    color: var(--_muted);
  }
  /* The tabs stay on one row and scroll sideways when they do not fit (a wrapped row would put
     the selected tab's line away from the line under the tabs). The line is a shadow inside the
     list, under the tabs' own lines; focus rings are drawn inside the tabs, which the list clips. */
  .tabs {
    display: flex;
    overflow-x: auto;
    scrollbar-width: thin;
    margin-block: var(--_space);
    box-shadow: inset 0 -1px var(--_line);
  }
  .tab {
    flex: none;
    padding: 0.5em 0.9em;
    border: 0;
    border-block-end: 3px solid transparent;
    background: none;
    font: inherit;
    cursor: pointer;
  }
  .tab:focus-visible {
    outline-offset: -5px;
  }
  .tab[aria-selected='true'] {
    border-block-end-color: var(--_accent);
    color: var(--_text);
    font-weight: 600;
  }
  /* Forced colours drop the list's shadow and paint every tab's transparent border: the line
     becomes a border of the list, and only the selected tab's own line is drawn. */
  @media (forced-colors: active) {
    .tabs {
      box-shadow: none;
      border-block-end: 1px solid CanvasText;
    }
    .tab {
      border-block-end-color: Canvas;
    }
    .tab[aria-selected='true'] {
      border-block-end-color: Highlight;
    }
  }
  .count {
    margin-inline-start: 0.5em;
    padding: 0 0.5em;
    border-radius: 1em;
    background: var(--_surface);
    font-size: 0.8em;
  }
  .panel,
  .group {
    max-inline-size: var(--tsuzuri-measure, 36em);
    line-height: var(--tsuzuri-line-height, 1.7);
    overflow-wrap: break-word;
  }
  :lang(ja) > .section {
    line-height: var(--tsuzuri-line-height, 1.8);
    line-break: strict;
  }
  .heading-row,
  .items label {
    display: flex;
    align-items: baseline;
  }
  .tick {
    flex: none;
    margin-inline: 0 0.5em;
    inline-size: 1.1em;
    block-size: 1.1em;
  }
  .content img {
    max-inline-size: 100%;
  }
  /* GFM tables (from remark-gfm through remarkEssay); kept as display: table, since a block
     display takes a table's semantics away from screen readers in some browsers. */
  .content table {
    border-collapse: collapse;
  }
  .content th,
  .content td {
    padding: 0.25em 0.6em;
    border: var(--_border);
  }
  .items {
    padding: 0;
    list-style: none;
  }
  .item-title {
    font-weight: 600;
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
