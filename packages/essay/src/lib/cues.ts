import type {Kind} from './types.js'

/**
 * A cue: a pattern and how it reads in a reason (“heading mentions 対策”).
 *
 * Patterns are plain alternations of literals with bounded classes (no nested quantifiers), so
 * they run in linear time on any input.
 */
export interface Cue {
  pattern: RegExp
  /** Filled into the reason; `$&` is replaced by the matched text. */
  label: string
}

type HeadingCues = Partial<Record<Kind, Cue[]>>

/** Apostrophes as writers type them: straight, typographic (’ ‘), modifier (ʼ), full-width (＇). */
const apostrophes = "'\u2018\u2019\u02bc\uff07"

/**
 * `pattern`, with every `'` in it matching any apostrophe: cues are written with `'`, essays
 * often are not (“What I’m trying”, “Don’t wait”).
 */
function anyApostrophe(pattern: RegExp): RegExp {
  const {source} = pattern
  let result = ''
  let inClass = false
  for (let index = 0; index < source.length; index++) {
    const char = source[index] ?? ''
    if (char === '\\') {
      result += char + (source[index + 1] ?? '')
      index++
      continue
    }
    if (char === '[') inClass = true
    else if (char === ']') inClass = false
    result += char !== "'" ? char : inClass ? apostrophes : `[${apostrophes}]`
  }
  return new RegExp(result, pattern.flags)
}

function headingsWithAnyApostrophe(cues: HeadingCues): HeadingCues {
  return Object.fromEntries(
    Object.entries(cues).map(([kind, list]) => [
      kind,
      list.map((cue) => ({...cue, pattern: anyApostrophe(cue.pattern)})),
    ]),
  )
}

function withAnyApostrophe<T extends Record<string, RegExp>>(cues: T): T {
  return Object.fromEntries(
    Object.entries(cues).map(([name, pattern]) => [name, anyApostrophe(pattern)]),
  ) as T
}

/**
 * Words in a heading that name its kind. Grouped by meaning, not by any one essay: each group is a
 * family of words writers use for that part of a post.
 */
export const headingCues: HeadingCues = headingsWithAnyApostrophe({
  other: [
    {
      pattern:
        /プロフィール|著者|筆者|この記事を書いた人|書いた人|コメント欄|コメントについて|追記|お知らせ|広告|参考文献|参考資料|関連記事|免責/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:about the author|author bio|bio|comments?|comment policy|update|updated|edit|references|sources|further reading|related posts|disclaimer|sponsored|acknowledg(?:e)?ments|credits)\b/i,
      label: 'heading says “$&”',
    },
  ],
  intro: [
    {
      pattern: /はじめに|始めに|初めに|まえがき|前置き|プロローグ|自己紹介|この記事について/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:introduction|intro|prologue|preface|about (?:me|this post|this essay)|a bit about me|before we start)\b/i,
      label: 'heading says “$&”',
    },
  ],
  background: [
    {
      pattern:
        /とは|って何|ってなに|定義|背景|そもそも|現状|実態|データ|統計|制度|仕組み|基礎知識|用語|意味|という言葉|という概念|症候群|シンドローム/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:what (?:is|are|'s) (?:a |an |the )?|what [\w' -]{1,30}? (?:actually |really )?(?:is|are|means)\b|what it means|definition|defining|background|context|the numbers|statistics|by the numbers|some history|the basics|the term|a quick primer|understanding|syndrome|the science|the research|what the research says|a word for it|there's a word|explained)\b/i,
      label: 'heading says “$&”',
    },
  ],
  experience: [
    {
      pattern:
        /体験|経験|実際に|実際の|出来事|できごと|エピソード|私の場合|わたしの場合|僕の場合|私のケース|経緯|いきさつ|何が起きた|何があった|起きたこと|あったこと|実話|の話$|の日々|ストーリー/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:what happened|my story|our story|my experience|how it (?:started|began|happened)|the day|that day|the morning|the week|the year|the first (?:day|week|month)|a timeline|back then|story|when i (?:came back|returned|got|found|was|lost|left|moved)|why i (?:left|quit|moved|started|decided|stopped|chose)|how i (?:got|ended up|came|found out|learned))\b/i,
      label: 'heading says “$&”',
    },
  ],
  feelings: [
    {
      pattern:
        /気持ち|本音|思い|想い|心境|心情|感情|葛藤|寂し|さみし|悲し|怒り|虚し|むなし|しんど|やるせな|モヤモヤ|もやもや|悩み|不安|つらさ|辛さ|つらかった|辛かった|悔し|罪悪感|孤独|焦り|感じた|感じて|涙|心の中|胸の内|正直な/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:how (?:i|it|we) felt|how it feels|feelings?|emotions?|what it felt like|the guilt|guilt|grief|anger|shame|fear|loneliness|frustration|resentment|heartbreak|numb|lonely|afraid|ashamed|scared|sad|angry|the hard part|inside my head|honestly|the weight)\b/i,
      label: 'heading says “$&”',
    },
  ],
  strategies: [
    {
      pattern:
        /対策|方法|コツ|向き合い方|付き合い方|乗り越え|工夫|対処|解決|できること|できたこと|やったこと|やってみた|試した|試して|試み|戦略|ヒント|ステップ|アドバイス|おすすめ|オススメ|ポイント|処方箋|心がけ|ためにしたこと|取り組み|提案|選択肢|備え|ルール|習慣|how to|ハウツー/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:what i(?:'m| am) (?:trying|doing)|what i did|what i tried|what (?:actually |really |finally |eventually )?(?:helped|helps|works|worked)|what you can do|what to do|how to|how i cope|coping|tips?|strategies|strategy|ways? to|steps?|advice|tactics|a plan|my plan|the plan|toolkit|things? (?:that )?helped|moving forward|next steps|what i'd suggest|what i recommend|lessons?|practical|survival guide)\b/i,
      label: 'heading says “$&”',
    },
  ],
  conclusion: [
    {
      pattern:
        /最後に|さいごに|まとめ|おわりに|終わりに|結びに|むすび|あとがき|エピローグ|これから|今後|未来|最後のひと言|伝えたいこと|メッセージ|おわり$|いま思う|今思う|今、思う|いまの私|今の私|いまの自分|今の自分|現在地/,
      label: 'heading mentions $&',
    },
    {
      pattern:
        /\b(?:in closing|conclusion|where i(?:'ve| have)? (?:landed|ended up)|where i am|concluding|final thoughts?|closing thoughts?|last words?|wrapping up|to sum up|summary|takeaways?|epilogue|afterword|where i am now|where things stand|looking ahead|what's next|what comes next|one last thing|a final word|a note to|if you're reading this|for now)\b/i,
      label: 'heading says “$&”',
    },
  ],
})

/** Body signals, tested per sentence. */
export interface BodyCues {
  /** Past-tense narration. */
  past: RegExp
  /** The author speaking of themself. */
  firstPerson: RegExp
  /** Time anchors typical of narration (dates, “that day”, “〜ヶ月後”). */
  time: RegExp
  /** Emotion words and inner-state verbs. */
  emotion: RegExp
  /** Inner life: thinking, wondering, not knowing (feelings told without emotion words). */
  inner: RegExp
  /** Advice and modal forms. */
  advice: RegExp
  /** A list item or line that reads as an instruction (“車は四輪駆動にする”, “Lower the bar”). */
  instruction: RegExp
  /** A sentence of prose that gives one piece of advice (“Ask for help early.”, “〜しましょう。”). */
  recommendation: RegExp
  /** Definitions, facts, figures. */
  definition: RegExp
  /** Closing words: hope, thanks, addressing the reader. */
  closing: RegExp
  /** Words that announce the post. */
  announce: RegExp
}

export const japaneseCues: BodyCues = {
  past: /(?:た|だ|でした|ました|かった|った|んだ|たのです|たんです|ていた|でいた|ました。|だった)(?:[。！!」』）)]|$|のだ|のです|んです|けど|が、|し、)/,
  firstPerson: /私|わたし|僕|ぼく|俺|自分|うちの|夫|妻|娘|息子|上司|同僚/,
  time: /\d+年|\d+月|\d+日|[一二三四五六七八九十]+年|ヶ月|か月|カ月|週間|当時|その日|あの日|その頃|あの頃|初日|翌日|翌週|翌月|ある日|先日|昨年|去年|半年|朝|夕方|夜|月曜|火曜|水曜|木曜|金曜|土曜|日曜|復帰|異動|入社|退職|診断/,
  emotion:
    /悲し|悔し|不安|怖|恐|焦|罪悪感|孤独|情けな|辛|つら|苦し|もやもや|モヤモヤ|嬉し|うれし|ほっと|ホッと|涙|泣|落ち込|傷つ|虚し|むなし|寂し|さみし|腹が立|腹立|怒|イライラ|恥ずかし|惨め|みじめ|申し訳|戸惑|とまど|ショック|絶望|安心|感じ|気持ち|思った|思いました|思ってしま|気がし|気がする|心が|胸が|やるせな|もどかし|置いていかれ|取り残され|自信|プライド|劣等感|疲れ|しんど|喪失|後ろめた|モヤ|複雑な|たまらな|心細|幸せ|しあわせ|愛おし|いとおし|切な|せつな|憂鬱|ゆううつ|落胆|がっかり|嫉妬|羨まし|うらやまし|息苦し|胸が痛|後悔|悔やん|不甲斐な|ふがいな|心が折れ/,
  inner:
    /思う|思っ|感じ|気がし|かもしれな|のだろう|んだろう|なぜ|どうして|わからな|分からな|自分を責め|責め|心の|頭の中|考えてしま|考えて|ような気|たまらな|できなかった|なれなかった|消えたい|逃げたい|しまいたい|ばかり考え|(?:のか|のだろうか|んだろうか|だろうか)[。？?]?$|[？?]$/,
  instruction: /(?:[くすつぬむぶぐうる]|ない|こと|ように|ておく|でおく)[。.]?$/,
  recommendation:
    /(?:ておくと|でおくと|ておけば|でおけば)[^。]{0,30}(?:楽になります|安心です|便利です|いいです|よいです|助かります)[。！!]?$|(?:ましょう|てください|でください|て下さい|てみて|でみて|てみては|のがおすすめ|をおすすめ|ことが大切|ことが大事|ことが重要|といい|とよい|と良い|べき|てもいい|なくていい|なくてもいい|ても大丈夫)(?:です|でしょう|と思います|んです)?(?:よ|ね)?[。！!]?$/,
  advice:
    /しましょう|ましょう|てみてください|てみて下さい|でみてください|てください|てみる|でみる|てみては|のがおすすめ|をおすすめ|がおすすめ|のがオススメ|ことが大切|ことが大事|ことが重要|が大切です|が大事です|ことです。|といいです|と良いです|とよいです|といいでしょう|とよいでしょう|べき|ようにしています|ようにしました|ようにする|ようにして|心がけ|意識し|おきましょう|ておく|でおく|ことにしました|ことにしています|ことにしている|ようにしている|ことにした|もいいと思|てもいい|ていい|でいい|ていいんです|なくていい|なくてもいい|ても大丈夫|てOK|必要はありません|頼って|相談して|伝えて|残して|決めて|選んで|ルールに/,
  definition:
    /とは|と呼ばれ|と呼ぶ|と言われ|といわれ|を指す|を指し|を意味|という言葉|という意味|用語|定義|統計|調査|によると|によれば|割合|%|％|一般的に|一般に|制度|法律|傾向|現象|典型的|多くの|データ|研究/,
  closing:
    /これから|今後|願って|願い|あなた|同じように|同じ悩み|一人じゃない|ひとりじゃない|一人ではない|前を向|読んでくださ|読んでいただ|ありがとう|信じて|きっと|希望|届きますように|ますように|いつか|少しずつ|応援|誰かの/,
  announce:
    /この記事では|この記事は|今回は|本記事|書いてみます|書いてみようと|書こうと思|綴ってみ|綴ります|紹介します|お話しします|お伝えします|まとめてみ|振り返ってみ|残しておこう|記録しておき/,
}

/** Verbs that open an instruction (“Ask in writing.”, “Don't wait.”), in a list or in prose. */
const imperatives =
  "try|ask|start|keep|write|make|find|set|talk|take|let|don't|do not|remember|consider|give|stop|say|learn|protect|schedule|get|be|look|name|notice|use|put|pick|tell|treat|build|plan|practice|allow|accept|reach|join|document|share|choose|decide|focus|limit|book|block|write down|speak|request|negotiate|forgive|rest|sleep|eat|walk|breathe|celebrate|track|record|save|check|prepare|list"

/** Verbs that open a piece of advice in prose too (“Go to the meetings early.”). */
const proseImperatives =
  'expect|lower|drop|ignore|skip|buy|call|bring|leave|go|stay|read|wait|hire|delegate|trust|hand|sign|apply|search'

export const englishCues: BodyCues = withAnyApostrophe({
  past: /\b(?:was|were|had|did|went|got|came|told|said|asked|called|took|gave|made|found|felt|knew|thought|saw|sat|left|lost|moved|started|began|became|spent|sent|wrote|heard|walked|ran|stood|kept|brought|put|met|quit|[a-z]{2,14}ed)\b/i,
  firstPerson: /\b(?:i|i'm|i'd|i've|me|my|mine|we|our|us)\b/i,
  time: /\b(?:\d{4}|yesterday|last (?:year|month|week|spring|summer|fall|autumn|winter)|that (?:day|morning|night|week|year|month)|the (?:first|next|following) (?:day|week|month|year|morning)|months? (?:later|after)|weeks? (?:later|after)|years? (?:later|ago)|ago|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|when i|back then|at the time|on my first|after (?:my|the) (?:leave|diagnosis|layoff|move|surgery))\b/i,
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
})

/** Numbering at the start of a strategy title: ①, 1., 1), (1), （1）, Step 1:, その1, 第1に, #1. */
export const numbering =
  /^\s*(?:[\u2460-\u2473\u3251-\u325f\u32b1-\u32bf\u2776-\u277f]|(?:step|ステップ)\s*\d{1,3}\s*[:：.．)）-]?|その\s*\d{1,3}\s*[:：.．、]?|第\s*\d{1,3}\s*[にの、.]?|\(\d{1,3}\)|（\d{1,3}）|\d{1,3}\s*[.．)）:：、]|#\d{1,3}[:：.]?|[a-z][.)]\s|(?:first|second|third|fourth|fifth|sixth|finally|lastly)(?:ly)?,\s|(?:[一二三四五六七八九十]|ひと|ふた|みっ|よっ|いつ|[1-9１-９])つ目(?:は|に|、)?)\s*/i

/** Announcements of a count of ways: “3つの方法”, “three ways”, “5 tips”. */
export const enumeration =
  /[0-9０-９一二三四五六七八九十]+つの|[0-9０-９]+個の|[0-9０-９]+の(?:方法|コツ|ステップ|こと)|\b(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2}) (?:ways|things|steps|tips|strategies|habits|rules|lessons|ideas|changes|questions|practices)\b|\b(?:first|firstly|second|secondly|third|thirdly|finally|lastly),/i
