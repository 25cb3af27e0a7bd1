"""Negation cues in many languages, for A006: a "not" in one side of a pair that the other side lacks.

``nicht ausgeschlossen`` rendered as "ruled out" turns a statement around, and an English-only reader
cannot see it. Cues are grammatical negators only ("without", "refused", Estonian case endings say no in other ways); words that merely contain a negative
(Chinese 不断 "continuously", 非常 "very", 无人机 "drone") are not cues. A sentence whose cues cancel
out (``nicht ohne``, "not without") is left alone, and so is a pair where both sides negate.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .polarityczech import czech_negations
from .polarityestonian import CUES as ET_CUES, NOT_NEGATION as ET_NOT, SOFT as ET_SOFT
from .polaritygerman import NOT_NEGATION as DE_NOT, SOFT as _SOFT_DE
from .polarityrussian import CUES as RU_CUES, NOT_NEGATION as RU_NOT, glued_negations
from .polarityhebrew import CUES as _HEBREW_CUES, NOT_NEGATION as _HEBREW_NOT, hebrew_soft
from .polaritypashto import pashto_negations, pashto_soft
from .polaritypersian import persian_negations, persian_soft
from .polarityswedish import CUES as _SCANDINAVIAN_CUES, NOT_NEGATION as _SCANDINAVIAN_NOT, SOFT as _SOFT_SV
from .polarityswedish import scandinavian_negated
from .polaritykorean import SOFT as _SOFT_KO, korean_negations
from .polaritykhmer import khmer_negations, khmer_soft
from .polaritythai import thai_negations, thai_soft
from .polarityturkish import turkish_soft
from .polarityjapanese import NOT_CUES as JA_NOT_CUES
from .polaritykeep import NOT_UNTIL_RE as _NOT_UNTIL_RE
from .polarityfrench import EXPLETIVE_NE
from .polarityspanish import NOT_NEGATION as ES_NOT
from . import polaritynepali as nepali, polaritysinhala as sinhala, polarityextra as extra
from .devanagari import LANGS as DEVANAGARI_LANGS, LETTERS as DEVANAGARI

_CUES = {
    "en": "not n't no never none nothing nobody nowhere neither nor cannot",
    "de": "nicht kein keine keinen keinem keiner keines nie niemals nichts niemand weder",
    "fr": "ne n' jamais aucun aucune rien ni",  # "pas" alone is also a step: "un premier pas"
    "es": "no nunca jamás ningún ninguna ninguno nada nadie ni tampoco",
    "it": "non mai nessun nessuno nessuna niente nulla né nemmeno neanche neppure mica",
    "pt": "não nunca jamais nenhum nenhuma nada ninguém nem",
    # Romanian elides nu before a vowel of the verb: n-a, n-au, n-ar (n-a fost "was not")
    "ro": "nu niciodată niciun nicio nimic nimeni nici niciunul niciuna niciunei niciunui nicăieri nicidecum "
          "n-a n-am n-ai n-au n-ar n-aș n-ați n-are n-avea n-aveau n-avem n-o n-or n-ați",
    "ru": RU_CUES,  # нету, некому, не glued to a verb: polarityrussian.py
    "uk": "не немає ні ніколи нічого ніхто жоден жодного нема нікуди ніде",
    "pl": "nie nigdy nic nikt żaden żadna żadnego żadne żadnej żadnym żadnych żadnemu żadną niczego niczym nikogo "
          "nikomu nikim nigdzie",
    "nl": "niet geen nooit niets niemand noch nergens nimmer",
    "sv": "inte ej aldrig ingen inget inga",
    # Czech n-words in their cases; negated verbs (nebude, nemá, neschválí) are read by polarityczech.py
    "cs": "ne nikdy nic nikdo žádný žádná žádné žádného žádnému žádném žádným žádnou žádných žádní žádnými ničeho "
          "ničemu ničem ničím nikoho nikomu nikom nikým nikde nikam nijak nikoli nikoliv",
    "et": ET_CUES,  # ega, polevat: polarityestonian.py
    "tr": "değil yok hiç asla hiçbir",
    "el": "δεν μη μην όχι ποτέ τίποτα κανείς ούτε μηδέ κανένας κανένα κανέναν καμία καμιά κανενός καμίας πουθενά "
          "ουδέποτε ουδείς ουδεμία",
    "vi": "không chưa chẳng chả đừng chớ",
    "id": "tidak tak bukan belum jangan tiada",
    "ms": "tidak tak bukan belum jangan tiada",  # Malay negates with the same words
    # Arabic glues "and"/"so" to the negator: ولم يعلق "and did not comment", فلا "so no"
    "ar": " ".join(p + w for w in "لا لم لن ليس ليست ليسوا لسنا لست ليسا أبدا أبداً".split() for p in ("", "و", "ف")),
    # Hindi: नहीं (and the common नही), न, ना, मत; कोई नहीं, कभी नहीं carry नहीं
    "hi": "नहीं नही न ना मत",
    "ne": nepali.CUES,  # होइन, छैन, भएन, नभएको
    "si": sinhala.CUES,  # නැහැ, නැත, නොවේ, එපා
    # Persian: هرگز "never"; the prefix ن- of a verb, نمی‌, نیست, هیچ, بدون are read by polaritypersian.py
    "fa": "هرگز",
    # Pashto: هرګز "never"; نه, مه, نشته, the glued نلري / نکوي, ونه کړ, هیڅ are read by polaritypashto.py
    "ps": "هرګز هرگز",
    # Hungarian: nem, sem/se (nor, not either: egyik sem "neither", senki sem), ne (don't), nincs "there is not"
    # and its plural and sincs, and the n-words in their cases (senkit, semmit, semmilyen, sehol)
    "hu": "nem sem se ne nincs nincsen nincsenek sincs sincsen sincsenek soha sohasem sose sosem senki senkit "
          "senkinek senkivel senkitől senkire senkiről senkihez senkiben semmi semmit semminek semmivel semmire "
          "semmiről semmiből semmiben semmihez semmilyen semmiféle semmiképp semmiképpen sehol sehova sehová "
          "sehonnan sehogy sehogyan",
}
_CUES["he"] = _HEBREW_CUES  # לא, אין, אינו, בלי, ללא with ו, ש, כש glued: polarityhebrew.py
_CUES.update(_SCANDINAVIAN_CUES); _CUES.update(extra.CUES)  # sv da no: polarityswedish; ca fi hr bg bn: extra
# Turkish negates the verb with a suffix: düşünmüyoruz "we are not thinking", çözülmediğini "that it was not
# solved", olmayacak "will not be", gelmemiş; the aorist -maz/-mez is left out (Yılmaz is a surname).
_TR_VERB_NEG = (r"|[^\W\d_]{2,}m[ıiuü]yor[^\W\d_]*|[^\W\d_]{2,}m[ae]d[ıiuü][^\W\d_]*"
                r"|[^\W\d_]{2,}m[ae]y[ae]c[ae][kğ][^\W\d_]*|[^\W\d_]{2,}m[ae]m[ıiuü]ş[^\W\d_]*")
# Hindi words that say no without a negator: बिना / बगैर "without", इनकार "refusal", नाकाम / विफल / असफल
# "failed", असमर्थ "unable", असंभव "impossible", अपर्याप्त "insufficient", खारिज "rejected"
_SOFT_HI = "बिना बगैर बग़ैर इनकार इंकार नाकाम विफल असफल असमर्थ असंभव नामुमकिन अपर्याप्त खारिज ख़ारिज".split()
# hükmedildi "it was ruled", hükmediyor: a stem in -m glued to etmek (passive -il-, present -iyor), not -mAdI;
# gelmediler "they did not come" keeps its -medi-ler
_TR_NOT_VERBS = r"\b(?:komedi|trajedi|ahmedi|mehmedi|muhammedi|[^\W\d_]*?med(?:il(?!er)|iyor))\w*"
# değil with its endings (değildir "is not", değildi, değiliz, değilse) and yok's (yoktur, yoktu; not yoksul)
_TR_NOT_WORDS = r"|değil[^\W\d_]+|yok(?:tur|tu|muş|muyor)"
# Words that say no without a negator ("without", "refused"): they never raise A006 but keep it quiet when
# the other side negates grammatically (ohne Erfolg / "unsuccessful" is not a flipped statement).
_SOFT = (
    "without unable impossible refused refuses refuse refusing refusal denied denies denying rejected rejecting "
    "declined declining failed fails failing lack lacks lacking absence inhumane inhuman unwilling "
    "reluctant reluctantly reluctance regardless irrespective fail "
    "failure unknown unclear unsuccessful unlikely unavoidable inevitable inevitably indispensable insufficient "
    "neither lest optional optionally prevent prevents prevented preventing avoid avoids avoided "
    # "unless" is "if not" (若争端不能解决, "unless the dispute is resolved"); "improper", "incorrect" say "not
    # done properly" (没有取到位). Not "forbidden", "inadequate": on MLQE-PE they stand beside a dropped
    # negation of another clause ("it is forbidden" for запрещено while не проверяйте lost its не)
    "unless improper improperly incorrect incorrectly "
    "ohne sans sin senza sem fără без bez zonder utan χωρίς ilma tulemusteta "
    # Portuguese: refused, denied, rejected, impossible, unable, lack, avoid, prevent
    "recusou recusaram recusa recusam negou negaram nega negam rejeitou rejeitaram rejeita "
    "impossível incapaz incapazes falta faltam ausência evitar evitou impedir impediu "
    # Greek: refused, rejected, impossible, failed, lack, avoided, ruled out
    "αρνήθηκε αρνήθηκαν αρνείται αρνούνται απέρριψε απέρριψαν απορρίπτει απορρίφθηκε αδύνατο αδύνατη αδυνατεί "
    "αδυνατούν απέτυχε απέτυχαν αποτυχία έλλειψη ελλείψει απέφυγε αποφεύγει αποκλείεται αποκλείει απέκλεισε"
).split()
# Greek μη before an adjective, participle or noun is a prefix, "non-", "un-" (μη κατοικήσιμες "uninhabitable",
# μη κυβερνητικές οργανώσεις "non-governmental", μη εξυπηρετούμενα δάνεια "non-performing loans", η μη
# καταβολή "non-payment"), not a negator: only after να, ας, θα does it negate a verb
_EL_PRIVATIVE = (r"(?<!να )(?<!ας )(?<!θα )(?<![\w])μην?\s+[^\W\d_]{3,}(?:ος|ός|η|ή|ο|ό|οι|οί|ες|ές|α|ά|ων|ών"
                 r"|ους|ούς|ου|ού|ης|ής|ας|άς)(?![\w])")
# Estonian says no with endings: -mata (söömata "uneaten"), -matu (defineerimatu "undefinable"), puudu- (lack)
_SOFT_ET = r"|\w{3,}mat(?:a|u|ud|ult|ut)|puudu\w*" + ET_SOFT  # mitteomamine
# Russian and Ukrainian недо- ("not enough": недовоспитали, "have not fully educated") say no inside a word;
# "far from" says no in two words (nu sunt nici pe departe / "are far from"), and "yet to" (has yet to decide:
# noch nicht, ещё не, belum, chưa); "instead of", "rather than" (而不是, 不能 … 而要: "rather than speculating")
_SOFT_MORE = r"|недо\w{3,}|far from|yet to|instead of|rather than|" + _EL_PRIVATIVE
# English says no with a prefix, a verb or an adverb: "unprofitable", "ignores", "hardly" (거의 …지 않았다).
# Only un-...-able/-ful: "non-material", "untrue", "uncertainty" often stand for a prefix the original has too
# (mittemateriaalne), and as soft cues they hid real dropped negations on MLQE-PE (et 77% -> 74% caught)
_SOFT_MORE += r"|un[a-z]{3,}(?:able|ably|ful|fully)|ignor(?:e|es|ed|ing)|hardly|barely|scarcely"
# Russian and Ukrainian words built on не- and без- that say no (неправда "untrue", некстати "out of place",
# невозможно "impossible", безуспешно "to no avail"); a closed list, as неделя, нефть, небо are not negative
_SOFT_MORE += (r"|не(?:правд|кстати|возможн|известн|понятн|ясн|удач|верн|правильн|законн|доступн|нужн|приемлем"
               r"|можлив|відом|плох)\w*|бе[зс](?:успешн|полезн|результатн|надежн)\w*|wrong\w*")
# ...and verbal nouns on не- (неучастие "non-participation", невыполнение "failure to fulfil", непризнание), and
# перестал "stopped", which says "no longer" (перестало приносить удовольствие / "no longer gives pleasure");
# неплохо "not bad" above is litotes, as the English is
_SOFT_MORE += r"|не[^\W\d_]{3,}(?:ние|тие|ния|тия|нию|тию|нием|тием|нии|тии)|переста[^\W\d_]+"
# Polish "brak" (lack: brak sygnałów "no signals"; not English "brake", "braking"), zabrakło "ran short",
# odmówił "refused", and adjectives
# built on nie- (niemożliwy "impossible", niezmienione "unchanged", niewystarczający "insufficient"); English
# "unchanged" says "not changed" (RPP nie zmieniła stóp / "leaves rates unchanged")
_SOFT_MORE += (r"|brak(?!e[sd]?\b|ing\b)\w{0,3}|zabrak\w+|odm[óo]wi\w+|unchanged|nie(?:zmien|możliw|wiadom|jasn|pewn|udan|skuteczn"
               r"|wystarcza|zbędn|dostateczn|obecn|chętn)\w*")
# Romanian: refused, rejected, impossible, lack, failed, failure, avoid, prevent, unclear, unknown,
# insufficient, denied
_SOFT_MORE += (r"|refuz\w*|respin[gs]\w*|imposibil\w*|lips(?:ă|a|esc|ește|ea|eau|it|ită|iți|ite)|eșua\w*|eşua\w*"
               r"|eșec\w*|eşec\w*|evit(?:a|at|ată|ați|ate|ă|ând|e)|împiedic\w*|neclar\w*|necunoscut\w*"
               r"|insuficient\w*|nereușit\w*|neag[ăa]|negat")
# Czech: odmítl "refused", zamítl "rejected", chybí "is missing", nedostatek "shortage", and adjectives built on
# ne- (nemožné "impossible", nejasné "unclear", nezměněná "unchanged", neúspěšný "unsuccessful")
_SOFT_MORE += (r"|odmít\w+|zamít\w+|chyb(?:í|ějí|ěl\w*|ějící\w*)|ne(?:dostat|možn|jasn|jist|znám|úspěš|vhodn|přízniv"
               r"|platn|legáln|ochot|schop|spokoj|pravděpodob|obvykl|přijateln|změněn|měnn)\w*")
_SOFT += _SOFT_HI
# Nepali (read as Hindi by the language guess) negates its verbs with endings: सकेन "could not", भएन, थिएन,
# गर्दैन, छैन, होइन; soft cues only, so an English "not" for them is no addition (हुन सकेन / "could not be")
_SOFT_MORE += rf"|[{DEVANAGARI}]{{2,}}(?:ेन|एन|ेनन्|एनन्|दैन|दैनन्)"
# Indonesian and Malay: tanpa "without", menolak / ditolak "refused", gagal "failed", mustahil "impossible"
_SOFT += "tanpa menolak ditolak gagal mustahil".split()
# Dutch: weigerde "refused", ontkende "denied", afgewezen "rejected", onmogelijk, ontbreekt "is lacking",
# gebrek "lack", uitgesloten "ruled out", mislukt "failed", nauwelijks / amper "hardly", zelden "rarely"
_SOFT_MORE += (r"|weiger\w*|geweigerd|ontken\w*|afgewezen|verwierp\w*|verworpen|onmogelijk\w*|ontbr[eao]k\w*"
               r"|gebrek\w*|uitgesloten|mislukt\w*|onbekend\w*|onduidelijk\w*|onvoldoende|nauwelijks|amper|zelden"
               r"|onveranderd\w*|verhinder\w*")
_SOFT_MORE += _SOFT_DE + _SOFT_SV  # German unzureichend, abgelehnt; Swedish, Danish, Norwegian vägrade, saknas, uden
# Hungarian: nélkül "without", elutasította "rejected", megtagadta "refused", tagadta / cáfolta "denied", hiány
# "lack", hiányzik "is missing", lehetetlen, képtelen "unable", sikertelen, változatlan "unchanged",
# ismeretlen, bizonytalan, kizárta "ruled out" (not kizárólag "solely"), elkerülte "avoided",
# megakadályozta "prevented", meghiúsult "fell through", kudarc "failure", alig "hardly", ritkán, hiába
_SOFT_MORE += (r"|nélkül\w*|elutasít\w*|megtagad\w*|tagad\w*|cáfol\w*|hiány\w*|lehetetlen\w*|képtelen\w*"
               r"|sikertelen\w*|változatlan\w*|ismeretlen\w*|elégtelen\w*|bizonytalan\w*|kizár(?!ólag)\w*"
               r"|elkerül\w*|megakadályoz\w*|meghiúsu\w*|kudarc\w*|alig|ritkán|hiába"
               r"|disagree\w*")  # nem ért egyet "does not agree": English "disagrees"
_SOFT_MORE += _SOFT_KO  # Korean: 거부 refused, 무산 fell through, 없이 without, 적지 않은 considerable
_SOFT += "undecided undetermined unconfirmed unresolved undisclosed pending unhappy dissatisfied displeased".split()
# English un- participles that say "was not hurt", "were not filled": O Braga, que não perdia em casa / "unbeaten"
_SOFT += ("unbeaten undefeated unharmed unhurt unscathed unopposed unanswered unnoticed unpunished unpaid unfilled "
          "unsold unused unclaimed unfinished uncompleted untreated unvaccinated uninsured unoccupied").split()
# Vietnamese: từ chối "refused", bác bỏ "rejected", phủ nhận "denied", thất bại "failed", thiếu "lack" (not
# thiếu niên "juveniles", thiếu nhi, thiếu tá / thiếu tướng ranks), tránh "avoid", ngăn chặn "prevent", bất khả thi
_SOFT_MORE += (r"|từ chối|bác bỏ|phủ nhận|thất bại|thiếu(?! (?:niên|nhi|tá|tướng|úy|phụ|nữ))|tránh|ngăn chặn"
               r"|ngăn ngừa|bất khả thi")
_SOFT_RE = re.compile(r"(?<![\w'’])(?:" + "|".join(map(re.escape, _SOFT)) + _SOFT_ET + _SOFT_MORE + r")(?![\w])",
                      re.IGNORECASE)

# Chinese and Japanese forbid with 禁止 / 严禁 ("no flying objects may be raised"); Japanese says "without" and
# "none" with なく, なし, ずに (待ったなし "cannot wait", 例外なく "without exception"),
# and "decide against", "give up", "refrain" with verbs (訪米を見送る "decided not to visit the US")
_CJK_NEGATORS = re.compile(r"[不没沒未无無非否别勿莫]|禁止|严禁|嚴禁|禁令|(?<!少)なく|なし|ずに|見送|見合わせ|断念|控え|拒")


def softened(text: str) -> bool:
    """Whether a sentence says no in words other than a negator (either language); in Chinese any negator
    character counts, as 无 and 未 negate inside words that no cue list can hold."""
    return (_SOFT_RE.search(text) is not None or _CJK_NEGATORS.search(text) is not None
            or _NOT_UNTIL_RE.search(text) is not None or persian_soft(text) or hebrew_soft(text)
            or khmer_soft(text) or pashto_soft(text) or thai_soft(text) or turkish_soft(text))


# Chinese and Japanese cues are whole words: a bare 不 or 无 sits inside too many positive words.
_CJK_CUES = (
    "没有 没能 沒有 不会 不能 不是 不要 不再 不应 不愿 不得 不可 不可能 不允许 不存在 不同意 不打算 不排除 "
    "并不 并非 并未 从未 从不 未能 未曾 尚未 无法 无意 绝不 决不 拒绝 否认 否定 毫无 别无 ない ません なかった ず "
    "不必 不需要 无需 无须 不准 不许 不宜 仍未 还未 也未 均未 都未 亦未 暂未 "
).split()
# 能不能, 是不是, 有没有: the Chinese yes-or-no question, not a negation; 毫无疑问 "there is no doubt" (English's "no" there is left out too)
_CJK_NOT_CUES = ("不得不 不仅 不但 不断 不少 不过 不同 不久 不管 差不多 无论 毫不犹豫 "
                 "能不能 是不是 会不会 有没有 可不可以 要不要 愿不愿 敢不敢 肯不肯 该不该 "
                 "毫无疑问 毋庸置疑 无疑").split() + JA_NOT_CUES  # Japanese: ない and ず that say yes


@lru_cache(maxsize=32)
def _cue_re(lang: str) -> re.Pattern:
    if lang in _CUES:
        words = set(_CUES[lang].split())
    else:  # language unknown: every list, less the short words that mean something else elsewhere
        words = {w for v in _CUES.values() for w in v.split()} - {"no", "ne", "ni", "nu", "ei", "nie", "n'"}
    full = "|".join(sorted((re.escape(w) for w in words if not w.endswith("'")), key=len, reverse=True))
    elided = "|".join(re.escape(w[:-1]) + "['’]" for w in words if w.endswith("'"))
    w = rf"\w{DEVANAGARI}" if lang in DEVANAGARI_LANGS else rf"\w{extra.LETTERS.get(lang, '')}"  # न, not कान
    pattern = rf"(?<![{w}'’])(?:{full})(?![{w}])" + (rf"|(?<![{w}'’])(?:{elided})" if elided else "")
    pattern += {"ne": "|" + nepali.NEGATIVE_VERBS, "si": "|" + sinhala.NEGATIVE_VERBS, **extra.NEGATIVE_VERBS}.get(lang, "")  # बोलाएन, නොවූ බව
    if lang == "tr":
        pattern += rf"|(?<![\w'’])(?!{_TR_NOT_VERBS[2:]})(?:{_TR_VERB_NEG[1:]}{_TR_NOT_WORDS})(?![\w])"
    return re.compile(pattern + (r"|n ?['’] ?t\b" if lang == "en" else ""), re.IGNORECASE)  # tokenized MT: "don 't"


LOST_ONLY = frozenset({"ne", "si", "bn", "lt", "lv"}) | extra.LOST_ONLY  # negators read only in part: only a negation the draft lost is reported


def known(lang: str) -> bool:
    """Whether this module knows the language's negation (no guessing for the others)."""
    return lang in _CUES or lang in ("zh", "ja", "ko", "km", "th")


# Negators that do not negate the statement: "not only", quantities ("no more than 20" = at most 20),
# "No. 1", questions (Russian "не ... ли" = whether), "until" (пока ... не), French restrictive "ne ... que"
# (= only). Both sides of a faithful pair may carry them or not, so they are never counted.
# Hindi: न केवल / न सिर्फ़ "not only", "X ही नहीं, बल्कि Y" (not only X but Y), नहीं तो "otherwise", या नहीं
# "whether or not", से कम नहीं "no less than", जब तक ... नहीं "until", and the "some ... or other" of कोई न
# कोई, कभी न कभी, कुछ न कुछ, किसी न किसी
_HI = rf"(?<![\w{DEVANAGARI}])"
_HI_END = rf"(?![\w{DEVANAGARI}])"
_NOT_NEGATION_HI = (rf"{_HI}(?:न|ना)\s+(?:केवल|सिर्फ़|सिर्फ|सिर्फ़|मात्र){_HI_END}"
                    rf"|{_HI}ही\s+नहीं(?=[^।?!]*{_HI}बल्कि{_HI_END})|{_HI}नहीं\s+तो{_HI_END}|{_HI}या\s+(?:नहीं|न|ना){_HI_END}"
                    rf"|{_HI}से\s+(?:कम|ज़्यादा|ज्यादा|अधिक)\s+नहीं{_HI_END}|{_HI}जब\s+तक\s[^।?!,]{{0,50}}?नहीं{_HI_END}"
                    rf"|{_HI}(कोई|कभी|कुछ|किसी|कहीं)\s+न\s+\1{_HI_END}"
                    # मत is also "vote": 5 लाख मत मिले "got 500,000 votes", एक मत से "unanimously"
                    rf"|(?:\d|{_HI}(?:एक|लाख|हजार|हज़ार|करोड़|अधिक|ज्यादा|ज़्यादा|कम))\s*मत{_HI_END}"
                    rf"|{_HI}मत\s+(?:से|के|का|की|को|में|पर|देने|दिया|दिए|दी|डाले|मिले|मिला|पड़े|पड़े){_HI_END}")
_NOT_NEGATION = {
    "en": _NOT_UNTIL_RE.pattern + r"|\bnot (?:only|just|merely|least|to mention)\b|\bno (?:doubt|matter)\b"
          r"|\bno[- ]brainer\b|\bnone other than\b|\bnothing but\b"  # idioms of "obvious", "the very", "only"
          r"|\bNo\.? ?(?=\d)|\b(?:no|not) (?:more|less|fewer|later|earlier)(?: so)? than\b|\bno[- ]confidence\b"
          # "and no more" (и не более: only that), idioms of not caring ("doesn't matter", "not give a damn":
          # плевать, до фени, забить на), which an original says without a negator as often as with one
          r"|\bno (?:more|less)(?=\s*(?:[.,;:!?)]|$))|(?:\b(?:does|do|did|will|would|should)(?: not|n['’]t)) matter\b"
          r"|(?:\b(?:not|no one|nobody|never)|n['’]t)\s+(?:[a-z]+\s+){0,2}?(?:give|gives|gave|giving|care|cares|cared)"
          r"\s+a\s+(?:damn|shit|crap|fuck|hoot|toss)\b",
    "ru": RU_NOT,  # не только, не ... ли, пока ... не, concessive ни: polarityrussian.py
    "uk": r"\bне (?:лише|тільки|просто|менше|більше|пізніше)\b|\bне\s+\w+\s+чи\b|\bпоки\b[^.,;:!?]{0,40}?\bне\b",
    "de": DE_NOT,  # nicht nur; wie seit Jahren nicht, wie in keinem anderen (polaritygerman.py)
    "fr": r"\bnon seulement\b|\b(?:ne\s+|n['’])(?:(?!(?:pas|jamais|plus|rien|point|guère)\b)[\w-]+\s+){0,2}"
          r"qu(?:e\b|['’])"
          r"|" + EXPLETIVE_NE,  # avant que ... ne, plus ... qu'on ne le pensait: polarityfrench.py
    "es": ES_NOT,  # no solo, a no ser que, hasta que no; intervenciones no urgentes (polarityspanish.py)
    # non appena "as soon as"; the expletive non of a meno che non "unless", finché non "until"
    "it": r"\bnon (?:solo|soltanto|più di|meno di|appena)\b|\b(?:a meno che|finché|fino a quando)\b[^.,;:!?]{0,40}?\bnon\b",
    # a não ser que "unless", não obstante "nevertheless", nada menos que "no less than", não há dúvida "no
    # doubt", nem que "even if", não governamental / não-residentes "non-governmental", "non-residents"
    "pt": r"\bnão (?:só|somente|apenas|mais de|menos de|mais (?:do )?que|menos (?:do )?que|obstante)\b"
          r"|\ba não ser\b|\bnada menos (?:de|do que|que)\b|\bnão (?:há|restam?) dúvidas?\b|\bnem que\b"
          r"|\bnão[- ]governamenta\w*|\bnão-(?=\w)",
    # nu ... decât "only" (nu are decât trei zile), quantities (nu mai târziu de "no later than"), nu în ultimul
    # rând "last but not least", the tag nu-i așa, the expletive nu of până (nu) "until", nicio îndoială "no doubt"
    "ro": r"\bnu (?:numai|doar|mai mult de|mai puțin de|mai târziu de|mai devreme de|în ultimul rând)\b"
          # "mai mult ca niciodată" more than ever; nu ... doar/numai ... ci și: not only ... but also
          r"|\bca niciodată\b|\bnu\b(?=[^.;]{0,60}\b(?:numai|doar)\b[^.;]{0,160}\b(?:ci|dar|însă)\s+(?:\w+\s+){0,2}?(?:și|şi)\b)"
          r"|\bnu\s+(?:[\w-]+\s+){0,2}?decât\b|\bnu-i așa\b|\bpână (?:ce |când )?(?:să )?nu\b"
          r"|\b(?:nu\s+(?:există|este|e|încape|are)\s+)?(?:nicio|niciun|nici o|nici un)\s+(?:îndoială|dubiu)\b",
    # nie ulega wątpliwości "there is no doubt", nie bez "not without", nic dziwnego "no wonder", quantities
    # (nie więcej niż, nie później niż "no later than"), a question that asserts (czy nie ...?)
    "pl": r"\bnie (?:tylko|więcej niż|mniej niż|później niż|wcześniej niż|ulega wątpliwości|bez)\b"
          r"|\bnic dziwnego\b|\bczy nie\b[^.!?]*\?",
    "et": ET_NOT,  # mitte ainult, ei ... pelgalt ..., vaid; ka ei oleks
    # ne jen / nikoli pouze "not only", quantities (ne více než "no more than", ne později než), ne nadarmo
    # "not for nothing"
    "cs": r"\b(?:ne|nikoliv?) (?:jen|jenom|pouze|více než|méně než|později než|dříve než|nadarmo)\b",
    # niet alleen/enkel/slechts "not only", quantities (niet meer dan "no more than", nog geen 20 "fewer than
    # 20"), geen (enkele) twijfel "no doubt", niet in de laatste plaats "not least", niet te vergeten "not to
    # mention", and the prefix niet- (niet-westerse "non-Western", niet-gouvernementele "non-governmental")
    "nl": r"\bniet (?:alleen|enkel|slechts|uitsluitend|in de laatste plaats|te vergeten)\b"
          r"|\bniet (?:meer|minder|later|eerder|langer) dan\b|\bnog geen (?=\d|[a-zë]+(?:tig|tien|honderd|duizend)\b"
          r"|(?:twee|drie|vier|vijf|zes|zeven|acht|negen|elf|twaalf|half|anderhal\w+)\b)"
          r"|\bgeen (?:enkele )?twijfel\b|\bniet-(?=\w)",
    # không khí "air", không gian "space", hàng không "aviation", phòng không "air defence" and other words
    # built on không; không chỉ "not only"; quantities (chưa đầy "under", không quá "at most"); questions
    # (có ... không?, đã ... chưa?, hay không "whether")
    "vi": r"\bkhông (?:khí|gian|quân|phận|trung|ảnh|chỉ|những|quá|dưới|kém)\b|\b(?:hàng|phòng) không\b"
          r"|\bchưa (?:đầy|tới|đến)\b|\bhay (?:không|chưa)\b|\b(?:không|chưa)\s*\?"
          # không ít "quite a few", không lâu (sau) "shortly (after)", không ngừng "constantly", không người lái
          # "unmanned" (drones), không dây "wireless", không chính thức "unofficial", không đáng kể "negligible",
          # không may "unfortunately", không ai khác "none other than"; chẳng hạn "for example", chẳng những "not
          # only", chưa từng có / chưa có tiền lệ "unprecedented"; chả giò, chả cá (dishes); liệu ... không
          # "whether"
          r"|\bkhông (?:ít|lâu|ngừng|người lái|dây|chính thức|đáng kể|may|ai khác)\b|\bchẳng (?:hạn|những)\b"
          r"|\bchưa (?:từng có|có tiền lệ)\b|\bchả (?:giò|cá|lụa|quế|chiên|nem)\b"
          r"|\bliệu\b[^.;!?]{0,80}?\b(?:không|chưa)\b",
    "id": r"\b(?:tidak|bukan) (?:hanya|saja|cuma|lebih dari|kurang dari)\b|\btak (?:terhingga|lama)\b"
    # tidak/tak sedikit "quite a lot", tidak jarang "often", tak lama "soon", belum lama ini "recently", bukan
    # tidak mungkin "it is not impossible" (a double negative), tak pelak "undoubtedly", tidak lain "none other
    # than", tak heran "no wonder", tiada henti / tak henti-hentinya "ceaselessly", tak terhitung "countless"
          r"|\b(?:tidak|tak) (?:sedikit|jarang|lama|pelak|lain|heran|kurang|lebih|terhitung|henti\w*)\b"
          r"|\bbelum lama\b|\bbukan tidak\b|\btiada (?:henti|tara|lain)\b|\b(?:tidak|tak|belum)\s*\?",
    # لا يزال / ما زال "is still", لا سيما "especially", لا بد "must", لا يقل عن "no less than" (= at least)
    "ar": r"(?<!\w)[وف]?(?:لا|لم|ما)\s+(?:يزال|تزال|يزالون|تزالان|يزل|تزل|زال|زالت|زالوا)(?!\w)"
          r"|(?<!\w)[وف]?لا\s+(?:سيما|سيّما|بد|بدّ|(?:ي|ت)(?:قل|قلّ|زيد)(?:ون|ان)?(?=\s+عن))(?!\w)",
    # όχι μόνο "not only", quantities (όχι περισσότεροι από "no more than", όχι αργότερα από "no later than"),
    # ή όχι "whether or not", δεν ... παρά μόνο "only", από / όσο ποτέ "than ever", the generic κανείς "one"
    # (μπορεί κανείς να πει "one may say"), and the privative μη of an adjective or noun
    "el": r"(?<![\w])όχι (?:μόνο|απλώς|απλά|περισσότερ\w*|λιγότερ\w*|πάνω από|κάτω από|πέραν|αργότερα|νωρίτερα)(?![\w])"
          r"|(?<![\w])ή όχι(?![\w])|(?<![\w])δεν\s[^.;:!?\u037e]{0,50}?παρά μόνο(?![\w])"
          r"|(?<![\w])(?:από|όσο|αν) ποτέ(?![\w])|(?<![\w])κανείς(?=\s+(?:να|θα)(?![\w]))"
          r"|(?<![\w])(?:μπορεί|μπορούσε|πρέπει|χρειάζεται|αν|εάν|όταν|ίσως) κανείς(?![\w])|" + _EL_PRIVATIVE,
    "hi": _NOT_NEGATION_HI,
    # nem csak / nem csupán "not only" (nemcsak is one word, no cue), nem egyszer "more than once", nem
    # utolsósorban "not least", nem kétséges / nem vitás "no doubt", quantities (nem kevesebb, mint "no fewer
    # than", nem több mint, nem később, mint), -e vagy nem "whether or not", the expletive nem of amíg "until"
    "hu": r"\bnem (?:csak|csupán|pusztán|kizárólag|egyszer|utolsósorban|utolsó sorban|kétséges|vitás)\b"
          r"|\bnem (?:kevesebb|több|később|korábban|kisebb|nagyobb|rosszabb|jobb),? mint\b|\bvagy nem\b"
          r"|\b(?:amíg|ameddig)\b[^.,;:!?]{0,40}?\bnem\b",
}

_NOT_NEGATION["he"] = _HEBREW_NOT  # לא רק, לא פחות מ, לא מעט, אין ספק
_NOT_NEGATION.update(_SCANDINAVIAN_NOT); _NOT_NEGATION.update(extra.NOT_NEGATION)  # inte bara; no només
_NOT_NEGATION["ms"] = _NOT_NEGATION["id"]  # Malay: tidak hanya, tidak sedikit, bukan tidak mungkin
_NOT_NEGATION.update(ne=nepali.NOT_NEGATION, si=sinhala.NOT_NEGATION)  # मात्र होइन, गर्ने नगर्ने; පමණක් නොවේ


@lru_cache(maxsize=32)
def _not_negation_re(lang: str) -> re.Pattern | None:
    pattern = _NOT_NEGATION.get(lang)
    return re.compile(pattern, re.IGNORECASE) if pattern else None


def cues(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the negation cues in ``text`` (a sentence) of language ``lang``."""
    if lang == "ko":  # negators glued to their verb's endings (:mod:`.polaritykorean`)
        return korean_negations(text)
    if lang == "km":  # មិន ... ទេ, គ្មាន, ពុំ, កុំ inside unspaced text (:mod:`.polaritykhmer`)
        return khmer_negations(text)
    if lang == "th":  # ไม่, ไม่ได้, ยังไม่, มิได้, อย่า inside unspaced text (:mod:`.polaritythai`)
        return thai_negations(text)
    not_negation = _not_negation_re(lang)
    skip = [m.span() for m in not_negation.finditer(text)] if not_negation else []
    out = [m.span() for m in _cue_re(lang).finditer(text) if not any(a <= m.start() < b for a, b in skip)]
    if lang in ("cs", "sk"):  # the prefix ne- of a verb (nebude, neschválí; Slovak nezmení)
        out += (czech_negations if lang == "cs" else extra.slovak_negations)(text, skip)
    if lang == "ro":
        out += _romanian_gerunds(text, skip)
    if lang == "ru":  # недавали
        out += glued_negations(text, skip)
    if lang == "fa":  # نمی‌کند, نکرد, نیست, هیچ (but not نفت, نظر, نه تنها)
        out += persian_negations(text)
    if lang == "ps":  # نه شي, نلري, نشته, هیڅ (but not نوي, نړۍ, له کابل نه)
        out += pashto_negations(text)
    if lang in ("zh", "ja") or re.search(r"[\u4e00-\u9fff]", text):
        masked = re.sub(r"[（(][\u3041-\u309f・ー ]+[）)]", lambda m: "\0" * len(m.group()), text)  # a name's reading
        for w in _CJK_NOT_CUES:
            masked = masked.replace(w, "\0" * len(w))
        for w in _CJK_CUES:
            i = masked.find(w)
            while i != -1:
                out.append((i, i + len(w)))
                masked = masked[:i] + "\0" * len(w) + masked[i + len(w) :]
                i = masked.find(w, i + len(w))
    return sorted(out)


_RO_GERUND_RE = re.compile(r"(?<![\w'’])ne(mai)?([^\W\d_]{2,}(?:ând|ind))(?![\w])", re.IGNORECASE)


def _romanian_gerunds(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Romanian negative gerunds, ne- before a gerund that is a word without it: neavând "not having", nefiind
    "not being", nemaifiind "no longer being" (not necesitând "requiring", negociind "negotiating")."""
    from wordfreq import zipf_frequency

    return [m.span() for m in _RO_GERUND_RE.finditer(text)
            if not any(a <= m.start() < b for a, b in skip) and zipf_frequency(m.group(2).lower(), "ro") >= 2.5]


# Languages with negative concord: their n-words (никто, nadie, niente, hiç, أبداً) and a second negator in the
# same sentence ("не давал и не видел", "no ... nadie", "hiç gelmedi") make one negation, not two that cancel:
# any cue negates, except a double negative ("не мог не заметить" could not help noticing, "nie mógł nie",
# "no es que no quiera" it is not that he does not want to).
_CONCORD = {"ru", "uk", "pl", "cs", "ro", "es", "ca", "it", "pt", "el", "tr", "ar", "hi", "fa", "hu", "ko", "he", "id",
            "ms", "et", "km", "ps", "th"} | extra.CONCORD  # hi: न ... न, कोई नहीं; hu: senki sem; et: ei ... ega "neither ... nor", mitte kunagi ei
# (ko: 않았고 ... 없었다 is two clauses that both say no; its double negatives are no cues at all)
_DOUBLE_NEGATIVE_RE = re.compile(r"\b(?:не|nie|ne)\s+(?:мо[гж]\w*|смо[гж]\w*|можно|мі[гж]\w*|мо[гж]л\w*|може\w*|можна"
                                 r"|mógł\w*|może\w*|mogę|można|mohl\w*|může\w*)\s+(?:не|nie|ne)\b"
                                 r"|\b(?:no|non|não)\s+(?:es|era|è|é)\s+(?:que|che)\s+(?:no|non|não)\b"
                                 r"|\bδεν\s+(?:μπορ\w+|γίνεται)\s+να\s+μην?\b"
                                 r"|\bnem(?:ohl|ůže|ohou|ůžeme|ohli|ohla)\w*\s+ne\w+"
                                 r"|\bnem\s+(?:lehet|lehetett|tud\w*)\s+nem\b", re.IGNORECASE)


_EN_LITOTES_RE = re.compile(r"(?:\b(?:not|never|cannot|nothing|nobody)|n['’]t)\s+(?:[a-z]+\s+)?(?:avoid|fail|deny|denied|help"
                            r"|impossible|unlikely|without|unusual|uncommon|unable|unknown)\w*", re.IGNORECASE)


# Dutch litotes: niet onmogelijk "not impossible", niet zonder "not without", niet onbelangrijk: a no that
# undoes itself (the closed list keeps negated verbs such as niet ontvangen "not received" negations)
_NL_LITOTES_RE = re.compile(r"\b(?:niet|nooit|geen)\s+(?:\w+\s+)?(?:zonder|on(?:mogelijk|waarschijnlijk|bekend"
                            r"|gebruikelijk|belangrijk|aanzienlijk|denkbaar|redelijk|terecht|begrijpelijk|logisch"
                            r"|verstandig|bespreekbaar)\w*)\b", re.IGNORECASE)
# Dutch noch follows a negation it repeats (noch de minister noch de burgemeester, geen geld noch tijd): one no
_NL_CLAUSE_RE = re.compile(r"[,;:()–—]|\s(?:maar|want|omdat|terwijl|hoewel)\s")


def _dutch_negated(text: str, found: list[tuple[int, int]]) -> bool:
    """Whether a Dutch sentence negates: a clause with an odd number of cues, noch counted once with the
    negation it continues, litotes cancelling out (``Hij kwam niet, want hij had geen tijd`` negates twice)."""
    bounds = [0] + [m.end() for m in _NL_CLAUSE_RE.finditer(text)] + [len(text) + 1]
    for lo, hi in zip(bounds, bounds[1:]):
        words = [text[a:b].lower() for a, b in found if lo <= a < hi]
        n = sum(1 for w in words if w != "noch") or min(1, len(words))
        n += len(_NL_LITOTES_RE.findall(text[lo:hi]))
        if n % 2 == 1:
            return True
    return False


def negated(text: str, lang: str) -> bool:
    """Whether the sentence negates: an odd number of cues (``nicht ohne`` cancels out); in a language with
    negative concord, any cue but a double negative."""
    found = cues(text, lang)
    if lang in _CONCORD:
        return bool(found) and not (len(found) == 2 and _DOUBLE_NEGATIVE_RE.search(text))
    if lang == "nl":
        return _dutch_negated(text, found)
    if lang in _SCANDINAVIAN_CUES:  # each clause on its own; inte omöjligt cancels
        return scandinavian_negated(text, found)
    n = len(found)
    if lang == "en":  # "can't avoid" (must), "did not fail to", "not impossible": a no that undoes itself
        n += len(_EN_LITOTES_RE.findall(text))
    if lang == "fr":  # "ne ... jamais" is one negation written twice, pronouns between (ne s'y est jamais)
        low = text.lower()
        n -= len(re.findall(r"\b(?:ne|n['’])\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}\s+(?:jamais|rien|aucun|aucune)\b", low))
    return n % 2 == 1
