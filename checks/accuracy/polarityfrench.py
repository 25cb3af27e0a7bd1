"""The French expletive ne, which negates nothing (merged into :mod:`.polarity`'s French non-negations).

Why: after avant que, à moins que, de peur / de crainte que and sans que, and in a comparison (plus fort
qu'on ne le pensait "stronger than expected", moins que ne l'espéraient "less than hoped"), good French writes a
bare ne that English never translates: "before Bekkouche sealed the win" is faithful to avant que Bekkouche ne
scelle la victoire. A pas, jamais, plus, rien ... after that ne makes it a real negation again
(à moins qu'il ne soit plus possible "unless it is no longer possible").
"""

EXPLETIVE_NE = (r"(?:\b(?:avant|à moins|de peur|de crainte|sans)\s+qu(?:e\b|['’])"
                r"|\b(?:plus|moins|mieux|pire|autrement)\b[^.,;:!?]{0,40}?\bqu(?:e\b|['’]))"
                r"[^.,;:!?]{0,60}?\bn(?:e\b|['’])"
                r"(?![^.,;:!?]{0,30}?\b(?:pas|jamais|plus|rien|point|guère|personne|aucun\w*)\b)")
