"""Russian negation for A006: the cues, the negators that negate nothing, and не glued to its verb.

Human post-edits of MLQE-PE ru-en (posts, comments, proverbs) showed the readings a cue list misses:

- cues: нету (colloquial нет: "у РПЦ томоса по факту нету", "does not have"), the negative pronouns некому,
  некого, нечем ("кормить некому", "no one to feed"), and не glued to a verb in informal writing (недавали
  "did not let"): a glued verb form no dictionary has, whose verb is frequent (not неделя, неплохо, недруг).
- not negations: questions (не ... ли, нельзя ли "whether we can"), пока ... не/нет "until", не иначе (как)
  "no doubt, surely", and concessive ни (or its common misspelling не) after a question word: "Каков ни будь
  урод" (whatever the freak), "Чье бы поле ни было" (whoever's field it is), "Сколько кобылке не прыгать"
  (however much the mare jumps). A не between the question word and ни is a negation of its own ("чего не
  может принять ни при каких обстоятельствах" cannot accept under any circumstances).
"""

from __future__ import annotations

import re

CUES = ("не нет нету никогда ничего ничто никто никакой никакого никакие нельзя ни нечего негде некуда некогда "
        "некому некого нечем нигде никуда")

_QUESTION_WORDS = (r"как|что|кто|где|куда|откуда|когда|сколько|какой|какая|какое|какие|какого|каким|каких|какую"
                   r"|каков|какова|каково|каковы|чей|чья|чьё|чье|чьи|чьего|чьей|чем|чего|чему|кого|кому")
# concessive ни after a question word, a few words on, with no не between (whatever, however much)
_CONCESSIVE = (rf"|\b(?:{_QUESTION_WORDS})\s+(?:(?!не\b)[^\W\d_]+\s+){{0,3}}?ни\b"
               # сколько ... не + infinitive: the concessive ни misspelt (сколько кобылке не прыгать)
               r"|\bсколько\s+(?:[^\W\d_]+\s+){0,2}?не\s+[^\W\d_]+(?:ть|ти|чь)(?:ся|сь)?\b")
NOT_NEGATION = (r"\bне (?:только|просто|менее|более|меньше|больше|раз|позднее|позже|за горами|иначе)\b"
                r"|\b(?:не\s+\w+|нельзя|нет)\s+ли\b"
                r"|(?:,\s*|\bдо тех пор\s+)пока\b[^.,;:!?]{0,40}?\bнет?\b" + _CONCESSIVE)

# не glued to a verb form (past, infinitive, present): недавали, небыло, незнал, неможет (not недруг "foe")
_GLUED_RE = re.compile(r"(?<![\w-])не([^\W\d_]{2,}(?:л|ла|ло|ли|ть|ти|ет|ит|ут|ют|ат|ят|ешь|ишь|ете|ите)(?:ся|сь)?)"
                       r"(?![\w-])", re.IGNORECASE)


def glued_negations(text: str, skip: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """не written onto its verb (недавали, небыло, незнал): a rare word whose rest is a frequent one."""
    from wordfreq import zipf_frequency

    out = []
    for m in _GLUED_RE.finditer(text):
        if any(a <= m.start() < b for a, b in skip):
            continue
        whole, rest = zipf_frequency(m.group().lower(), "ru"), zipf_frequency(m.group(1).lower(), "ru")
        if whole < 3.0 and rest >= 3.5 and rest - whole >= 2.5:
            out.append((m.start(), m.start() + 2))
    return out
