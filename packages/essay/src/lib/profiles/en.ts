import {lexicon} from './en-lexicon.generated.js'
import {anyApostrophe, type BodyCues, type LanguageProfile} from './profile.js'

function withAnyApostrophe<T extends Record<string, RegExp>>(cues: T): T {
  return Object.fromEntries(
    Object.entries(cues).map(([name, pattern]) => [name, anyApostrophe(pattern)]),
  ) as T
}

/** English heading words, per kind; `\b` keeps them to whole words. */
const headingCues: LanguageProfile['headingCues'] = withAnyApostrophe({
  other:
    /\b(?:related|related posts?|written by|recommended from|sign up|read more|about the writer|share this|follow me|related reading|related articles?|you might also like|more from|more articles by|more stories|read next|keep reading|subscribe|newsletter|(?:new )?posts by email|email updates|leave a reply|discussion about this post|leave a comment|comments are closed|filed under|tags|about the author|author bio|bio|comments?|comment policy|responses|update|updated|edit|references|sources|further reading|disclaimer|sponsored|acknowledg(?:e)?ments|credits)\b/i,
  intro:
    /\b(?:introduction|intro|prologue|preface|about (?:me|this post|this essay)|a bit about me|before we start)\b/i,
  background:
    /\b(?:what (?:is|are|'s) (?:a |an |the )?|what [\w' -]{1,30}? (?:actually |really )?(?:is|are|means)\b|what it means|definition|defining|background|context|the numbers|statistics|by the numbers|some history|the basics|the term(?=\s*(?:[:“"'‘(]|$))|a quick primer|understanding|syndrome|the science|the research|what the research says|a word for it|there's a word|explained)\b/i,
  experience:
    /\b(?:what happened|my story|our story|my experience|how it happened|a timeline|story|when i (?:came back|returned|got|found|was|lost|left|moved)|how i (?:found out|learned))\b/i,
  feelings:
    /\b(?:how (?:i|it|we) felt|how it feels|feelings?|emotions?|what it felt like|the guilt|guilt|grief|anger|shame|fear|loneliness|frustration|resentment|heartbreak|numb|lonely|afraid|ashamed|scared|sad|angry|the hard part|inside my head|honestly|the weight)\b/i,
  strategies:
    /\b(?:what i(?:'m| am) (?:trying|doing)|what i did|what i tried|what (?:actually |really |finally |eventually )?(?:helped|helps|works|worked)|what you can do|what to do|how to|how i cope|coping|tips?|strategies|strategy|ways? to|steps?|advice|tactics|a plan|my plan|the plan|toolkit|things? (?:that )?helped|moving forward|next steps|what i'd suggest|what i recommend|lessons?|practical|survival guide)\b/i,
  conclusion:
    /\b(?:in closing|conclusion|where i(?:'ve| have)? (?:landed|ended up)|where i am|concluding|final thoughts?|closing thoughts?|last words?|wrapping up|to sum up|summary|takeaways?|epilogue|afterword|where i am now|where things stand|looking ahead|what's next|what comes next|one last thing|a final word|a note to|if you're reading this|for now)\b/i,
})

/** Verbs that open an instruction (“Ask in writing.”, “Don't wait.”), in a list or in prose. */
const imperatives =
  "try|ask|start|keep|write|make|find|set|talk|take|let|don't|do not|remember|consider|give|stop|say|learn|protect|schedule|get|be|look|name|notice|use|put|pick|tell|treat|build|plan|practice|allow|accept|reach|join|document|share|choose|decide|focus|limit|book|block|write down|speak|request|negotiate|forgive|rest|sleep|eat|walk|breathe|celebrate|track|record|save|check|prepare|list"

/** Verbs that open a piece of advice in prose too (“Go to the meetings early.”). */
const proseImperatives =
  'expect|lower|drop|ignore|skip|buy|call|bring|leave|go|stay|read|wait|hire|delegate|trust|hand|sign|apply|search'

const englishBody: BodyCues = withAnyApostrophe({
  past: /\b(?:was|were|had|did|went|got|came|told|said|asked|called|took|gave|made|found|felt|knew|thought|saw|sat|left|lost|moved|started|began|became|spent|sent|wrote|heard|walked|ran|stood|kept|brought|put|met|quit|[a-z]{2,14}ed)\b/i,
  firstPerson: /\b(?:i|i'm|i'd|i've|me|my|mine|we|our|us)\b/i,
  time: /\b(?:yesterday|last (?:year|month|week|spring|summer|fall|autumn|winter)|that (?:day|morning|night|week|year|month)|the (?:first|next|following) (?:day|week|month|year|morning)|months? (?:later|after)|weeks? (?:later|after)|years? (?:later|ago)|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|when i|back then|at the time|on my first|after (?:my|the) (?:leave|diagnosis|layoff|move|surgery))\b/i,
  history:
    /\b(?:(?:in|since|by|until|from) (?:19|20)\d\d|(?:19|20)\d0s|the (?:seventies|eighties|nineties)|for (?:years|decades|a long time|as long as|most of|much of)|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|forty|fifty)[- ](?:odd |some )?(?:years|decades)|decades?|used to|would always|grew up|growing up|as a (?:child|kid|boy|girl|teenager|teen)|when i was (?:a |little|young|small|\w+teen|\d+)|in (?:high school|college|grade school|my (?:teens|twenties|thirties|forties|fifties|sixties))|back then|in those days|for as long as|always|every (?:day|morning|night|week|weekend|summer|winter|year|sunday|saturday|holiday|christmas)|was born|(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen) years old|at (?:the )?age (?:of )?(?:\d+|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen)|aged \d+|before (?:i was born|all (?:this|of this)|any of (?:this|it))|from (?:nothing|scratch)|founded|built (?:in|up|a|the)|started (?:in|out)|growing|generations?)\b/i,
  sequence:
    /\b(?:then|after that|afterwards?|the (?:next|following) (?:day|morning|night|week|afternoon)|later that|(?:a|an|\d+|two|three|four|five|six|ten) (?:minutes?|hours?|days?|weeks?) later|by the time|eventually|finally|within (?:a|an|the|\d+|two|three) (?:minutes?|hours?|days?|weeks?)|suddenly|the moment|as soon as|a moment later|next thing)\b/i,
  speech:
    /\b(?:said|says|told|asked|explained|replied|answered|added|called out|shouted|whispered|texted|emailed|wrote back)\b|^["“]|["”]$/i,
  emotion:
    /\b(?:felt|feel|feeling|feelings|angry|anger|sad|sadness|guilt|guilty|ashamed|shame|afraid|scared|fear|anxious|anxiety|lonely|loneliness|alone|frustrated|frustration|resent|resented|resentment|grief|grieve|grieving|cried|cry|crying|tears|heart|hurt|invisible|numb|relief|relieved|exhausted|overwhelmed|embarrassed|humiliated|jealous|envy|bitter|hopeless|helpless|furious|devastated|heartbroken|miserable|worthless|panic|dread|proud|happy|joy|grateful|terrified|nervous|worried|worry|stung|ache|ached|emotions?|inside me|my chest|my stomach|i wondered|i questioned|love|loved|hate|hated|hating|wish|wished|wishing|heavy|fragile|despair|regret|regretted|sorrow|longing|aching|broke down|fell apart|trembling|miss|missed|missing)\b/i,
  inner:
    /\b(?:i felt|i feel|i didn't know|i did not know|i couldn't|i could not|i wondered|i kept thinking|i kept asking|i think|i thought|i realized|i realised|part of me|myself|nothing|why|what if|no idea|i don't know|i wasn't sure|somehow|i missed|i wanted)\b|\?$/i,
  instruction:
    /^(?!(?:then|and|but|so|because|when|if|after|before|since|until|while|once|this|that|these|those|there|here|what|which|who|how|why|it|i|we|you|he|she|they|my|our|his|her|their|the|a|an|one|some|all|most|many|every|each|no|not|just|only|even|also|still|maybe|now|today|later|soon|by|from|at|in|on|of|for|with|to|as|like|is|was|were|are)\b)[a-z]{2,12} (?:the|a|an|your|yourself|it|them|up|down|out|back|off|on|in|to|with|for|one|some|something|what|how|less|more|everything|anything|people|time|at|into|about|early|often|every|each|no|yes|help|before|after)\b/i,
  recommendation: new RegExp(
    `^(?:(?:please |always |never |just |first, |then |also )?(?:${imperatives}|${proseImperatives})\\b|if you (?:can|do one thing)|you (?:can|could|should|might|may want to) )`,
    'i',
  ),
  advice: new RegExp(
    `(?:^|[.!?:]\\s+|\\n)(?:${imperatives})\\b|\\b(?:you can|you could|you should|you might|you may want|it helps|it helped|i recommend|i'd recommend|i suggest|i'd suggest|make sure|try to|try|should|the key is|instead of|my advice|worth (?:it|doing|trying)|if you can|give yourself|helps to|helped me|works for me|i've started|i started to|i now|i've learned to|here's what|one thing that)\\b`,
    'i',
  ),
  definition:
    /\b(?:is a term|the term|refers to|means|meaning|defined|definition|according to|survey|study|studies|research|percent|statistics|coined|is called|are called|phenomenon|generally|typically|commonly|in general|data|report|is what|is when|is the name|describes|psychologists|researchers|experts|clinicians|syndrome|condition|symptoms|%)|%/i,
  closing:
    /\b(?:in the end|if you're|if you are|you are not alone|you're not alone|thank you for reading|thanks for reading|i hope|hope|going forward|someday|whatever happens|for now|still here|to anyone|to everyone|you deserve|you will|you'll|one day|tomorrow|future|next chapter|keep going|be gentle|take care)\b/i,
  announce:
    /\b(?:in this post|this post|in this essay|this essay|i want to share|i wanted to share|i'm writing|i am writing|i'm going to|let me tell you|here's|i've been meaning to write|i decided to write|writing this|this is the story|this is about)\b/i,
  present:
    /\b(?:is|are|isn't|aren't|means|mean|happens|tends to|usually|often|can be|does|do not|don't|has|have)\b/i,
  general:
    /\b(?:many|most|some) (?:people|parents|women|men|workers|employees|patients|families|of us)\b|\b(?:people|everyone|anyone|nobody|someone) (?:who|with|in)\b|\bit is common\b|\bcommonly\b|\busually\b/i,
  secondPerson: /\b(?:you|your|yours|yourself)\b/i,
  future:
    /\b(?:will|going to|next year|next month|from now on|someday|one day|plan to|hope to|i'll|we'll|still ahead)\b/i,
})

/** English: `\b` finds words. */
export const english: LanguageProfile = {
  lang: 'en',
  headingCues,
  feelingWord: anyApostrophe(
    /\b(?:guilt|guilty|shame|ashamed|afraid|fear|scared|anxious|anxiety|lonely|loneliness|angry|anger|sad|sadness|grief|grieving|numb|hurt|tears|crying|jealous|envy|bitter|hopeless|helpless|panic|dread|regret|sorrow|despair|imposter|impostor|frustrat\w*|resent\w*|exhaust\w*|overwhelm\w*|embarrass\w*|heartbre\w*)\b/i,
  ),
  readerAddress: anyApostrophe(
    /^(?:to|for|dear) (?:anyone|everyone|you|those|other|fellow|the)\b|\bif you(?:'re| are)\b/i,
  ),
  headingHistory: anyApostrophe(
    /^\W*before\b(?! you)|\bbefore[\s!?.]*$|\bused to\b|\bwho (?:i|we|he|she|they) (?:was|were)\b|\bwhere i (?:was )?start|\bthe (?:boy|girl|man|woman|kid|child) who\b|\b(?:years|decades) (?:of|on (?=\w)|behind|with|as)\b/i,
  ),
  headingReason: anyApostrophe(
    /\bwhy (?:i|we|she|he|they|it|this)\b|\bthe reasons?\b|\bhow (?:it|this|it all|all this|everything) (?:started|began)\b|\bhow (?:i|we|she|he|they) (?:got|came|ended up|wound up)\b|^how [\w' -]{1,40}? ends? up\b|\bwhere it (?:all )?(?:started|began)\b/i,
  ),
  pasteHeadingWords: anyApostrophe(
    /\b(?:how it (?:started|began)|why i (?:left|quit|moved|started|decided|stopped|chose)|how i (?:got|ended up|came))\b/i,
  ),
  headingYears:
    /\b(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w{3,5}teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-\w{3,5})?[- ](?:years?|decades?)\b/i,
  body: englishBody,
  impliedFirstPerson: false,
  plainFormInstructs: true,
  lineJoiner: ' ',
  headingLength: {chars: 80, words: 12},
  sentenceLength: 90,
  onWordBoundaries: () => true,
  lexicon,
}
