"""Japanese words and idioms that hold ない or ず but say yes, so that a faithful English sentence without a
negator is not taken for a lost negation: modal idioms ("must", "may", "certainly", "unavoidable"), words
that merely end in ない (少ない "few", 危ない "dangerous"), and the fixed negatives of news prose that English
says without a "not": 少なくない "many", 振るわない "sluggish", 絶えない "constant", にもかかわらず "despite",
に限らず / のみならず "not only" (English "not only" is no negation either)."""

NOT_CUES = (
    # "must", "have to", "may", "certainly", "unavoidable", "indispensable", "inevitable"
    "なければならない なければならず なくてはならない ねばならない ざるを得ない ざるをえない かもしれない "
    "かもしれません 違いない 違いありません 避けられない 避けられず 欠かせない 欠かせず やむを得ない "
    # "not few" = "many", "not a little": before 少ない, which they do not contain but would be read after
    "少なくない 少なくなかった 少なくありません 少なからず 少ない "
    # words that end in ない or hold ず: "dangerous", "painful", "dull", "sorry", "as ever", "first", "surely",
    # "slight", "either", "should", "each", "all along"
    "危ない 切ない つまらない 申し訳ない 相変わらず まず 必ず わずか いずれ はず ずつ ずっと "
    # business and news prose: "sluggish", "lacklustre", "poor", "constant(ly)", "despite / regardless of",
    # "not only ... but"
    "振るわない 振るわなかった 振るわず 振るいません 冴えない 冴えなかった さえない さえなかった "
    "思わしくない 思わしくなかった 芳しくない 芳しくなかった 絶えない 絶えなかった 絶えず "
    "にもかかわらず にも関わらず にも拘わらず かかわらず 関わらず 拘わらず に限らず のみならず "
    # "isn't it?" that asserts (問題があるのではないか "there may be a problem"), "merely", "nothing but"
    "ではないでしょうか ではないか じゃないか に過ぎない にすぎない に過ぎず にすぎず にほかならない"
).split()
