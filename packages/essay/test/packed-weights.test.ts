import {describe, expect, it} from 'vitest'
import {packWeights, unpackWeights} from '../src/lib/tagger/packed-weights.js'

describe('packed weights', () => {
  it('give back every weight a fit rounds to tenths, signs and extremes included', () => {
    const rows = [
      [0, 0.1, -0.1, 3.7, -4.4, 7.9, -7.9],
      [12.3, -0.5, 0.3, 0, 0, 1, -1],
    ]
    const packed = packWeights(rows)
    expect(packed.map((row) => [...row].length)).toEqual([7, 7])
    expect(unpackWeights(packed)).toEqual(rows)
    // The same doubles as the numbers written out: a model reads the same whichever way it ships.
    expect(JSON.stringify(unpackWeights(packed))).toBe(JSON.stringify(rows))
  })

  it('survive being written into a module as a JSON string', () => {
    const rows = [[-4.6, -4.8, 1.2, 0, 4.6]]
    expect(unpackWeights(JSON.parse(JSON.stringify(packWeights(rows))))).toEqual(rows)
  })

  it('refuse a weight that is not a whole number of tenths, or too negative to pack', () => {
    expect(() => packWeights([[0.25]])).toThrow(/0\.25/)
    expect(() => packWeights([[-8]])).toThrow(RangeError)
  })
})
