import type {Essay} from '@tsuzuri/essay'
import {afterEach, beforeEach, describe, expect, it, vi} from 'vitest'
import type {Labels, TsuzuriEssay} from '../index.js'
import {type Strings, strings} from '../lib/labels.js'
import {
  axeViolations,
  cleanup,
  container,
  item,
  mount,
  mountEssay,
  next,
  sampleEssay,
  section,
  shadow,
} from '../test-utils/index.js'

// A site in another language gives the element all of its words.

const pageLang = document.documentElement.lang
beforeEach(() => document.documentElement.removeAttribute('lang'))
afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
  document.documentElement.lang = pageLang
})

const french: Labels = {
  kinds: {
    intro: 'Préambule',
    background: 'Contexte',
    experience: 'Vécu',
    feelings: 'Ressenti',
    strategies: 'Conseils',
    conclusion: 'En bref',
    other: 'Divers',
  },
  tablist: 'Parties',
  loading: 'Chargement…',
  by: 'Par ',
  original: 'Article original',
  empty: 'Aucune partie « {kinds} »',
  separator: ' ; ',
  checklist: 'Liste à cocher',
  failed: 'Impossible d’afficher l’essai',
  errors: {
    'not-found': 'Introuvable',
    http: 'Erreur du serveur',
    network: 'Erreur de réseau ou CORS',
    timeout: 'Délai dépassé',
    'too-large': 'Trop volumineux',
    'not-essay': 'Ce n’est pas un essai',
    parser: 'Impossible de charger l’analyseur',
  },
}

/** An essay in French, with an author and a link, and strategies written as prose. */
function frenchEssay(): Essay {
  return {
    title: 'Retour au travail',
    lang: 'fr',
    frontmatter: {author: 'Camille', url: 'https://blog.example/retour'},
    sections: [
      section('experience', 'Le premier jour', '<p>Mon bureau avait changé de place.</p>'),
      section('strategies', 'Ce qui a aidé', '<p>Demander tôt. Marcher le midi.</p>', {
        items: [item('Demander tôt'), item('Marcher le midi')],
      }),
    ],
    warnings: [],
  }
}

/**
 * The built-in words the element could show, in both languages: each label, or each part of it
 * around `{kinds}`.
 */
function builtIn(): string[] {
  const leaves = (value: unknown): string[] =>
    typeof value === 'string'
      ? value.split('{kinds}')
      : Object.values(value as object).flatMap((inner) => leaves(inner))
  const all = [strings('en'), strings('ja')].flatMap((t: Strings) => leaves(t))
  return [...new Set(all.map((text) => text.trim()).filter((text) => text.length > 1))]
}

/** Every word the element shows or gives screen readers: its text and its `aria-label`s. */
function words(element: TsuzuriEssay): string {
  const root = shadow(element)
  const labels = [...root.querySelectorAll('[aria-label]')].map((node) =>
    node.getAttribute('aria-label'),
  )
  return [root.textContent, ...labels].join('\n')
}

describe('<tsuzuri-essay labels>', () => {
  it('should show only the words it is given, in every layout and state, marked with the language of `locale`', async () => {
    const seen: string[] = []
    // Every kind, in tabs (kinds with no section included) and in the stack layout.
    const element = await mountEssay(
      frenchEssay(),
      'locale="fr" show="intro background experience feelings strategies conclusion other"',
    )
    element.labels = french
    await element.updateComplete
    const root = shadow(element)
    expect(
      [...root.querySelectorAll('[role="tab"]')].map((tab) =>
        tab.textContent?.replace(/\s+/g, ' ').trim(),
      ),
    ).toEqual([
      'Préambule 0',
      'Contexte 0',
      'Vécu 1',
      'Ressenti 0',
      'Conseils 1',
      'En bref 0',
      'Divers 0',
    ])
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Parties')
    expect(root.querySelector('[part="attribution"]')?.textContent).toContain('Par Camille')
    expect(root.querySelector('[part="link"]')?.textContent).toBe('Article original')
    expect(root.querySelector('[part="items"]')?.getAttribute('aria-label')).toBe('Liste à cocher')
    expect(root.querySelector('p.empty')?.textContent).toBe('Aucune partie « Préambule »')
    expect(root.querySelector('.base')?.getAttribute('lang')).toBe('fr')
    expect(root.querySelector('p.empty')?.getAttribute('lang')).toBe('fr')
    expect(await axeViolations(element)).toEqual([])
    seen.push(words(element))
    element.layout = 'stack'
    await element.updateComplete
    seen.push(words(element))
    // No section of a shown kind.
    element.show = 'experience feelings'
    element.essay = {...frenchEssay(), sections: [section('conclusion', 'Fin', '<p>Voilà.</p>')]}
    await element.updateComplete
    expect(root.querySelector('[part="empty"]')?.textContent?.trim()).toBe(
      'Aucune partie « Vécu ; Ressenti »',
    )
    seen.push(words(element))
    // Loading, then an error, with the message `tsuzuri-error` gives.
    const loading = document.createElement('tsuzuri-essay')
    loading.labels = french
    loading.locale = 'fr'
    loading.src = '/__fixtures/status/404?delay=300'
    const failed = next<CustomEvent>(container(), 'tsuzuri-error')
    document.querySelector('.test-container:last-child')?.append(loading)
    await loading.updateComplete
    expect(shadow(loading).querySelector('[role="status"]')?.textContent).toBe('Chargement…')
    seen.push(words(loading))
    const {detail} = await failed
    await loading.updateComplete
    expect(detail.message).toMatch(/^Introuvable \(HTTP 404\): http/)
    const error = shadow(loading).querySelector('[part="error"]')?.textContent
    expect(error).toContain('Impossible d’afficher l’essai')
    expect(error).toContain(detail.message)
    seen.push(words(loading))
    const left = builtIn().filter((word) => seen.some((text) => text.includes(word)))
    expect(left).toEqual([])
  })

  it('should keep its own words for the labels it is not given, kinds and errors name by name', async () => {
    const element = await mountEssay(sampleEssay(), 'locale="en"')
    element.labels = {kinds: {strategies: 'Tips'}, errors: {http: 'Oops'}}
    await element.updateComplete
    const root = shadow(element)
    expect(
      [...root.querySelectorAll('[role="tab"] span:first-child')].map((span) => span.textContent),
    ).toEqual(['Experience', 'Feelings', 'Tips'])
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Sections')
    expect(root.querySelector('.base')?.getAttribute('lang')).toBe('en')
    element.labels = undefined
    await element.updateComplete
    expect(root.querySelector('[role="tab"]:last-child span')?.textContent).toBe('Strategies')
  })

  it('should read the JSON of the `labels` attribute', async () => {
    const element = await mount(
      `<tsuzuri-essay locale="en" labels='{"kinds": {"strategies": "Tips"}, "tablist": "Parts"}'></tsuzuri-essay>`,
    )
    element.essay = sampleEssay()
    await element.updateComplete
    expect(element.labels).toEqual({kinds: {strategies: 'Tips'}, tablist: 'Parts'})
    const root = shadow(element)
    expect(root.querySelector('[role="tablist"]')?.getAttribute('aria-label')).toBe('Parts')
    expect(root.querySelector('[role="tab"]:last-child span')?.textContent).toBe('Tips')
  })

  it('should warn, naming itself, and keep its own words when the attribute is not JSON', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const element = await mountEssay(sampleEssay(), 'locale="en"')
    expect(() => element.setAttribute('labels', "{kinds: {strategies: 'Tips'}}")).not.toThrow()
    await element.updateComplete
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0]?.[0])).toMatch(
      /^<tsuzuri-essay>: labels attribute ignored, not JSON: /,
    )
    expect(element.labels).toBeUndefined()
    expect(shadow(element).querySelector('[role="tab"]:last-child span')?.textContent).toBe(
      'Strategies',
    )
  })

  it('should not break on labels of the wrong shape', async () => {
    const essay = sampleEssay()
    essay.sections = [section('conclusion', 'まとめ', '<p>おわり</p>')]
    const element = await mountEssay(essay, 'locale="en"')
    for (const labels of [
      {empty: 5, separator: null, kinds: null, errors: 'x'},
      ['a', 'b'],
      'Tips',
      42,
      null,
    ]) {
      element.labels = labels as never
      await element.updateComplete
      expect(shadow(element).querySelector('[part="empty"]'), JSON.stringify(labels)).not.toBeNull()
    }
  })
})
