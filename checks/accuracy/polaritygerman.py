"""German negation cues that do not negate, and German words that say no without a negator.

A negator after ``wie`` makes a superlative, not a denial: ``so stark wie seit Jahren nicht`` is "the fastest
in years", ``wie in keinem anderen Land`` "more than in any other country", ``wie nie zuvor`` "as never
before"; English says these without a negator, so they must not count as a dropped negation. Adjectives in
``un-`` and verbs of refusing say no in one word (``unzureichend`` / "did not go far enough", ``lehnte ab`` /
"would not"): soft cues that keep A006 quiet when the English negates grammatically.
"""

_SUPERLATIVE = (r"wie\s+(?:[\w-]+\s+){0,2}?(?:kein(?:e|em|en|er|es)?\s+ander\w*|(?:noch\s+)?nie(?:mals)?\b"
                r"|seit\s+(?:[\w-]+\s+){0,4}?nicht\b)")
NOT_NEGATION = r"\bnicht nur\b|\bnicht (?:mehr|weniger|später) als\b|\b" + _SUPERLATIVE

# ...and a soft cue: a literal draft may keep the negator ("as they have not for years")
SOFT = ("|" + _SUPERLATIVE + r"|un(?:zureichend|genügend|möglich|klar|bekannt|verändert|wahrscheinlich|zulässig"
        r"|gültig|wirksam|geklärt|erfolgreich|fähig)\w*|abgelehnt|(?:ver)?weiger(?:t|te|ten|n|e)?|gescheitert|scheitert\w*")
