/**
 * Stage 2, outline: from the mdast tree to nested sections (title, intro, headings and the blocks
 * under each), and the ids they are linked by.
 */
export {buildOutline, type Outline, type OutlineSection} from './outline.js'
export {IdRegistry} from './slug.js'
