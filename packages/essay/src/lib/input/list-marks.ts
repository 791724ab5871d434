/** The marks that open a list item in a paste or a line of a `<br>`-laid-out post. */

/** A bullet or a number that opens a list item (`・`, `-`, `●`, `1.`, `1）`). */
export const bulletMark = /^(?:[-*+・•◦▪●○◉]|\d{1,3}[.)．）])[ \t\u3000]*/
/** Marks that only ever open a list item (`●` and numbers may open a heading too). */
export const listOnlyMark = /^[-*+・•◦▪][ \t\u3000]*/
