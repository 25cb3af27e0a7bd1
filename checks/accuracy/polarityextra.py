"""Negation cues of Catalan, Finnish, Croatian/Serbian, Bulgarian and Bengali for A006 (merged by :mod:`.polarity`).

Catalan no, mai, ningú, res, cap (but ``cap a`` "towards", ``cap de`` "head of" and the "any" of ``per exercir cap
càrrec`` are not cues), ni, tampoc;
Finnish negates with a verb of its own (ei, eivät, eikä, en, emme); Croatian and Serbian ne, nije/nisu, neće,
nema, nikad, ništa, nitko/niko, nikakav; Bulgarian не, няма, никога, нищо, никой, нито. Not negations: "not only"
(no només, ei vain, ne samo, не само) and "no less / no more than". Bengali says no with a word after the verb
(পাচ্ছেন না, নয়, নেই, সন্তুষ্ট নন) or glued to it (হয়নি, করেনি): only the commonest glued forms are listed, so for Bengali
only a negation the draft lost is reported (``polarity.LOST_ONLY``).
"""

from __future__ import annotations

import re

from . import polaritybaltic as _baltic, polaritymore as _more, polaritysinhala as _sinhala, slovak as _slovak
from .slovak import slovak_negations  # noqa: F401 (read by polarity.cues)
from .serbian import both_scripts, cyrillic
from .numwordsextra import BENGALI_LETTERS

CUES = {
    "ca": "no mai ningú res cap ni tampoc gens enlloc",
    "fi": "ei eivät eikä eivätkä en emme ette et älä älkää",
    "hr": "ne nije nisu nisam nismo niste nisi neće neću nećemo nećete nema nemaju nemamo nemate nikad nikada "
          "ništa nitko niko nikoga nikome nijedan nijedna nijedno nijednog nikakav nikakva nikakvo nikakve "
          "nikakvog nikakvih niti nigdje nigde nemoj nemojte",
    "bg": "не няма нямат нямаше нямаха никога нищо никой никоя никое никакъв никаква никакво никакви нито никъде",
    "bn": "না নয় নেই নাই নি কখনো কখনোই হয়নি করেনি যায়নি দেয়নি পারেনি পায়নি নেয়নি বলেনি আসেনি হননি করেননি "
          "দেননি পাননি নন নই",  # নন / নই: "is / am not" of the polite and first person (তারা সন্তুষ্ট নন)
}
CUES["bs"] = CUES["hr"]
CUES["sr"] = both_scripts(CUES["hr"])  # Serbian in either script: није, нису, неће, никада
CUES["sk"] = _slovak.CUES
CUES.update(_baltic.CUES)  # Lithuanian, Latvian: polaritybaltic.py

_ONLY = r"\b(?:{neg})\s+(?:{only})\b|\b(?:{neg})\s+(?:{more})\s+(?:{than})\b"
NOT_NEGATION = {
    "ca": _ONLY.format(neg="no", only="només|solament|sols|tan sols", more="més|menys", than="de|que|d['’]")
          + r"|\bcap\s+(?:a|al|als|de|del|dels|d['’])\b"
          # "cap" after a preposition and its infinitive is "any" (l'inhabilita per exercir cap càrrec, abans de
          # fer cap declaració); "no ... cap" keeps its "no"
          + r"|(?:\b(?:per|de|abans\s+de)\s+|\bd['’])[a-zàèéíòóúïç]+(?:ar|er|ir|re)(?:-\w+)?\s+cap\b",
    "fi": _ONLY.format(neg="ei", only="vain|ainoastaan|pelkästään|yksin", more="vähempää|vähemmän|enempää|enemmän",
                       than="kuin"),
    "hr": _ONLY.format(neg="ne|nije|nisu", only="samo|tek", more="manje|više|kasnije", than="od|nego"),
    "bg": _ONLY.format(neg="не", only="само|просто", more="по-малко|повече|по-късно", than="от|отколкото"),
    "bn": r"নন\s?[-‐]",  # the English prefix non- (নন-ক্যাডার, নন-এমপিও), not "is not"
}
NOT_NEGATION["bs"] = NOT_NEGATION["hr"]
NOT_NEGATION["sr"] = NOT_NEGATION["hr"] + "|" + _ONLY.format(
    neg="не|није|нису", only="само|тек", more="мање|више|касније", than="од|него")
NOT_NEGATION["sk"] = _slovak.NOT_NEGATION
NOT_NEGATION["lt"] = _ONLY.format(neg="ne", only="tik|vien", more="mažiau|daugiau|anksčiau|vėliau|trumpiau|ilgiau",
                                  than="kaip|nei")  # Lithuanian ne tik, ne mažiau kaip; Latvian ne tikai, ne vairāk kā
NOT_NEGATION["lv"] = _ONLY.format(neg="ne", only="tikai|vien", more="mazāk|vairāk|agrāk|vēlāk", than="kā|par")
# Tagalog, Georgian, Macedonian, Armenian, Swahili, Amharic (polaritymore.py): hindi, არ, не, չի, hakuna, የለም
CUES.update(_more.CUES); NOT_NEGATION.update(_more.NOT_NEGATION)
NEGATIVE_VERBS, CONCORD, LOST_ONLY = _more.NEGATIVE_VERBS, _more.CONCORD, _more.LOST_ONLY  # haitaongeza, አልሄደም

# letters a cue must not sit inside, beyond \w: the vowel signs of Sinhala and Bengali
LETTERS = {"si": _sinhala.LETTERS, "bn": BENGALI_LETTERS}


# English un-...-able/-ful adjectives (a soft "no" that keeps A006 quiet) and Finnish privative adjectives in
# -ton/-tön (kohtuuton, kohtuuttomana "unreasonable"; työtön, työttömiä "jobless")
_EN_PRIVATIVE = re.compile(r"(?<![\w'’])un[a-z]{3,}(?:able|ably|ful|fully)(?![\w])", re.IGNORECASE)
_FI_PRIVATIVE = re.compile(r"(?<![\w])[^\W\d_]{3,}(?:ton|tön|ttom|ttöm)[^\W\d_]*")


def privative_answered(otext: str, dtext: str, lang: str, softened) -> bool:
    """The draft says no only with un- adjectives, and the Finnish original has as many -ton/-tön words of its own:
    "unreasonable" translates kohtuuttomana, not the ``ei`` the draft dropped ("My client has benefited")."""
    if lang == "he":  # "without" for ללא beside a dropped אינה
        from .polarityhebrew import without_answered

        return without_answered(otext, dtext, softened)
    if lang == "km":  # "lack" for ខ្វះ beside a dropped គ្មាន
        from .polaritykhmer import soft_answered

        return soft_answered(otext, dtext, softened)
    if lang != "fi":
        return False
    n = len(_EN_PRIVATIVE.findall(dtext))
    return 0 < n <= len(_FI_PRIVATIVE.findall(otext)) and not softened(_EN_PRIVATIVE.sub("", dtext))
