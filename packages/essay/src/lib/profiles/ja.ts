import {type BodyCues, type LanguageProfile, toSentences} from './profile.js'

/** Japanese heading words, per kind. Plain alternations of literals: linear on any input. */
const headingCues: LanguageProfile['headingCues'] = {
  other:
    /関連記事|おすすめ記事|人気記事|あわせて読みたい|合わせて読みたい|こちらもおすすめ|この記事が気に入ったら|フォローする|読者登録|シェアする|コメントは受け付け|著者紹介|運営者|お問い合わせ|告知|タグ|カテゴリー|プロフィール|著者|筆者|この記事を書いた人|書いた人|コメント欄|コメントについて|追記|お知らせ|広告|参考文献|参考資料|関連記事|免責/,
  intro: /はじめに|始めに|初めに|まえがき|前置き|プロローグ|自己紹介|この記事について/,
  background:
    /とは|って何|ってなに|定義|背景|そもそも|現状|実態|データ|統計|制度|仕組み|基礎知識|用語|意味|という言葉|という概念|症候群|シンドローム/,
  experience:
    /体験|経験|実際に|実際の|出来事|できごと|エピソード|私の場合|わたしの場合|僕の場合|私のケース|経緯|いきさつ|何が起きた|何があった|起きたこと|あったこと|実話|の話$|の日々|ストーリー/,
  feelings:
    /気持ち|本音|思い|想い|心境|心情|感情|葛藤|寂し|さみし|悲し|怒り|虚し|むなし|しんど|やるせな|モヤモヤ|もやもや|悩み|不安|つらさ|辛さ|つらかった|辛かった|悔し|罪悪感|孤独|焦り|感じた|感じて|涙|心の中|胸の内|正直な/,
  strategies:
    /対策|方法|コツ|向き合い方|付き合い方|乗り越え|工夫|対処|解決|できること|できたこと|やったこと|やってみた|試した|試して|試み|戦略|ヒント|ステップ|アドバイス|おすすめ|オススメ|ポイント|処方箋|心がけ|ためにしたこと|取り組み|提案|選択肢|備え|ルール|習慣|how to|ハウツー/,
  conclusion:
    /最後に|さいごに|まとめ|おわりに|終わりに|結びに|むすび|あとがき|エピローグ|これから|今後|未来|最後のひと言|伝えたいこと|メッセージ|おわり$|いま思う|今思う|今、思う|いまの私|今の私|いまの自分|今の自分|現在地/,
}

const japaneseBody: BodyCues = {
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
  present: /(?:[うくすつぬむぶぐる]|です|ます|ない|いる|ある|なる|られる|れる)(?:よ|ね)?[。！!]?$/,
  general:
    /多くの|人は|人が|方は|方が|誰でも|だれでも|一般|ふつうは|普通は|たいてい|場合が多|ことが多|ことがあります|ケースも|人もいます|方もいます/,
  secondPerson:
    /あなた|皆さん|みなさん|てください|でください|ましょう|てみて|でみて|してみては|読んでいる/,
  future:
    /これから|今後|この先|来年|来月|いつか|つもり|予定|続けていきたい|していきたい|たいと思います|ていきます|でいきます/,
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('ja', {granularity: 'word'})
    : undefined

/** Word boundaries of recent texts: the same heading is asked about for every kind. */
const boundaryCache = new Map<string, Set<number>>()

function boundariesOf(text: string): Set<number> | undefined {
  if (!segmenter) return undefined
  let boundaries = boundaryCache.get(text)
  if (!boundaries) {
    boundaries = new Set([text.length])
    for (const {index} of segmenter.segment(text)) boundaries.add(index)
    if (boundaryCache.size > 256) boundaryCache.clear()
    boundaryCache.set(text, boundaries)
  }
  return boundaries
}

/** Japanese: sentences end at 。！？; words come from `Intl.Segmenter`, not substrings. */
export const japanese: LanguageProfile = {
  lang: 'ja',
  headingCues,
  feelingWord:
    /悲し|悔し|不安|怖|罪悪感|孤独|情けな|辛|つら|苦し|もやもや|モヤモヤ|涙|泣|寂し|さみし|虚し|むなし|腹が立|怒り|恥ずかし|惨め|みじめ|後ろめた|劣等感|喪失感|絶望|やるせな|しんど|自分を責め|失格/,
  readerAddress: /(?:人|方|かた|あなた|皆さん|みなさん)へ[。.!！]?$/,
  body: japaneseBody,
  impliedFirstPerson: true,
  plainFormInstructs: false,
  lineJoiner: '',
  headingLength: {chars: 40, words: Number.POSITIVE_INFINITY},
  sentenceLength: 40,
  sentences: (text) => toSentences(text.split(/(?<=[。！？!?])|\n+/)),
  onWordBoundaries(text, start, end) {
    // Segmenting grows faster than linearly on long runs: headings and short lines only.
    if (text.length > 200) return true
    const boundaries = boundariesOf(text)
    return !boundaries || (boundaries.has(start) && boundaries.has(end))
  },
}
