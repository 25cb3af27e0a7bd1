"""Japanese "did not let go" said as "kept" (part of A006).

Why: Japanese says keeping up with the negative of a verb of letting go: 集中を切らさなかった "did not let
their concentration lapse", 笑顔を絶やさない "never stops smiling", 毎日欠かさず "every day without fail",
攻撃の手を緩めない "does not ease the pressure". A newsroom writes "kept their concentration", "kept up the
pressure", and the original's negation has no English one to match. When every cue of the original sits on
such a verb and the draft says "keep", "maintain", "always", the pair agrees; "lost their concentration"
still differs from 切らさなかった and is still flagged.
"""

from __future__ import annotations

import re

_LET_GO_NEGATED = re.compile(r"(?:切らさ|絶やさ|欠かさ|緩め|崩さ|途切れ|途絶え)(?:ない|なかった|ず|ません)")
_KEEP = re.compile(r"\b(?:keep|keeps|kept|keeping|maintain\w*|sustain\w*|stay\w*|remain\w*|always|constant\w*"
                   r"|without fail|every (?:day|time|week|match|game)|throughout|held|hold\w*)\b", re.IGNORECASE)


def kept_for_not(otext: str, ocues: list[tuple[int, int]], dtext: str) -> bool:
    """Whether the original's every negation is a negated verb of letting go and the draft says "kept"."""
    spans = [m.span() for m in _LET_GO_NEGATED.finditer(otext)]
    return (bool(spans) and all(any(a <= c < b for a, b in spans) for c, _ in ocues)
            and _KEEP.search(dtext) is not None)
