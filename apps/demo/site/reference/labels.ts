import {html} from '../html.js'

/** The words of the element reference, per page language; the descriptions stay in English. */
const labels = {
  en: {
    reference: 'Reference',
    generated: html`Generated at build time from <code>packages/embed/custom-elements.json</code>, the element’s manifest.`,
    missing: html`The reference is generated from <code>packages/embed/custom-elements.json</code>, which has not been built yet. Run <code>pnpm --filter @tsuzuri/embed build</code> and rebuild the site.`,
    fields: 'Attributes and properties',
    methods: 'Methods',
    events: 'Events',
    slots: 'Slots',
    cssParts: 'CSS parts',
    cssProperties: 'CSS custom properties',
    type: 'type',
    default: 'default',
    both: 'attribute and property',
    attribute: 'attribute',
    property: 'property',
    propertyOnly: 'property only, no attribute',
    attributeOnly: 'attribute only',
    defaultSlot: '(default slot)',
  },
  ja: {
    reference: 'リファレンス',
    generated: html`要素のマニフェスト <code>packages/embed/custom-elements.json</code> からビルド時に生成しています(説明は英語です)。`,
    missing: html`このリファレンスは <code>packages/embed/custom-elements.json</code> から生成しますが、まだビルドされていません。<code>pnpm --filter @tsuzuri/embed build</code> を実行してからサイトをビルドし直してください。`,
    fields: '属性とプロパティ',
    methods: 'メソッド',
    events: 'イベント',
    slots: 'スロット',
    cssParts: 'CSS パーツ',
    cssProperties: 'CSS カスタムプロパティ',
    type: '型',
    default: '既定値',
    both: '属性とプロパティ',
    attribute: '属性',
    property: 'プロパティ',
    propertyOnly: 'プロパティのみ(属性なし)',
    attributeOnly: '属性のみ',
    defaultSlot: '(既定のスロット)',
  },
} as const

export type Labels = (typeof labels)[keyof typeof labels]

export function labelsFor(lang: string): Labels {
  return lang === 'ja' ? labels.ja : labels.en
}
