/**
 * Fitted weights ship as text, one character per weight: training rounds every weight to a
 * tenth, so a weight is a whole number of tenths, stored as the character that many places from
 * `zero`. The parser file carries the model's and the English words' weights; as characters they
 * gzip to about half of what the same numbers as JSON do.
 */
const zero = 80

/** The rows of a weight table, from their packed text (one string per row). */
export function unpackWeights(rows: readonly string[]): number[][] {
  return rows.map((row) => Array.from(row, (char) => ((char.codePointAt(0) ?? zero) - zero) / 10))
}

/** The packed text of a weight table: throws on a weight that is not a whole number of tenths. */
export function packWeights(rows: readonly (readonly number[])[]): string[] {
  return rows.map((row) =>
    row
      .map((weight) => {
        const tenths = Math.round(weight * 10)
        if (Math.abs(tenths - weight * 10) > 1e-6 || tenths + zero < 1)
          throw new RangeError(`Cannot pack the weight ${weight}: round weights to tenths above -8`)
        return String.fromCodePoint(tenths + zero)
      })
      .join(''),
  )
}
