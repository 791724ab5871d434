import {describe, expect, it} from 'vitest'
import {section} from '../test-utils/index.js'
import {LoadError} from './errors.js'
import {parseShow, sectionsOfKind, toEssay} from './essay-data.js'

describe('toEssay', () => {
  it('should refuse values without a `sections` array', () => {
    for (const value of [null, 'essay', [], {}, {sections: {}}]) {
      expect(() => toEssay(value)).toThrow(LoadError)
    }
  })

  it('should give the fields it renders the right types', () => {
    const essay = toEssay({
      title: 3,
      lang: 'ja"><script>',
      frontmatter: [],
      sections: [
        null,
        {
          kind: 'rant',
          heading: 7,
          html: {},
          children: 'no',
          items: [
            {title: 'x'},
            {text: 'no title'},
            {title: 'y', section: 's', at: {block: 2, listItem: 1}},
            {title: 'z', at: {subsection: -1, block: 1.5}},
            {title: 'w', at: {subsection: 3, block: 1}},
            {title: 'v', at: {block: 0, sentence: 2, extra: '<b>'}},
          ],
        },
      ],
    })
    expect(essay).toMatchObject({title: null, lang: 'und', frontmatter: {}})
    expect(essay.sections).toHaveLength(1)
    expect(essay.sections[0]).toMatchObject({
      kind: 'other',
      heading: null,
      html: '',
      children: [],
      items: [
        {title: 'x', text: '', section: '', at: null},
        {title: 'y', text: '', section: 's', at: {block: 2, listItem: 1}},
        {title: 'z', text: '', section: '', at: null},
        {title: 'w', text: '', section: '', at: {subsection: 3}},
        {title: 'v', text: '', section: '', at: {block: 0, sentence: 2}},
      ],
    })
  })

  it('should stop at 8 levels of nesting', () => {
    let deep = {kind: 'experience', heading: 'h', html: '', children: [] as unknown[]}
    for (let level = 0; level < 20; level++)
      deep = {kind: 'experience', heading: 'h', html: '', children: [deep]}
    let depth = 0
    for (
      let current = toEssay({sections: [deep]}).sections[0];
      current;
      current = current.children[0]
    )
      depth++
    expect(depth).toBe(9)
  })
})

describe('parseShow', () => {
  it('should read kinds in order, without unknown words or repeats, defaulting to three kinds', () => {
    expect(parseShow(' Strategies  feelings strategies nope ')).toEqual(['strategies', 'feelings'])
    expect(parseShow('')).toEqual(['experience', 'feelings', 'strategies'])
    expect(parseShow(undefined)).toEqual(['experience', 'feelings', 'strategies'])
  })
})

describe('sectionsOfKind', () => {
  const tree = [
    section('other', 'Story', '', {
      children: [
        section('experience', 'Day one', '', {
          children: [
            section('feelings', 'Scared', ''),
            section('other', 'Aside', '', {children: [section('experience', 'Later', '')]}),
          ],
        }),
      ],
    }),
  ]
  const headings = (sections: {heading: string | null}[]) => sections.map((item) => item.heading)

  it('should search inside sections of kinds not shown', () => {
    expect(headings(sectionsOfKind(tree, 'experience', ['experience', 'feelings']))).toEqual([
      'Day one',
    ])
  })

  it('should list subsections of another shown kind under their own kind', () => {
    expect(headings(sectionsOfKind(tree, 'feelings', ['experience', 'feelings']))).toEqual([
      'Scared',
    ])
    expect(headings(sectionsOfKind(tree, 'feelings', ['feelings']))).toEqual(['Scared'])
  })

  it('should list a section of a shown kind nested in one not shown, inside a shown one', () => {
    expect(headings(sectionsOfKind(tree, 'experience', ['experience', 'other']))).toEqual([
      'Day one',
      'Later',
    ])
  })
})
