"""Dutch and Danish ordinal words (tables only; :mod:`.numwords` merges them into ``ORDINALS``).

Why: a rank in a league table or a race is written in words (naar de tweede plaats, Ajax zakt naar de vierde
plaats, på tredjepladsen is a compound and stays out, den fjerde sejr i træk), and an MT draft that says "third
place" for "tweede plaats" went unseen because only English and Hindi ordinal words were read.

Left out on purpose: Danish "anden"/"andet" (also "other"), Dutch "achtste" (de achtste finales are the "last 16",
a round, not a rank), and the Danish/Dutch fractions, which are other words
(tredjedel); the Dutch "een derde" / "twee derde" read as the English "a third" / "two thirds" do.
"""

from __future__ import annotations

ORDINALS = {
    "nl": {w: i for i, w in enumerate("_ _ tweede derde vierde vijfde zesde zevende _ negende tiende elfde "
                                      "twaalfde".split()) if i >= 2 and w != "_"},
    "da": {w: i for i, w in enumerate("_ _ _ tredje fjerde femte sjette syvende ottende niende tiende elvte "
                                      "tolvte".split()) if i >= 3 and w != "_"},
}
