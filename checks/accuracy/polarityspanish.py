"""Spanish "no" that negates nothing (:mod:`.polarity`'s Spanish non-negations).

Why: no obstante "nevertheless", a no ser que "unless", no solo "not only", no más de "no more than" and the
expletive no of hasta que no "until" are not negations an English draft must keep. Nor is the prefix no of a
plural adjective after its noun: intervenciones no urgentes are "non-urgent operations", países no alineados
"non-aligned countries" (a verb after a plural subject ends in -n: no aceptaron, no pedimos, which still negate).
"""

NOT_NEGATION = (
    r"\bno (?:solo|sólo|solamente|más de|menos de|obstante)\b|\ba no ser que\b|\bhasta que\b[^.,;:!?]{0,40}?\bno\b"
    r"|(?<=[a-záéíóúñ]{3}s )no (?!(?:todos|todas|muchos|muchas|pocos|pocas|menos|ellos|ellas|les|los|las|nos|sus)\b)"
    r"(?=[a-záéíóúñ]{3,}(?:(?<!m)os|as|es)\b)"
)
