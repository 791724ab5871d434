// The table of HTML's named character references, a file of the CDN build of its own
// (`tsuzuri-essay-entities.js`, next to the parser file): the parser imports it only for text
// that may hold a `&name;` (see `cdn-references.ts`).
export {characterEntities} from 'character-entities'
