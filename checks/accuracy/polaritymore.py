"""Negation cues of Tagalog, Georgian, Macedonian, Armenian, Swahili and Amharic for A006 (merged by
:mod:`.polarityextra`).

Tagalog hindi, wala / walang, huwag, ayaw (``hindi lamang`` "not only", ``hindi bababa sa`` "no fewer than" are no
negations); Georgian არ, ვერ ("cannot"), ნუ ("don't"), არც, არავინ, არაფერი, არასოდეს (``არა მხოლოდ`` "not only");
Macedonian не, нема ("will not", "there is not"), никогаш, ништо, никој, ниту (``не само``, ``не помалку од``).
All three negate with words of their own and with negative concord (``არავინ არ`` "nobody").
Armenian negates with words (ոչ, ոչինչ, երբեք) and the auxiliaries չի, չեն, չէր, չկա, չունի, but also glues չ- to
a verb (չգնաց "did not go"); Swahili with a prefix (haitaongeza "will not raise", hakusema "did not say",
hawajafika "have not arrived yet") beside hakuna, si, wala, kamwe; Amharic with አል-/አይ- ... -ም (አልሄደም, አይደለም),
እንደማይ- "that ... not", የለም "there is not". For those three only the commonest forms are read, so only a negation
the draft lost is reported (:data:`LOST_ONLY`).
"""

from __future__ import annotations

CUES = {
    "tl": "hindi wala walang huwag ayaw hinding-hindi",
    "ka": "არ ვერ ნუ არა არც ვერც არავინ არაფერი არასოდეს ვერასოდეს ვერავინ ვერაფერი არსად ვერსად არანაირი "
          "არავითარი",
    "mk": "не нема немаат немаше немаа никогаш ништо никој никого ниеден ниедна ниедно ниту никаде никаков никаква "
          "никакво никакви",
    "hy": "ոչ ոչինչ երբեք չի չեն չէ չեմ չես չենք չեք չէր չէի չէին չէինք չէիր չկա չկան չկար չունի չունեն չունենք "
          "չունեին չուներ",
    "sw": "hakuna hapana si sio siyo wala kamwe",
    "am": "የለም የለውም የላትም የላቸውም",
}
_ONLY = r"(?<!\w)(?:{neg})\s+(?:{only})(?!\w)"
NOT_NEGATION = {
    "tl": _ONLY.format(neg="hindi", only="lamang|lang|bababa|hihigit|kukulangin"),
    "ka": _ONLY.format(neg="არა|არ", only="მხოლოდ|ნაკლებ|ნაკლები|მეტი|უმეტეს"),
    "mk": _ONLY.format(neg="не", only="само|помалку|повеќе|подоцна"),
    "hy": _ONLY.format(neg="ոչ", only="միայն|պակաս|ավելի|ուշ"),
    "sw": _ONLY.format(neg="si", only="tu|chini|zaidi|pungufu"),
}
# Swahili negative subject prefixes, then the past -ku-, future -ta- or "not yet" -ja-, then the verb (hatari
# "danger", hataza "patent", hatahivyo "nevertheless" are no verbs)
_SW_VERBS = (r"(?<![\w])(?!hatar|hataz|hatam|hatahivyo)(?:ha|hatu|ham|hawa|hau|hai|hali|haya|haki|havi|hazi|haku|hapa)"
             r"(?:ku|ta|ja)[^\W\d_]{2,}(?![\w])")
# Amharic አል- / አይ- ... -ም (past and non-past negatives, አይደለም "is not"), እንደማይ- / እንዳል- "that ... not"
_AM_VERBS = r"(?<![\w])(?:(?:አል|አይ)[\u1200-\u137f]{1,8}ም|(?:እንደማይ|እንዳል)[\u1200-\u137f]{2,})(?![\w])"
NEGATIVE_VERBS = {"sw": "|" + _SW_VERBS, "am": "|" + _AM_VERBS}
CONCORD = frozenset({"tl", "ka", "mk", "hy", "sw", "am"})
LOST_ONLY = frozenset({"hy", "sw", "am"})
