"""Estonian negation for A006: the cues, the negators that negate nothing, and the words that say no inside.

Human post-edits of MLQE-PE et-en showed what the first cue list missed or misread:

- cues: ega "and not, nor" (passiivseks ega pidanud ühendust "did not keep in touch"), the reported polevat
  "is said not to be" and the emphatic polegi / polnudki.
- kunagi is "ever" or "once" (oli kunagi "was once"), no cue of its own: "never" is ei ... kunagi or mitte
  kunagi, and Estonian has negative concord (ei ... ega, ei ... kunagi make one negation), as Russian has.
- not negations: "ei ... pelgalt/ainult ..., vaid" is "not merely ... but" (as mitte ainult is), and the
  concessive "ka ei" with a conditional after a question word: "millise päritoluga ... ka ei oleks" is
  "whatever the origin", "irrespective of".
- soft: mitte- glued to a word (mitteomamine "not having", mittetulundus "non-profit") says no without a
  cue; it keeps an English "not" from looking added.
"""

from __future__ import annotations

CUES = "ei ega mitte pole polnud poleks polevat polegi polnudki"
NOT_NEGATION = (r"\bmitte (?:ainult|üksnes|lihtsalt|niisama|pelgalt|vaid)\b"
                # ei ... ainult ..., vaid: not only ... but
                r"|\bei\b(?=[^.;]{0,60}\b(?:ainult|üksnes|pelgalt|lihtsalt)\b[^.;]{0,160}\bvaid\b)"
                # the concessive ka ei + conditional: whatever, however (mida ta ka ei teeks)
                r"|\bka\s+ei\s+[^\W\d_]+(?:ks|ksid|ksime|ksite)\b")
SOFT = r"|mitte[^\W\d_]{3,}"
