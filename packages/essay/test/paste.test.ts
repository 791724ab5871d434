import {parseEssay, type Section} from '@tsuzuri/essay'
import {describe, expect, it} from 'vitest'

const headings = (sections: readonly Section[]): unknown =>
  sections.map((section) =>
    section.children.length > 0 ? [section.heading, headings(section.children)] : section.heading,
  )

describe('parseEssay: pastes as blogs lay them out', () => {
  it('should read a paste with a `>name` comment reply as plain text, not Markdown', () => {
    const paste = [
      '夫の単身赴任、十か月目',
      '2025-01-19 23:41:12',
      'こんばんは、ゆかりです。今日は少し長めに書きます。',
      '🏠 夫が名古屋へ行った春',
      '内示が出たのは去年の三月でした。',
      '😢 夜9時の台所で',
      '最初の一か月は平気でした。',
      '分かってるけど、さみしいものはさみしい😭',
      '✨ さいごに',
      '読んでくださってありがとうございました。',
      'コメント一覧',
      'うちも単身赴任中です。',
      '>はるママさん ありがとうございます！',
    ].join('\n')
    const essay = parseEssay(paste)
    expect(essay.title).toBe('夫の単身赴任、十か月目')
    expect(headings(essay.sections)).toEqual([
      null,
      '🏠 夫が名古屋へ行った春',
      '😢 夜9時の台所で',
      '✨ さいごに',
      'コメント一覧',
    ])
    // The short last line of prose before a marked heading stays in its section.
    expect(essay.sections[2]?.text).toContain('さみしいものはさみしい')
  })

  it('should keep Markdown with blockquotes and blank lines between paragraphs as Markdown', () => {
    const markdown = '> A quote to open with.\n\nMy story.\n\nWhat happened\n\nIt rained.\n'
    expect(parseEssay(markdown).sections[0]?.text).toContain('A quote to open with.')
    expect(parseEssay(markdown).sections).toHaveLength(1)
  })

  it('should not read a numbered heading as a list because the prose after it opens with 三つ目は', () => {
    const paste = [
      '復帰して半年',
      '復帰してからのことを書きます。長くなりますが、お付き合いください。',
      '',
      '■ 私が試した3つのこと',
      '',
      '少しずつ動いてみることにしました。',
      '①業務の棚卸しを自分から出す',
      'まず、今の仕事を書き出しました。',
      '②できない日を先に伝える',
      '次に、予定を先に共有しました。',
      '③社外に小さな居場所をつくる',
      '三つ目は、会社の外に話せる場所をつくることでした。',
      '',
      '■ おわりに',
      '',
      'ここまで読んでくださって、ありがとうございました。',
    ].join('\n')
    const [, strategies] = parseEssay(paste).sections
    expect(strategies?.children.map((child) => child.heading)).toEqual([
      '①業務の棚卸しを自分から出す',
      '②できない日を先に伝える',
      '③社外に小さな居場所をつくる',
    ])
  })

  it('should take page metadata, a signature and tag lines for what they are', () => {
    const paste = [
      'Forty Weeks Without Her',
      'Posted on February 9, 2025 by Graham Ellery',
      'Categories: Grief, Family',
      'I have started this post eleven times. This is the one I am keeping.',
      '',
      'A Sunday in March',
      '',
      'It started with a backache. The scan came back on a Friday.',
      '',
      'Dear reader',
      '',
      'Thank you for reading this far. I am going to go and check on Lily.',
      '— Graham',
      'Grief · Family · Widowhood · Parenting',
      'Leave a Reply',
      'Your email address will not be published.',
      'Comment *',
      'Name *',
    ].join('\n')
    const essay = parseEssay(paste)
    expect(headings(essay.sections)).toEqual([
      null,
      'A Sunday in March',
      'Dear reader',
      'Grief · Family · Widowhood · Parenting',
      'Leave a Reply',
    ])
    expect(essay.sections[0]?.text).toContain('Categories: Grief, Family')
    expect(essay.sections[2]?.text).toContain('— Graham')
    expect(essay.sections.slice(3).map((section) => section.kind)).toEqual(['other', 'other'])
  })

  it('should read a heading that ends in a.m. as a heading, not a sentence', () => {
    const paste = [
      'When our dog died',
      'A few notes about Biscuit.',
      'Biscuit was a fourteen-year-old beagle mix. We got him the year we married.',
      'Tuesday, 6:40 a.m.',
      'He had been slowing down since the autumn. The vet called it kidney disease.',
      'The blue leash',
      'His leash is still on the hook by the back door. Nobody has moved it.',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual([
      null,
      'Tuesday, 6:40 a.m.',
      'The blue leash',
    ])
  })

  it('should end the essay at a call to action that asks (この記事が気に入ったら…？)', () => {
    const paste = [
      '小児がんの娘と仕事',
      '娘の病気がわかってからのことを書きます。',
      '十月の診察室',
      '先生は静かに説明してくれました。私はうなずくことしかできませんでした。',
      '今できていること',
      '職場には正直に話すことにしました。一人でやろうとしないことも決めました。',
      '#小児がん　#白血病　#仕事と育児',
      'スキ 82',
      'この記事が気に入ったらサポートをしてみませんか？',
      'サポート',
    ].join('\n')
    const essay = parseEssay(paste)
    expect(headings(essay.sections)).toEqual([
      null,
      '十月の診察室',
      '今できていること',
      '#小児がん　#白血病　#仕事と育児',
      'この記事が気に入ったらサポートをしてみませんか？',
    ])
    expect(essay.sections.slice(3).map((section) => section.kind)).toEqual(['other', 'other'])
  })

  it('should take a heading right under the title for the first section, not for paste noise', () => {
    const paste = [
      'I Got Fired From My First Real Job at 23',
      'How it ended',
      'It took eleven minutes. I know because I looked at the clock on the conference room wall.',
      'Kessler & Lane',
      'Kessler & Lane was a small branding agency in a converted printworks.',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual(['How it ended', 'Kessler & Lane'])
  })

  it('should read a Medium byline after a one-sentence subtitle as paste noise', () => {
    const paste = [
      'I Was Diagnosed With ADHD at 40. Here’s What Nobody Told Me.',
      'It explained my whole life, and then it asked me to rebuild it, one piece at a time.',
      'Dana Okafor',
      'Follow',
      '7 min read',
      '·',
      'Mar 4, 2025',
      'Listen',
      'Share',
      'Three weeks after my fortieth birthday, a psychiatrist said the word out loud.',
      'The appointment',
      'I had waited seven months for it. The room was smaller than I expected.',
      'What has helped',
      'Alarms for everything, each labelled with the reason it exists.',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual([
      null,
      'The appointment',
      'What has helped',
    ])
  })

  it('should read a count of claps or views in a byline (👏 1.4K, 12K views) as paste noise', () => {
    const paste = [
      'Twelve Years in Retail, Then One Phone Call',
      'Sam Ortiz',
      'Follow',
      '8 min read',
      '·',
      'Oct 2, 2025',
      '👏 1.4K',
      '12K views',
      'Share',
      'The store closed on a Sunday, and nobody told us until the Friday before.',
      'The last shift',
      'I counted the till twice because I could not think of anything else to do.',
    ].join('\n')
    const essay = parseEssay(paste, {format: 'text'})
    expect(essay.title).toBe('Twelve Years in Retail, Then One Phone Call')
    expect(headings(essay.sections)).toEqual([null, 'The last shift'])
  })

  it('should read a heading that ends on a quotation as a heading, and a polite sentence as prose', () => {
    const paste = [
      '育休明け、営業から事務へ',
      'こんにちは、さきです。復帰してからのことを書きます。',
      '課長の「よかれと思って」',
      '復帰の二週間前、課長から電話がありました。',
      '「無理しなくていいからね」',
      '【やってよかったこと】',
      'これから同じ立場になる方へ、私がやってよかったことをまとめておきます✍️',
      'その1　希望は紙に書いて渡す',
      '面談の前に、やりたい仕事を一枚にまとめました。',
      'その2　社外の物差しを持つ',
      '外の勉強会に月に一度通っています。',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual([
      null,
      '課長の「よかれと思って」',
      ['【やってよかったこと】', ['その1　希望は紙に書いて渡す', 'その2　社外の物差しを持つ']],
    ])
  })

  it('should start a new aside at a lone block name set apart by a blank line (WordPress “Related”)', () => {
    const paste = [
      'The year the rent doubled',
      'Our landlord sent the letter in January. This is what we did about it.',
      'The letter',
      'It arrived on a Tuesday, in a stiff envelope, and it doubled the rent.',
      'Share this:',
      'Facebook',
      'Email',
      '',
      'Related',
      'Why we stopped baking croissants on Mondays',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual([
      null,
      'The letter',
      'Share this:',
      'Related',
    ])
  })

  it('should read Ameblo’s footer (“いいね！した人｜コメント(6)”, “リブログ(0)”) as an aside, not the conclusion’s text', () => {
    const paste = [
      '父の会社がなくなった年',
      '2025-09-14 21:03:55',
      'テーマ：ブログ',
      '今日は父の会社のことを書きます。',
      '🏠 父の工務店',
      '',
      '父は三十年、小さな工務店をやっていました。',
      '✨ いまの父と母',
      '',
      '父はいま、職人として雇ってもらっています。',
      '読んでくださって、ありがとうございました。',
      'いいね！した人｜コメント(6)',
      'リブログ(0)',
    ].join('\n')
    const essay = parseEssay(paste)
    expect(headings(essay.sections)).toEqual([
      null,
      '🏠 父の工務店',
      '✨ いまの父と母',
      'いいね！した人｜コメント(6)',
    ])
    expect(essay.sections[2]?.text).not.toContain('リブログ')
    expect(essay.sections[3]?.kind).toBe('other')
  })

  it('should start a new aside at a lone block name with no blank line, and keep a lone button in its aside', () => {
    const paste = [
      'The year the rent doubled',
      'Our landlord sent the letter in January. This is what we did about it.',
      'The letter',
      'It arrived on a Tuesday, in a stiff envelope, and it doubled the rent.',
      'Sign up for more stories like this',
      'New posts every Sunday, no spam.',
      'Subscribe',
      'Share this:',
      'Facebook',
      'Print',
      'Related',
      'Why we stopped baking croissants on Mondays',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual([
      null,
      'The letter',
      'Sign up for more stories like this',
      'Share this:',
      'Related',
    ])
  })

  it('should read comment forms and Substack’s sign-up sentence as asides, not the last section’s text', () => {
    const japanese = [
      '引っ越して三か月',
      '上の階の足音のことを書きます。',
      '▼ 最初の夜',
      '夜中の二時に、天井から足音が聞こえました。',
      '▼ いまのこと',
      'いまは少し慣れてきました。',
      'コメントを残す',
      'メールアドレスが公開されることはありません。',
    ].join('\n')
    expect(headings(parseEssay(japanese).sections)).toEqual([
      null,
      '▼ 最初の夜',
      '▼ いまのこと',
      'コメントを残す',
    ])
    const english = [
      'The orchard we sold',
      'This is about the trees my grandfather planted, and the spring we let them go.',
      'The last harvest',
      'We picked the last apples in October and sold the land in March.',
      'Thanks for reading The Long Row! Subscribe for free to receive new posts and support my work.',
      'Written by Ada Marsh',
      '211 Followers',
      'Responses (4)',
      'What are your thoughts?',
    ].join('\n')
    const essay = parseEssay(english)
    expect(headings(essay.sections)).toEqual([
      null,
      'The last harvest',
      'Thanks for reading The Long Row! Subscribe for free to receive new posts and support my work.',
      'Written by Ada Marsh',
      'Responses (4)',
    ])
    expect(essay.sections.slice(2).map((section) => section.kind)).toEqual([
      'other',
      'other',
      'other',
    ])
  })

  it('should read a time of day as a heading’s words, not as its number (“2:40 p.m.”)', () => {
    const markdown = [
      '# The day at the office',
      '',
      'This is about the afternoon a colleague collapsed.',
      '',
      '## 2:40 p.m.',
      '',
      'Mark stood up from his desk and fell. I was the one who knew CPR, and I knelt down.',
      '',
      '## What I would tell you',
      '',
      'Take the course. It is four hours and it is the most useful thing you will ever do.',
    ].join('\n')
    const section = parseEssay(markdown).sections.find((s) => s.heading === '2:40 p.m.')
    expect(section?.reasons.join(' ')).not.toMatch(/numbered/)
    expect(section?.kind).not.toBe('strategies')
  })

  it('should read a heading with no text of its own over a series of headings worded alike as their group', () => {
    const paste = [
      'The year I stopped rescuing my sister',
      'This is one brother’s account of six years of phone calls.',
      'Maddie at nine',
      'When she was nine she wanted to be a vet, and she told everyone so.',
      'Three phone calls',
      'The first call',
      'The first call came from a nurse at a county hospital.',
      'The second call',
      'The second call was fourteen months later.',
      'The relief I was not supposed to feel',
      'Every time she was safe in a program, I felt something close to joy.',
      'The third call',
      'The third call was from Maddie herself, at a gas station.',
      'What I stopped doing',
      'I stopped paying her rent. I stopped keeping secrets from our parents.',
    ].join('\n')
    expect(headings(parseEssay(paste).sections)).toEqual([
      null,
      'Maddie at nine',
      [
        'Three phone calls',
        [
          'The first call',
          'The second call',
          'The relief I was not supposed to feel',
          'The third call',
        ],
      ],
      'What I stopped doing',
    ])
  })

  it('should read Medium’s “Member-only story” banner as paste noise, not the first heading', () => {
    const paste = [
      'Fourteen months on opposite sides of a visa denial',
      'Member-only story',
      'Hannah Brightwell',
      'Follow',
      '7 min read',
      '·',
      'Jan 27, 2025',
      'My husband and I got married in a registry office on a Thursday in September.',
      'I am writing this for anyone who opens the same letter.',
      'The letter',
      'The refusal came in a brown envelope on a Tuesday.',
      'It said that our evidence of a relationship was not enough.',
      'What we did next',
      'We asked a solicitor to read every page before we applied again.',
      'The second application was approved in eleven weeks.',
    ].join('\n')
    const essay = parseEssay(paste)
    expect(essay.title).toBe('Fourteen months on opposite sides of a visa denial')
    expect(headings(essay.sections)).toEqual([null, 'The letter', 'What we did next'])
  })

  it('should read platform footers as asides: WordPress’s “N thoughts on”, Substack’s thanks, blog rankings', () => {
    const english = [
      'The rope between us',
      'Owen and I climbed together for eleven years. This is about the year after he fell.',
      'The call',
      'His sister called me on a Sunday morning in May.',
      'Thanks for reading Second Drafts!',
      'Subscribe for free to receive new posts and support my work.',
      '4 thoughts on “The rope between us”',
      'Marisol K.',
      'Thank you for writing this.',
    ].join('\n')
    const essay = parseEssay(english)
    expect(headings(essay.sections)).toEqual([
      null,
      'The call',
      'Thanks for reading Second Drafts!',
      '4 thoughts on “The rope between us”',
    ])
    const japanese = [
      'NICUで過ごした83日',
      '娘が生まれた日のことを書きます。',
      '▼ 初めての面会',
      '保育器の中の娘は、手のひらに乗るほど小さかった。',
      '▼ 退院の日',
      '八十三日目に、やっと家に帰れました。',
      'ランキングに参加しています',
      'よかったらポチッとお願いします。',
    ].join('\n')
    expect(headings(parseEssay(japanese).sections)).toEqual([
      null,
      '▼ 初めての面会',
      '▼ 退院の日',
      'ランキングに参加しています',
    ])
  })

  it('should read WordPress’s “Like this:” and a blog’s recent posts (“最近の記事”) as asides of their own', () => {
    const english = [
      'Two years on the phones',
      'I took the job at the call centre the spring after my diagnosis.',
      'The first year',
      'The fluorescent tubes buzzed all day, and by noon my head was splitting.',
      'Share this:',
      'Twitter',
      'Facebook',
      'Like this:',
      'Like Loading...',
      'Related',
      'Ten small changes that made my desk easier',
    ].join('\n')
    expect(headings(parseEssay(english).sections)).toEqual([
      null,
      'The first year',
      'Share this:',
      'Like this:',
      'Related',
    ])
    const japanese = [
      '十八年住んだ部屋を出ました',
      '立ち退きの話が来たのは去年の秋でした。',
      '【新しい部屋で】',
      '新しい部屋に来て、二か月がたちました。',
      '最近の記事',
      '新しい部屋のカーテン、三回目の正直',
      '年末の大掃除は、もうしない',
    ].join('\n')
    const sections = parseEssay(japanese).sections
    expect(headings(sections)).toEqual([null, '【新しい部屋で】', '最近の記事'])
    expect(sections.at(-1)?.kind).toBe('other')
  })

  it('should read a line of categories under the title as paste noise, even when it names a kind (“体験談 SNS”)', () => {
    const japanese = [
      '投稿が炎上した三週間のこと',
      '2024-09-21',
      '体験談 SNS',
      'スポンサーリンク',
      'こんにちは。今日は夏に起きたことを書きます。',
      '▼ 通知が止まらない夜',
      'その夜、スマートフォンの通知は一晩じゅう止まりませんでした。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      '▼ 通知が止まらない夜',
    ])
  })

  it('should read a heading marked like a group’s heading as its sibling (◆ over ● episodes, then ◆)', () => {
    const japanese = [
      '各駅停車しか乗れなかった五年間',
      '2024-06-02',
      '#過敏性腸症候群 #IBS #通勤 #体験談',
      '通勤電車で急行に乗れない、という話を書きます。',
      '◆ 各駅停車しか乗れない',
      '● 最初の朝',
      'ある朝、いつもの急行に乗って二駅目を過ぎたあたりで、急におなかが痛くなりました。',
      '● 駅のトイレの地図',
      '私の頭の中には、路線の全駅のトイレの位置が入っていました。',
      '◆ IBSについて少しだけ',
      'IBSは、腸に炎症や腫瘍がないのに、おなかの痛みや便通の異常が続く病気です。',
      '◆ 急行に乗れた日',
      '診断から一年たった秋の朝、私は五年ぶりに急行に乗りました。',
    ].join('\n')
    const essay = parseEssay(japanese, {format: 'text'})
    expect(
      essay.sections.map((section) => [section.heading, section.children.map((c) => c.heading)]),
    ).toEqual([
      [null, []],
      ['◆ 各駅停車しか乗れない', ['● 最初の朝', '● 駅のトイレの地図']],
      ['◆ IBSについて少しだけ', []],
      ['◆ 急行に乗れた日', []],
    ])
  })

  it('should read a second mark used under the first as the subsections’ (■ over ◇), with no blank line', () => {
    const japanese = [
      '夜勤のある仕事を五年続けて',
      '2025-02-11',
      '夜勤明けの話を書きます。',
      '■ 夜勤を始めたころ',
      '最初の一年は、眠れなくても平気でした。',
      '■ 体が先に限界を知らせた',
      '三年目の冬、体のほうが先に音を上げました。',
      '◇ 朝の駅のホーム',
      'ある朝、ホームで足がすくんで動けなくなりました。',
      '◇ 帰れなかった日曜日',
      '日曜日の昼、布団から出られないまま夕方になりました。',
      '■ 続けるためにしたこと',
      '勤務表を一か月先まで家族と共有しました。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      '■ 夜勤を始めたころ',
      ['■ 体が先に限界を知らせた', ['◇ 朝の駅のホーム', '◇ 帰れなかった日曜日']],
      '■ 続けるためにしたこと',
    ])
    // Numbered strategy headings (その1…) under the same majors are no third mark: the ◇ run is
    // still the subsections', and the numbered ones still their heading's.
    const numbered = [
      japanese.replace('■ 続けるためにしたこと\n勤務表を一か月先まで家族と共有しました。', ''),
      '■ 続けるためにしたこと',
      'その1 勤務表を家族と共有する',
      '勤務表を一か月先まで家族と共有しました。',
      'その2 夜勤明けは予定を入れない',
      '夜勤明けの日は、何も予定を入れないと決めました。',
    ].join('\n')
    expect(headings(parseEssay(numbered, {format: 'text'}).sections)).toEqual([
      null,
      '■ 夜勤を始めたころ',
      ['■ 体が先に限界を知らせた', ['◇ 朝の駅のホーム', '◇ 帰れなかった日曜日']],
      [
        '■ 続けるためにしたこと',
        ['その1 勤務表を家族と共有する', 'その2 夜勤明けは予定を入れない'],
      ],
    ])
    // One last heading marked apart is a closing at the same level, not a subsection.
    const closing = [
      '二度目の入院',
      '入院して三週間になります。',
      '◆ 入院の朝',
      '朝の検査で、そのまま入院と言われました。',
      '◆ 病室の窓',
      '窓から見える桜が、毎日少しずつ開いていきます。',
      '🌸 同じ病室のあなたへ',
      '焦らなくて大丈夫です。',
    ].join('\n')
    expect(headings(parseEssay(closing, {format: 'text'}).sections)).toEqual([
      null,
      '◆ 入院の朝',
      '◆ 病室の窓',
      '🌸 同じ病室のあなたへ',
    ])
  })

  it('should read two or more unmarked headings between marked ones as their subsections, with no blank line', () => {
    const english = [
      'The Summer the Creek Flooded',
      'Posted on June 2, 2025 by Dana',
      'We bought the house in a dry year, which in hindsight explains the price.',
      '🌊 The basement before',
      'For six years the basement held nothing but bikes and a chest freezer.',
      '🌊 The night of the storm',
      'It rained for nine hours without a pause.',
      'Two feet of water',
      'By midnight the water was over the second stair.',
      'The insurance call',
      'The agent asked if we had flood cover. We did not.',
      '🌊 What I would tell a new owner',
      'Step 1: Read the flood map before you sign',
      'Ours was on the county website the whole time.',
      'Step 2: Buy the sump pump in spring',
      'In August there were none left in any store.',
      'A dry basement, mostly',
      'We still check the forecast more than we used to.',
    ].join('\n')
    expect(headings(parseEssay(english, {format: 'text'}).sections)).toEqual([
      null,
      '🌊 The basement before',
      ['🌊 The night of the storm', ['Two feet of water', 'The insurance call']],
      [
        '🌊 What I would tell a new owner',
        ['Step 1: Read the flood map before you sign', 'Step 2: Buy the sump pump in spring'],
      ],
      // After the last marked heading: a closing set apart, not a subsection.
      'A dry basement, mostly',
    ])
    // One unmarked heading alone between two marked ones is a major heading left unmarked.
    const japanese = [
      '介護休業を取った三か月',
      '2024/09/01',
      '父の介護で三か月休みました。',
      '【休むと決めるまで】',
      '父が転んだのは七月の終わりでした。',
      '最後の出社日',
      '机を片付けながら、戻れるのか不安でした。',
      '【休業中にしたこと】',
      '地域包括支援センターに毎週電話しました。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      '【休むと決めるまで】',
      '最後の出社日',
      '【休業中にしたこと】',
    ])
  })

  it('should read marked headings between unmarked majors as their subsections, with no blank line', () => {
    const english = [
      'The Year My Father Moved In',
      'March 3, 2025',
      'This is a long one, so get a cup of tea.',
      'How we got here',
      'Dad lived alone for eleven years after Mum died, two hours north of us.',
      'The call in October',
      'A neighbour rang to say he had been found on the kitchen floor.',
      '► The first night in the ward',
      'He kept asking the nurses when the bus would come.',
      '► The week of meetings',
      'Every morning brought another form and another person with a lanyard.',
      'Living together',
      'We moved the piano out and his bed in.',
      'What I am still learning',
      'I am slower to correct him now, and quicker to laugh.',
    ].join('\n')
    expect(headings(parseEssay(english, {format: 'text'}).sections)).toEqual([
      null,
      'How we got here',
      ['The call in October', ['► The first night in the ward', '► The week of meetings']],
      'Living together',
      'What I am still learning',
    ])
    // One unmarked heading before the marked ones is an opening: the marked ones stay major.
    const opening = [
      '転職して一年',
      '2025/05/01',
      '一年たったので、まとめておきます。',
      'はじめに',
      '前の会社には十年いました。',
      '◆ 辞めると決めた日',
      '上司に伝えたのは二月でした。',
      '◆ 新しい職場で',
      '最初の三か月は、毎日が試験のようでした。',
      'おわりに',
      '同じ迷いの中にいる人に、届けばうれしいです。',
    ].join('\n')
    expect(headings(parseEssay(opening, {format: 'text'}).sections)).toEqual([
      null,
      'はじめに',
      '◆ 辞めると決めた日',
      '◆ 新しい職場で',
      'おわりに',
    ])
  })

  it('should read a heading straight over numbered headings as their major, where blank lines mark the majors', () => {
    const english = [
      'Nine Years at the Depot',
      'Posted on May 1, 2025 by Ruth',
      'I drove a bus for nine years, and then the route was cut.',
      'The route',
      '',
      'Route 14 ran from the hospital to the estate, every twenty minutes.',
      'The letter',
      '',
      'It came on a Monday. I read it twice in the canteen.',
      'What I would tell another driver',
      '1. Ask about redeployment first',
      'They had places at the other depot, but only for those who asked.',
      '2. Keep your licence current',
      'It is the one thing you own.',
      'Where I am now',
      '',
      'I drive a school minibus, mornings and afternoons.',
    ].join('\n')
    expect(headings(parseEssay(english, {format: 'text'}).sections)).toEqual([
      null,
      'The route',
      'The letter',
      [
        'What I would tell another driver',
        ['1. Ask about redeployment first', '2. Keep your licence current'],
      ],
      'Where I am now',
    ])
  })

  it('should read a polite clause that goes on (長くなりますが、…) as prose, not a heading', () => {
    const japanese = [
      '車いすで旅行した三日間',
      '2025年4月2日',
      '先月、母と二人で京都に行ってきました。',
      '長くなりますが、よかったら最後まで読んでください🙏',
      '同じように旅行をためらっている方の参考になればうれしいです。',
      '【出発の朝】',
      '駅のエレベーターが止まっていました。',
      '▼乗り換えの駅',
      '駅員さんが三人で階段を運んでくれました。',
      '▼京都駅',
      'ここでは事前の連絡が届いていませんでした。',
      '【旅を終えて】',
      '次は秋に行きたいです。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      ['【出発の朝】', ['▼乗り換えの駅', '▼京都駅']],
      '【旅を終えて】',
    ])
  })

  it('should not take contents that leave out only numbered headings for a list of the majors', () => {
    // The contents list every heading but その1 and その2; the blank lines give the levels.
    const japanese = [
      '夜勤をやめた年',
      '2025年8月1日',
      '夜勤をやめて一年になります。',
      '目次',
      '夜勤の十年',
      'やめると決めた日',
      '上司との面談',
      '家族の反応',
      'やめてから変えたこと',
      '一年たって',
      '夜勤の十年',
      '',
      '二十代のほとんどを夜に働いて過ごしました。',
      'やめると決めた日',
      '',
      '朝の電車で、急に涙が止まらなくなりました。',
      '上司との面談',
      '面談は十分で終わりました。',
      '家族の反応',
      '母は、もっと早くやめればよかったのにと言いました。',
      'やめてから変えたこと',
      '',
      'その1 朝の散歩',
      '毎朝、二十分だけ歩いています。',
      'その2 早めの夕食',
      '夕食を六時にしました。',
      '一年たって',
      '',
      '体重が戻り、よく眠れるようになりました。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      '夜勤の十年',
      ['やめると決めた日', ['上司との面談', '家族の反応']],
      ['やめてから変えたこと', ['その1 朝の散歩', 'その2 早めの夕食']],
      '一年たって',
    ])
  })

  it('should keep the marks’ two levels where only some major headings have a blank line after them', () => {
    const japanese = [
      '消防団の三年',
      '2023年12月03日',
      '地元の消防団に入って三年になります。',
      '■ 入団したころ',
      '',
      '最初の訓練は、ホースの巻き方からでした。',
      '■ 勧誘を断れなかった理由',
      '戻って一か月で、先輩が家に来ました。',
      '■ 十一月の夜',
      '',
      'その夜のことを書きます。',
      '▼ 詰所まで走った',
      '夜の十時すぎ、スマホが鳴りました。',
      '▼ 朝までの見回り',
      '鎮火したあとも、見回りが続きました。',
      '■ 最後に',
      '',
      '来年も続けるつもりです。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      '■ 入団したころ',
      '■ 勧誘を断れなかった理由',
      ['■ 十一月の夜', ['▼ 詰所まで走った', '▼ 朝までの見回り']],
      '■ 最後に',
    ])
  })

  it('should keep a heading marked as the major ones are major, though the platform dropped its blank line', () => {
    const japanese = [
      '足場の上で倒れた話',
      '2024年7月2日',
      '去年の夏、現場で倒れました。',
      '【俺の仕事のこと】',
      '',
      '塗装の仕事を二十年やっています。',
      '【あの日、足場の上で】',
      '昼過ぎ、急に手が震えはじめました。',
      '【今年やってること】',
      '',
      '今年は、次のことを決めました。',
      'その1 朝メシは抜かない',
      '朝はおにぎりを二つ食べてから出ます。',
      'その2 のどが渇く前に飲む',
      '三十分ごとに水を飲みます。',
      '【最後に】',
      '',
      'みなさんも気をつけてください。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      '【俺の仕事のこと】',
      '【あの日、足場の上で】',
      ['【今年やってること】', ['その1 朝メシは抜かない', 'その2 のどが渇く前に飲む']],
      '【最後に】',
    ])
  })

  it('should read a first line that opens with a bracketed tag as the title, though the headings are bracketed', () => {
    const japanese = [
      '【体験談】1歳の息子がボタン電池を飲み込んだ夜のこと',
      '2025-05-12 21:40:03',
      'テーマ：育児',
      'こんばんは。今日は、先月の夜のことを書きます。',
      '【あの夜のこと】',
      '',
      '夜の九時すぎ、息子の口元が光っていました。',
      '【今うちでやっていること】',
      '',
      '電池は全部、鍵のかかる箱にしまいました。',
    ].join('\n')
    const essay = parseEssay(japanese, {format: 'text'})
    expect(essay.title).toBe('【体験談】1歳の息子がボタン電池を飲み込んだ夜のこと')
    expect(headings(essay.sections)).toEqual([
      null,
      '【あの夜のこと】',
      '【今うちでやっていること】',
    ])
    // A first line bracketed as wholly as the headings after it is one of them (【はじめに】).
    const opening = [
      '【はじめに】',
      'この記事では、先月の夜のことを書きます。',
      '【あの夜のこと】',
      '夜の九時すぎでした。',
    ].join('\n')
    expect(parseEssay(opening, {format: 'text'}).title).toBeNull()
  })

  it('should read a line the contents list as a heading, even one that reads like dialogue', () => {
    const japanese = [
      '手荒れで美容師を辞めた話',
      '2023-11-26',
      '今日は手荒れの話を書きます。',
      '目次',
      '【指が割れた冬】',
      '皮膚科で言われたこと',
      '「向いてなかったのかな」',
      '【いまの仕事】',
      '【指が割れた冬】',
      '',
      '十二月、手袋の中で指が割れました。',
      '皮膚科で言われたこと',
      '先生は、仕事を変えることも考えてと言いました。',
      '「向いてなかったのかな」',
      '帰りの駅で、ずっとそればかり考えていました。',
      '【いまの仕事】',
      '',
      'いまは化粧品の売り場で働いています。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      ['【指が割れた冬】', ['皮膚科で言われたこと', '「向いてなかったのかな」']],
      '【いまの仕事】',
    ])
  })

  it('should read headings numbered by attempt (一回目：, 2回目：) as subsections', () => {
    const japanese = [
      '公務員試験に三回落ちた話',
      '投稿日：2024年1月8日',
      '三年間、市役所の試験を受け続けました。',
      '◆ 三回の不合格',
      '結果から言うと、三回とも落ちました。',
      '一回目：大学四年の夏',
      '一次試験で、時間が足りませんでした。',
      '2回目：夜勤をしながら',
      '一次は通りましたが、二次で落ちました。',
      '◆ いまの職場',
      'いまは民間の会社で働いています。',
    ].join('\n')
    expect(headings(parseEssay(japanese, {format: 'text'}).sections)).toEqual([
      null,
      ['◆ 三回の不合格', ['一回目：大学四年の夏', '2回目：夜勤をしながら']],
      '◆ いまの職場',
    ])
  })

  it('should read numbered headings with a blank line after each, in a paste whose paragraphs have none, as a listicle’s majors', () => {
    const english = [
      'Four Things That Got Me Through Night Shifts',
      'March 2, 2025 · 6 min read',
      'I worked nights for six years on a cardiac ward.',
      'How it started',
      '',
      'The first rota came out in October, and it was all nights.',
      'I told myself it would be for a month.',
      '1. Guard the first sleep',
      '',
      'Blackout blinds, a phone in another room, and four hours no matter what.',
      '2. Eat a real meal at midnight',
      '',
      'Not crisps from the machine: a meal, sitting down, with someone.',
      '3. Keep one day the same every week',
      '',
      'Sunday afternoons were for my sister, whatever the rota said.',
      'Still on nights',
      '',
      'I still work nights. It is smaller now.',
    ].join('\n')
    expect(headings(parseEssay(english, {format: 'text'}).sections)).toEqual([
      null,
      'How it started',
      '1. Guard the first sleep',
      '2. Eat a real meal at midnight',
      '3. Keep one day the same every week',
      'Still on nights',
    ])
  })

  it('should read note’s “この記事が含まれているマガジン” as an aside, and a platform’s footer as what trails the essay', () => {
    const japanese = [
      '十二年いた劇団を辞めた',
      '劇団を辞めて一年がたちました。',
      '〈最後の公演〉',
      '千秋楽の幕が下りたとき、私は泣きませんでした。',
      '〈それでも〉',
      '舞台はいまでも好きです。あなたの好きなものも、きっと残ります。',
      'この記事が含まれているマガジン',
      '演劇のこと',
    ].join('\n')
    const sections = parseEssay(japanese, {format: 'text'}).sections
    expect(headings(sections)).toEqual([
      null,
      '〈最後の公演〉',
      '〈それでも〉',
      'この記事が含まれているマガジン',
    ])
    expect(sections.at(-1)?.kind).toBe('other')
    const markdown = [
      '# Eighteen inches of lawn',
      '',
      'Our neighbour and I argued about a hedge for two years.',
      '',
      '## The survey pegs',
      '',
      'In March the surveyor put four orange pegs in the lawn, a foot and a half inside our hedge. Gareth came out in his slippers, and we stood on either side of them for an hour.',
      '',
      '## Where it ended',
      '',
      'We agreed a line. If you are in the middle of one of these, talk before you write.',
      '',
      '## One thought on “Eighteen inches of lawn”',
      '',
      'Linda H. — Oh Gareth. Ruth would be proud of you.',
      '',
    ].join('\n')
    const tagged = parseEssay(markdown).sections
    expect(tagged.map((section) => section.kind)).toEqual([
      'intro',
      'experience',
      'conclusion',
      'other',
    ])
  })

  it('should take the outline a numbered table of contents gives (2.1 is a subsection, even a quoted line)', () => {
    const japanese = [
      '娘の注射が始まった',
      '娘の成長ホルモン治療について書きます。',
      '目次',
      '1. 娘の身長のこと',
      '2. 大学病院での検査入院',
      '2.1. 「私のせい？」',
      '3. 毎晩の注射',
      '【娘の身長のこと】',
      '',
      '娘は幼稚園のころから、いつも背の順で一番前でした。',
      '【大学病院での検査入院】',
      '',
      '二泊三日の検査入院で、分泌が少ないとわかりました。',
      '「私のせい？」',
      '診断を聞いて、最初に思ったのは、私のせいだということでした。',
      '【毎晩の注射】',
      '',
      '毎晩九時に、娘と一緒に注射をしています。',
    ].join('\n')
    const sections = parseEssay(japanese, {format: 'text'}).sections
    expect(
      sections.map((section) => [section.heading, section.children.map((c) => c.heading)]),
    ).toEqual([
      [null, []],
      ['【娘の身長のこと】', []],
      ['【大学病院での検査入院】', ['「私のせい？」']],
      ['【毎晩の注射】', []],
    ])
    // The contents stay in the intro, as a list.
    expect(sections[0]?.text).toContain('2.1. 「私のせい？」')
    // Without the contents, a line of dialogue standing alone is a paragraph, not a heading.
    const withoutContents = japanese.split('\n').filter((_, index) => index < 2 || index > 6)
    expect(headings(parseEssay(withoutContents.join('\n'), {format: 'text'}).sections)).toEqual([
      null,
      '【娘の身長のこと】',
      '【大学病院での検査入院】',
      '【毎晩の注射】',
    ])
  })

  it('should keep a Japanese title that ends with 。 when the page’s date stands under it', () => {
    const paste = [
      '祖母の畑を、手放すこと。',
      '2025-05-02 21:40:11',
      'テーマ：家族のこと',
      'こんばんは、みのりです。',
      '今日は祖母の畑のことを書きます。',
      '🌿祖母の畑',
      '祖母は六十年、同じ畑でなすを作ってきました。',
      '🌿最後の収穫',
      '去年の秋、祖母と最後のなすを採りました。',
    ].join('\n')
    const essay = parseEssay(paste, {format: 'text'})
    expect(essay.title).toBe('祖母の畑を、手放すこと。')
    // The Ameblo theme line under it is the page's, not a heading.
    expect(headings(essay.sections)).toEqual([null, '🌿祖母の畑', '🌿最後の収穫'])
    // A first line that is a sentence of the essay stays in the intro.
    const opening = ['今日は祖母の畑のことを書きます。', ...paste.split('\n').slice(5)].join('\n')
    expect(parseEssay(opening, {format: 'text'}).title).toBe(null)
  })

  it('should keep an English title of sentences when the page’s byline stands under it', () => {
    const paste = [
      'The shop closed in March. This is what came after.',
      'Ruth Adeyemi',
      'Follow',
      '6 min read',
      'Apr 2, 2025',
      'Share',
      'For eleven years I ran a stationery shop on Quay Street, and in March I locked it for the last time.',
      'What the landlord said',
      '',
      'He rang on a Sunday, which he never did.',
      'Where I am now',
      '',
      'I work three days a week at the library and I sleep better than I have in years.',
    ].join('\n')
    const essay = parseEssay(paste, {format: 'text'})
    expect(essay.title).toBe('The shop closed in March. This is what came after.')
    // The byline, `Share` included, is the page's: paste noise of the intro, not a heading.
    expect(headings(essay.sections)).toEqual([null, 'What the landlord said', 'Where I am now'])
    // The same first sentence over the essay's own prose is the essay's opening, not a title.
    const opening = [paste.split('\n')[0], ...paste.split('\n').slice(6)].join('\n')
    expect(parseEssay(opening, {format: 'text'}).title).toBe(null)
  })

  it('should take the headings a contents list skips, between those it lists, for subsections', () => {
    // No blank line anywhere; the contents list the four majors (a plugin set to one level).
    const lines = [
      'We Sold the Boat',
      'Posted on March 3, 2025 by Ruth',
      'Last spring we sold the boat my father built, and this is how it went.',
      'In this post:',
      'The yard on the river',
      'Selling',
      'What I would tell you',
      'Gulls',
      'The yard on the river',
      'My father built boats in a shed by the river for forty years.',
      'Selling',
      'The first buyer',
      'The first buyer came in April and left without an offer.',
      'The survey',
      'The survey found rot in the transom, and the price fell by a third.',
      'Letting go',
      'I cried in the car park after the papers were signed.',
      'What I would tell you',
      'Get the survey done before you list the boat, not after.',
      'Gulls',
      'I still walk past the yard, and the gulls are still there.',
    ]
    expect(headings(parseEssay(lines.join('\n'), {format: 'text'}).sections)).toEqual([
      null,
      'The yard on the river',
      ['Selling', ['The first buyer', 'The survey', 'Letting go']],
      'What I would tell you',
      'Gulls',
    ])
    // Contents that word one entry apart from its heading say nothing of what they skip.
    const reworded = lines.map((line, index) => (index === 5 ? 'Finding a buyer' : line))
    expect(headings(parseEssay(reworded.join('\n'), {format: 'text'}).sections)).not.toContainEqual(
      ['Selling', ['The first buyer', 'The survey', 'Letting go']],
    )
  })

  it('should read Substack’s thanks with the publication’s name alone as an aside after the closing word', () => {
    const paste = (thanks: string) =>
      [
        'The year I stopped running',
        'I ran every morning for eleven years, and then my knee decided otherwise.',
        'What changed',
        'In March the physio told me to stop for a year.',
        'What I do now',
        'I swim twice a week, and I walk the old route on Sundays.',
        '',
        thanks,
        'Subscribe for free to receive new posts and support my work.',
        'Leave a comment',
      ].join('\n')
    const sectionOf = (thanks: string) =>
      parseEssay(paste(thanks), {format: 'text'}).sections.find(
        (section) => section.heading === thanks,
      )
    const named = sectionOf('Thanks for reading Slow Miles')
    expect(named?.kind).toBe('other')
    expect(named?.reasons).toContain('after the closing word')
    // Lower case after the thanks is the writer's own line, not a publication's name: the model
    // decides what it is, as for any heading.
    expect(sectionOf('Thanks for reading this far')?.reasons).not.toContain(
      'after the closing word',
    )
  })

  it('should read Substack’s “Ready for more?”, Blogger’s “Posted by … at 8:41 pm” and “最新の記事” as asides', () => {
    const substack = [
      'The tenant who stopped paying',
      'I never meant to be a landlord.',
      'How it went wrong',
      'In the fourth month the rent did not arrive, and then it did not arrive again.',
      'What I would do now',
      'Put every agreement in writing, the same day.',
      'Ready for more?',
      'Subscribe',
    ].join('\n')
    const blogger = [
      'Redundant at fifty-eight',
      'Last spring my job of thirty years ended in a twenty-minute meeting.',
      'This is what happened next, and what I learned.',
      'The tribunal',
      'We settled on the morning of the hearing, in a corridor.',
      'Where I am now',
      'I work three days a week at a local charity now, and I enjoy it.',
      'Posted by Graham Whitlock at 8:41 pm',
      'Labels: employment tribunal, redundancy',
      'No comments:',
    ].join('\n')
    const ameblo = [
      '腰を痛めた冬',
      '倉庫で腰を痛めてから、一年がたちました。',
      '■ あの日のこと',
      '重い箱を持ち上げた瞬間、腰に電気が走りました。',
      '■ 振り返って思うこと',
      'けがをしたら、その日のうちに記録を残してください。',
      '最新の記事',
      'ヘルニア明けの初めての食パン',
    ].join('\n')
    for (const [paste, aside] of [
      [substack, 'Ready for more?'],
      [blogger, 'Posted by Graham Whitlock at 8:41 pm'],
      [ameblo, '最新の記事'],
    ] as const) {
      const sections = parseEssay(paste, {format: 'text'}).sections
      // The intro and two sections of the essay, then the asides (Blogger's “No comments:” is one
      // of its own).
      expect(sections.findIndex((section) => section.heading === aside)).toBe(3)
      expect(sections.slice(3).every((section) => section.kind === 'other')).toBe(true)
    }
    // A byline under the title has no time of day: it stays paste noise of the intro.
    const byline = parseEssay(
      blogger.replace('\nLast spring', '\nPosted by Graham Whitlock\nLast spring'),
      {
        format: 'text',
      },
    )
    expect(byline.sections[0]?.heading).toBe(null)
    expect(byline.sections[0]?.text).toContain('Posted by Graham Whitlock')
  })

  it('should read WordPress’s categories as a list (“Family, Grief, Letters”) as paste noise', () => {
    const paste = [
      'My daughter stopped calling',
      'Posted on April 14, 2025 by Gail Sorensen',
      'Family, Grief, Letters',
      'I have put off writing this post for almost two years.',
      'She is alive and well, as far as I know.',
      'The last phone call',
      'It was a Sunday in July, and she called as she did most Sundays.',
      'What I am doing while I wait',
      'I stopped defending the record. I found a therapist of my own.',
    ].join('\n')
    const essay = parseEssay(paste)
    expect(headings(essay.sections)).toEqual([
      null,
      'The last phone call',
      'What I am doing while I wait',
    ])
    expect(essay.sections[0]?.text).toContain('Family, Grief, Letters')
  })
})
