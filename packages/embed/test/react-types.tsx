// Type-checked by `pnpm typecheck`, never run: the props `@tsuzuri/embed/react` and the README's
// declaration of the bare tag accept. An unused `@ts-expect-error` fails the check.
import type {Essay, Kind} from '@tsuzuri/essay'
import {createRef, type ReactNode} from 'react'
import type {LoadErrorCode, TsuzuriEssay, TsuzuriEventMap} from '../src/index.js'
import {TsuzuriEssay as Component, type TsuzuriEssayProperties} from '../src/react.js'

// The README's declaration, as it is there (test/readme.test.ts compares them).
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'tsuzuri-essay': React.DetailedHTMLProps<React.HTMLAttributes<TsuzuriEssay>, TsuzuriEssay> &
        TsuzuriEssayProperties & {
          [Name in keyof TsuzuriEventMap as `on${Name}`]?: (event: TsuzuriEventMap[Name]) => void
        }
    }
  }
}

declare const essay: Essay
const ref = createRef<TsuzuriEssay>()
const divRef = createRef<HTMLDivElement>()

export const component: ReactNode[] = [
  <Component
    key="all"
    ref={ref}
    essay={essay}
    src="/essays/back-to-work.md"
    show="strategies"
    layout="stack"
    selected="strategies"
    locale="en"
    headingLevel={3}
    format="text"
    author="Mina"
    originalUrl="https://example.com/post"
    theme="dark"
    maxSize={1024}
    timeout={0}
    loading="lazy"
    labels={{kinds: {strategies: 'Conseils'}, by: 'Par '}}
    onTsuzuriLoad={(event) => event.detail.title}
    onTsuzuriSectionChange={(event) => [event.detail.kind, event.detail.previous] satisfies Kind[]}
    onTsuzuriError={(event) => event.detail.code satisfies LoadErrorCode}
    id="essay"
    className="wide"
  >
    <p>Read it on my blog.</p>
  </Component>,
  <Component key="null" essay={null} labels={null} />,
  // @ts-expect-error: `layout` is `'tabs' | 'stack'`.
  <Component key="layout" layout="grid" />,
  // @ts-expect-error: `headingLevel` is a number.
  <Component key="level" headingLevel="3" />,
  // @ts-expect-error: `essay` is a parsed essay, not its Markdown.
  <Component key="essay" essay="# Back to work" />,
  // @ts-expect-error: there is no `tsuzuri-loaded` event.
  <Component key="event" onTsuzuriLoaded={() => {}} />,
  // @ts-expect-error: `tsuzuri-load`'s `detail` is the essay, which has no `code`.
  <Component key="detail" onTsuzuriLoad={(event) => event.detail.code} />,
  // @ts-expect-error: LitElement's members are not props.
  <Component key="lit" renderRoot={document.body} />,
  // @ts-expect-error: the ref is the element.
  <Component key="ref" ref={divRef} />,
]

export const tag: ReactNode[] = [
  <tsuzuri-essay
    key="all"
    ref={ref}
    essay={essay}
    show="strategies"
    headingLevel={3}
    loading="lazy"
    labels={{tablist: 'Parties'}}
    ontsuzuri-load={(event) => event.detail.title}
    ontsuzuri-section-change={(event) => event.detail.kind satisfies Kind}
    ontsuzuri-error={(event) => event.detail.status}
  />,
  // @ts-expect-error: `theme` is `'auto' | 'light' | 'dark'`.
  <tsuzuri-essay key="theme" theme="sepia" />,
  // @ts-expect-error: `tsuzuri-error`'s `detail` has no `title`.
  <tsuzuri-essay key="detail" ontsuzuri-error={(event) => event.detail.title} />,
]
