/**
 * `@tsuzuri/embed/react`: `<tsuzuri-essay>` as a React component, made by `@lit/react`. Every
 * public property of the element is a prop (set as a property, so `essay` and `labels` take
 * objects), and each `tsuzuri-*` event is an `onTsuzuri…` prop; React 18 and 19 alike. Importing
 * it registers the element.
 */
import {createComponent, type EventName} from '@lit/react'
import type {LitElement} from 'lit'
import * as React from 'react'
import type {TsuzuriEventMap} from './lib/events.js'
import {TsuzuriEssay as TsuzuriEssayElement} from './tsuzuri-essay/tsuzuri-essay.js'

/** `tsuzuri-section-change` → `TsuzuriSectionChange`. */
type Pascal<Name extends string> = Name extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<Name>

/**
 * The element's own public properties (those of the API table: none of `LitElement`'s, no
 * methods), each optional.
 */
export type TsuzuriEssayProperties = {
  [Name in Exclude<
    keyof TsuzuriEssayElement,
    keyof LitElement
  > as TsuzuriEssayElement[Name] extends (...args: never[]) => unknown
    ? never
    : Name]?: TsuzuriEssayElement[Name]
}

/** One handler prop per event of the element: `onTsuzuriLoad` for `tsuzuri-load`, and so on. */
export type TsuzuriEssayEventHandlers = {
  [Name in keyof TsuzuriEventMap as `on${Pascal<Name>}`]?: (event: TsuzuriEventMap[Name]) => void
}

/**
 * Props of `TsuzuriEssay`: the element's properties, its event handlers, and what any element
 * takes (`id`, `className`, `style`, `hidden`, `children`: fallback content, as in HTML).
 */
export type TsuzuriEssayProps = Omit<
  React.HTMLAttributes<TsuzuriEssayElement>,
  keyof TsuzuriEssayProperties | keyof TsuzuriEssayEventHandlers
> &
  TsuzuriEssayProperties &
  TsuzuriEssayEventHandlers

/** An event's name, typed with its event for `@lit/react`. */
function event<Name extends keyof TsuzuriEventMap>(name: Name) {
  return name as EventName<TsuzuriEventMap[Name]>
}

/** The event of each handler prop; the type requires one for every event of `TsuzuriEventMap`. */
const events: {
  [Name in keyof TsuzuriEventMap as `on${Pascal<Name>}`]-?: EventName<TsuzuriEventMap[Name]>
} = {
  onTsuzuriLoad: event('tsuzuri-load'),
  onTsuzuriSectionChange: event('tsuzuri-section-change'),
  onTsuzuriError: event('tsuzuri-error'),
}

/**
 * `<tsuzuri-essay>` for React: `<TsuzuriEssay essay={essay} show="strategies" onTsuzuriLoad={…} />`.
 * Its `ref` is the element.
 */
export const TsuzuriEssay: React.ForwardRefExoticComponent<
  TsuzuriEssayProps & React.RefAttributes<TsuzuriEssayElement>
> = createComponent({
  react: React,
  tagName: 'tsuzuri-essay',
  elementClass: TsuzuriEssayElement,
  events,
  displayName: 'TsuzuriEssay',
})
