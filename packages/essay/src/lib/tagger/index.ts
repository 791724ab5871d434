/**
 * Stage 3, tagger: each level of sections becomes feature vectors (`features.ts`), decoded as one
 * sequence by the fitted model (`tagger.ts`, weights in `model.generated.ts`, written by
 * `pnpm train`), with the reasons a reader is shown (`reasons.ts`).
 */
export {
  addContrasts,
  featuresOf,
  type SectionFeatures,
  type SectionView,
} from './features.js'
export {model} from './model.generated.js'
export {type Decision, type Fixed, type TaggerModel, tagSequence} from './tagger.js'
