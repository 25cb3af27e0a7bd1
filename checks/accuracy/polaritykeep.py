"""A negated verb that English says with a positive word of the opposite sense (part of A006).

Why: some negations have no English negation to match, because English has a word for the negated verb:

- Japanese says keeping up with the negative of a verb of letting go: 集中を切らさなかった "did not let their
  concentration lapse", 笑顔を絶やさない "never stops smiling", 毎日欠かさず "every day without fail". A newsroom
  writes "kept their concentration", "kept up the pressure".
- Schools, shops, lines and offices that "will not work" (не працюватимуть, не будут работать, ne
  fonctionneront pas, no abrirán, nicht geöffnet) "will be closed", "are shut", "suspended".
- A target or level "not reached" (не достигла, 未达到, non ha raggiunto, n'a pas atteint) is one the English
  "fell short of" or a figure "below" it; "do not go to" the coast
  (不要前往, 近づかない) is "stay away from" it; phones that "may not" be brought (不得携带, no se permite) are
  "banned"; a count that "did not exceed" 19 (لم يتجاوز) is "no more than 19".
- A level "never reached before" (mai raggiunto prima, jamais atteint) is "a record", "an all-time high".
- A Slavic "did not leave / give up / stop" (не оставлял экспедиции, не бросал, nie przestał) is "kept going",
  "continued", and so is a Chinese "still not stopped" (仍未止跌 "prices were still falling"); a player who "will not play" (nie zagra, не сыграет, не примет участия, mag niet meespelen, kan ikke spille)
  "will miss" the game.
- Buyers who "cannot buy" a home (買えない, 买不起, nicht leisten) are "priced out", homes "out of reach".
- A rule "not scrapped" (inte slopas, nicht abgeschafft) is one "kept", "left in place".
- Ferries that "did not leave" port (eivät lähteneet, ei lahkunud) "stayed in port".
- A candidate "not passed" (non sarà promosso, n'a pas été admis, nicht bestanden) is one who "will fail".

When every cue of the original sits on such a verb and the draft says the English word, the pair agrees;
"lost their concentration" still differs from 切らさなかった, and "will be open" from не працюватимуть.

The English "not" of a condition is kept here too (:data:`NOT_UNTIL_RE`): "cannot enter until they pass" (Chinese
才能, German erst), "not expected before Friday" (以降, "from Friday on"), which the original may say with no negator.
"""

from __future__ import annotations

import re

# "cannot enter until they pass", "not expected before Friday": conditions, not negations ("never ... before" is one)
_BEFORE_TIME = (r"before\s+(?:the\s+)?(?:\d|(?:first|next|end|start|tomorrow|noon|midnight"
                r"|(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b)")
NOT_UNTIL_RE = re.compile(rf"(?:\b(?:not|cannot|(?P<never>never))|n['’]t)\b[^.;:!?]{{0,60}}?\b"
                          rf"(?:until\b|(?(never)(?!)|{_BEFORE_TIME}))", re.I)

_LET_GO_NEGATED = re.compile(r"(?:切らさ|絶やさ|欠かさ|緩め|崩さ|途切れ|途絶え)(?:ない|なかった|ず|ません)")
_KEEP = re.compile(r"\b(?:keep|keeps|kept|keeping|maintain\w*|sustain\w*|stay\w*|remain\w*|always|constant\w*"
                   r"|without fail|every (?:day|time|week|match|game)|throughout|held|hold\w*)\b", re.IGNORECASE)
# "will not work / open / run" with the negation next to the verb, in the languages the readers know
_NOT_WORKING = re.compile(
    r"\bне\s+(?:буд(?:уть|е)\s+)?(?:працю|работа|відкри|откро|открыва|ход(?:ять|ить)|курсу)\w*"
    r"|\bnicht\s+(?:geöffnet|offen|in\s+Betrieb)|\b(?:öffnen|öffnet|arbeiten|fahren|verkehren)\s+nicht\b"
    r"|\bn(?:e\s+|')(?:fonctionn|ouvr|circul)\w*\s+pas\b|\bne\s+(?:seront|sont)\s+pas\s+ouvert"
    r"|\bno\s+(?:funciona|abr|circula|opera)\w*|\bnon\s+(?:funzion|apri|circol|opera)\w*"
    r"|\bnão\s+(?:funciona|abr|circula|opera)\w*"
    r"|\bnie\s+(?:będ(?:ą|zie)\s+)?(?:dział|czynn|otwar|kursuj)\w*", re.IGNORECASE)
_CLOSED = re.compile(r"\b(?:clos(?:ed|e|es|ing|ure)|shut\w*|suspend\w*|halt\w*|cancel+\w*|out of (?:service|operation)"
                     r"|(?:not|no longer) (?:open|operat\w*|running|working))\b", re.IGNORECASE)
# "did not reach" a target or level: не достигла, не досягла, 未达到, 达不到, 届かなかった -> "fell short of", "missed"
# and the Romance and German "has not reached" a level (non ha raggiunto il 40%, n'a pas atteint, nicht erreicht):
# a newsroom writes "turnout was below 40%", "under 40%", "less than 40%"
_NOT_REACHED = re.compile(r"\bне\s+(?:достиг|досяг|дотягива|дотяну)\w*|(?:未|没有?|沒有?)(?:能)?(?:达到|達到|达标|達標)"
                          r"|达不到|達不到|(?:届か|達し)(?:ない|なかった|ず)"
                          r"|\bnon\s+(?:(?:ha|hanno|è|sono|avrebbe|abbia)\s+)?(?:raggiun|arriv|supera)\w*"
                          r"|\bn(?:e\s+|')(?:(?:a|ont|avait|avaient)\s+)?(?:atteint|atteign|dépass)\w*\s+pas\b"
                          r"|\bn'(?:a|ont|avait|avaient)\s+pas\s+(?:atteint|dépassé)\w*"
                          r"|\bnicht\s+(?:\w+\s+)?(?:erreicht|überschritten)\b|\berreicht(?:e|en)?\b(?:\s+[^\s.;]+){0,6}?\s+nicht\b"
                          # Korean "does not come up to / reach" (2조 원에는 미치지 못할, 목표에 도달하지 못했다)
                          r"|(?:미치|도달하|달성하|이르)지\s?못[\uac00-\ud7a3]*"
                          # Czech "is not enough" / "did not reach" (nabídka nestačí, nedosáhl cíle): "falls short"
                          r"|\bnestač\w*|\bnedosáh\w*",
                          re.IGNORECASE)
_SHORT = re.compile(r"\b(?:f(?:a|e)ll(?:s|ing)? short|short of|miss(?:ed|es|ing)?|below|under|less than|fewer than)\b",
                    re.IGNORECASE)
# "do not go to / near" a place: 不要前往, 切勿靠近, 近づかない, 접근하지 말라 -> "stay away from", "avoid", "keep away"
_NOT_GOING = re.compile(r"(?:不要|不得|切勿|请勿|請勿|勿|别|別)(?:前往|去|到|靠近|接近|进入|進入)"
                        r"|(?:近づか|立ち入ら|行か)(?:ない|ず)|\bне\s+(?:выход|ход|подход)\w*"
                        # Korean "do not approach / enter / go near" (하천변에 접근하지 말아 달라, 가까이 가지 마세요)
                        r"|(?:접근|출입|진입|입산|입수|외출|근접)(?:을|를)?\s?하지\s?(?:말|마)|(?:들어|다가|나|가까이\s?)?가지\s?(?:말|마)"
                        # Thai "not to go near / into" (ไม่ให้เข้าใกล้ริมแม่น้ำ, อย่าเข้าใกล้); Catalan/Spanish "no
                        # s'acostin", "no acercarse a"
                        r"|(?:ไม่ให้|อย่า)(?:เดินทาง)?(?:เข้าใกล้|เข้าไป|ไปใกล้|เข้า)"
                        r"|\bno\s+(?:s['’]\s*|se\s+)?(?:acost|apropi|apropa|acerc|acerqu)\w*",
                        re.IGNORECASE)
_AWAY = re.compile(r"\b(?:stay\w*|keep\w*|kept) (?:\w+ )?(?:away|out|clear|off)\b|\bavoid\w*", re.IGNORECASE)
# "no longer" does something (não compunha mais, nicht mehr, ne ... plus, ya no, non ... più, больше не) is what
# English says with "stopped", "ceased", "gave up", "quit"; "não ... mais de 300" (not more than) is no such cue
_NO_MORE = r"(?!\s*(?:\d|de\b|do\b|da\b|di\b|que\b|che\b|als\b))"
_NO_LONGER = re.compile(rf"\bnão\s+(?:[\w-]+\s+){{0,2}}?mais\b{_NO_MORE}|\bnicht\s+mehr\b{_NO_MORE}|\bya\s+no\b"
                        rf"|\bno\s+(?:[\w-]+\s+){{0,2}}?más\b{_NO_MORE}|\bn(?:e\s+|')(?:[\w-]+\s+){{0,1}}plus\b{_NO_MORE}"
                        rf"|\bnon\s+(?:[\w-]+\s+){{0,2}}?più\b{_NO_MORE}|\b(?:больше|уже)\s+не\b", re.IGNORECASE)
_STOPPED = re.compile(r"\b(?:stop(?:s|ped|ping)?|ceas(?:e|es|ed|ing)|quit(?:s|ting)?|g(?:a|i)ve(?:s|n)? up|giving up"
                      r"|no longer|any ?more)\b", re.IGNORECASE)
# a count that "did not exceed" 19 (لم يتجاوز, لا يزيد على, не превысило, 超えなかった) -> "no more than 19", "at most",
# "only 19", "just 19", "up to"
_NOT_EXCEEDED = re.compile(r"(?<!\w)[وف]?(?:لا|لم|لن)\s+[يت](?:تجاوز|تعدى|تعدّى|تخطى|تخطّى|زيد)\w*"
                           r"|\bне\s+превы\w*|(?:超え|上回ら|上回)(?:ない|なかった|ず)", re.IGNORECASE)
_AT_MOST = re.compile(r"\b(?:no more than|not more than|at most|only|just|up to|a maximum of|no higher than)\b",
                      re.IGNORECASE)
# a pupil or candidate "not passed / not admitted" (non sarà promosso, non ha superato l'esame, n'a pas été admis,
# no aprobó, nicht bestanden, не сдал) is one who "fails", "failed", is "held back"
_NOT_PASSED = re.compile(r"\bnon\s+(?:(?:sarà|saranno|sarebbe|è|sono|viene|vengono|verrà|verranno|ha|hanno)\s+)?"
                         r"(?:stat[oaie]\s+)?(?:promoss|ammess|superat|passat|supera)\w*"
                         r"|\bn(?:e\s+|')(?:sera|seront|serait|est|sont|a|ont|avait|avaient)\s+pas\s+(?:été\s+)?"
                         r"(?:admis|reçu|réussi)\w*|\bno\s+(?:(?:ha|han|fue|fueron|será|serán)\s+)?(?:aprob|super)\w*"
                         r"|\bnicht\s+bestanden\b|\bне\s+(?:с(?:дал|дала|дали|даст|дадут)|прош(?:ёл|ел|ла|ли))\b",
                         re.IGNORECASE)
_FAILED = re.compile(r"\b(?:fail(?:s|ed|ing)?|flunk\w*|held back|kept back|repeat(?:s|ed)? the year)\b", re.IGNORECASE)
# a rule that one "must not" do something (不得携带, 不准, 不许, no se permite, no podrán, no está permitido) is
# what English says with "banned", "prohibited", "forbidden", "barred": mobile phones are banned from exam rooms
# Pashto "was not given permission" (اجازه نه وه ورکړل شوې, اجازه نلري), Bulgarian "not allowed" (не се допуска,
# не бяха допуснати, не е разрешено): "girls were banned from sitting the exam"
_MUST_NOT = re.compile(r"不得(?!不)|不准|不许|不許|\bno\s+(?:se\s+)?(?:permit|podr[áa]n?\b|est[áa]n?\s+permitid)\w*"
                       r"|اجازه\s+(?:نه|نلر[يی]|نشته)(?![\w\u200c])"
                       r"|\bне\s+(?:(?:се|е|са|бяха|беше|им|му|й)\s+){0,2}(?:разреш|позвол|допус)\w*",
                       re.IGNORECASE)
_BANNED = re.compile(r"\b(?:ban(?:s|ned)?|prohibit\w*|forbid\w*|barred|outlaw\w*)\b", re.IGNORECASE)
# an act that "did not support" a policy (tidak mendukung, не поддерживает, nicht unterstützt, no apoya) is one that
# "ran counter to", "undermined" or "went against" it
_NOT_SUPPORTING = re.compile(r"\b(?:tidak|tak)\s+(?:men)?dukung\w*|\bне\s+поддерж\w*|\bnicht\s+unterstütz\w*"
                             r"|\bunterstütz\w*\s+(?:\w+\s+)?nicht\b|\bno\s+apoy\w*", re.IGNORECASE)
_COUNTER = re.compile(r"\b(?:r[au]n(?:s|ning)? counter to|undermin\w*|w(?:ent|ents|ent) against|goes against|opposed?)\b",
                      re.IGNORECASE)
# a level "never reached before" (mai raggiunto prima, jamais atteint, nunca antes visto, noch nie erreicht,
# никогда ранее не) is what English calls "a record", "unprecedented", "an all-time high", "the highest ever"
_NON = r"(?:\bnon\s+(?:[\w'’-]+\s+){0,3}?)?"  # non era mai stato raggiunto, n'avait jamais été atteint
_NE = r"(?:\bn(?:e\s+|['’])(?:[\w'’-]+\s+){0,2}?)?"
_NEVER_BEFORE = re.compile(rf"{_NON}\bmai\s+(?:[\w'’-]+\s+){{0,2}}?(?:prima|finora|in precedenza)\b"
                           rf"|{_NON}\bmai\s+(?:stat[oaie]\s+)?(?:raggiunt|toccat|registrat|vist)\w*"
                           rf"|{_NE}\bjamais\s+(?:[\w'’-]+\s+){{0,2}}?(?:auparavant|jusqu'ici|jusqu’ici)\b"
                           rf"|{_NE}\bjamais\s+(?:été\s+)?(?:atteint|enregistré|égalé|vu)\w*"
                           r"|\bnunca\s+(?:antes|(?:se\s+)?(?:había|habia|havia|ha|tinha)\s+(?:alcanzad|registrad|atingid|vist))\w*"
                           r"|\b(?:noch\s+nie|nie\s+zuvor)\b|\bникогда\s+(?:ранее|прежде|раньше)\b", re.IGNORECASE)
_RECORD = re.compile(r"\b(?:record\w*|unprecedented|all-time|highest ever|lowest ever|best ever|ever recorded"
                     r"|an? (?:new )?(?:high|peak|low))\b", re.IGNORECASE)
# "did not leave / give up / stop" doing a thing (не оставлял экспедиции до 82 лет, nie przestał grać): "kept going"
_NOT_QUITTING = re.compile(r"\bне\s+(?:оставля|оставил|броса|бросил|прекраща|прекратил|переставал|перестал|покида|покинул)\w*"
                           r"|\bnie\s+(?:przesta|porzuci|porzuca|zaprzesta|rezygnowa|zrezygnowa)\w*"
                           # Turkish "will not take a break / give up / stop" (ara vermeyeceğiz, vazgeçmedi): "keep going"
                           r"|(?<!\w)(?:ara|mola)\s+verme\w*|(?<!\w)(?:bırakma|vazgeçme|durma|pes\s+etme)(?:y|d|z|m)\w*",
                           re.IGNORECASE)
_KEPT_ON = re.compile(r"\b(?:keep|keeps|kept|keeping|continu\w*|carr(?:y|ied|ies) on|went on|still)\b", re.IGNORECASE)
# a thing that "has still not stopped / ended" (仍未止跌 "prices still falling", 还未结束, 尚未平息): "still", "continued"
_NOT_YET_STOPPED = re.compile(r"(?:仍|还|還|尚|暂|暫|都|均|也)?(?:未|没有?|沒有?)(?:能)?(?:止|停|结束|結束|平息|消退|放弃|放棄)")
# a player who "will not play / take part" (nie zagra, nie wystąpi, не сыграет, не примет участия): "will miss", "sit out"
_NOT_PLAYING = re.compile(r"\bnie\s+(?:zagra(?:ją)?|wystąpi(?:ą)?|weźm(?:ie|ą)\s+udziału)\b"
                          r"|\bне\s+(?:сыграет|сыграют|выйдет|выступит|примет\s+участи)\w*"
                          # Dutch "mag niet meespelen", "speelt niet mee", "is niet inzetbaar"; Danish "kan ikke spille"
                          r"|\bniet\s+(?:mee)?(?:spelen|speelt|doen|doet|inzetbaar|speelgerechtigd)\b"
                          r"|\b(?:speel|speelt|spelen|doet|doen)\s+(?:[\w-]+\s+){0,4}?niet\s+mee\b"
                          r"|\bikke\s+(?:(?:komme\s+til\s+at\s+)?spille|deltage|være\s+med|spilleberettiget)\b", re.IGNORECASE)
_MISSES = re.compile(r"\b(?:miss(?:es|ed|ing)?|sit(?:s|ting)? out|sat out|ruled out|sidelined|unavailable|absent|suspended"
                     r"|suspension|banned)\b", re.IGNORECASE)
# buyers who "cannot buy / cannot afford" a home (買えない, 手が届かない, 买不起, не могут позволить себе, können sich nicht
# leisten, ne peuvent pas se payer, no pueden pagar) are the English "priced out", homes "out of reach", "unaffordable"
_CANNOT_AFFORD = re.compile(r"(?:買え|払え|手が届か)(?:ない|なかった|ず)|[买買]不起|负担不起|負擔不起"
                            r"|\bне\s+(?:мо(?:жет|гут|гли|г)|смо\w*)\s+(?:себе\s+)?позвол\w*|\bне\s+по\s+карману\b"
                            r"|\bnicht\s+(?:mehr\s+)?leisten\b|\bleisten\s+(?:[\w-]+\s+){0,2}?nicht\b"
                            r"|\bn(?:e\s+|')(?:peu\w*|pouv\w*)\s+(?:pas|plus)\s+(?:se\s+|s')?(?:payer|offrir|acheter)\b"
                            r"|\bno\s+(?:pued\w+|pod\w+)\s+(?:pagar|permitirse|comprar)\b|\bnon\s+(?:può|possono|potevano)\s+permettersi\b",
                            re.IGNORECASE)
_PRICED_OUT = re.compile(r"\b(?:priced out|out of (?:\w+ )?reach|unaffordable|beyond (?:\w+ )?(?:reach|means))\b", re.IGNORECASE)
# a ruling "not final" (no es firme, non è definitiva, não transitou em julgado, n'est pas définitif, nicht
# rechtskräftig, не вступил в законную силу) is one that "can be appealed", "is subject to appeal"
_NOT_FINAL = re.compile(r"\bno\s+(?:es|és|son|són|era|será|serà)\s+(?:firme|ferm)\w*|\bnon\s+(?:è|sono)\s+(?:ancora\s+)?definitiv\w*"
                        r"|\bnão\s+(?:é|transitou)\s+(?:definitiv|em\s+julgado)\w*|\bn(?:e\s+|')est\s+pas\s+définiti\w*"
                        r"|\bnicht\s+rechtskräftig\b|\bне\s+вступил\w*\s+в\s+(?:законную\s+)?силу"
                        r"|(?:ยัง)?ไม่ถึงที่สุด", re.IGNORECASE)  # Catalan "no és ferma", Thai คดียังไม่ถึงที่สุด
_APPEALABLE = re.compile(r"\b(?:appeal(?:ed|able|s)?|not (?:yet )?final|pending)\b", re.IGNORECASE)
# Vietnamese "(gần như) không còn" (there is no more of it) is what English calls "gone", "disappeared", "dried up",
# and so is the Turkish "bahçe yoktu" (the garden was not there) / "hiçbir şey kalmadı" (nothing was left)
_NONE_LEFT = re.compile(r"\b(?:không|chẳng)\s+còn\b(?!\s+(?:\w+\s+)?(?:là|được|phải))"
                        r"|(?<!\w)(?:hiç(?:bir)?\s+(?:\w+\s+){0,2}?)?(?:yok(?:tu|tur|muş)?|kalma(?:dı|mış|yacak))(?!\w)", re.IGNORECASE)
_GONE = re.compile(r"\b(?:gone|disappear\w*|vanish\w*|dried up|dry up|run out|ran out|wiped out|nothing left|none left"
                   r"|no longer|any ?more|scarce|exhausted)\b", re.IGNORECASE)
# a price that "will not (yet) fall" (chưa giảm, không giảm, no bajarán, non scenderanno, не снизятся) is one that will
# "stay high", "remain elevated", "hold firm"
_NOT_FALLING = re.compile(r"\b(?:không|chưa|chẳng)\s+(?:thể\s+)?(?:giảm|hạ)\b|\bno\s+(?:baj|desc|caer)\w*"
                          r"|\bnon\s+(?:scend|cal)\w*|\bне\s+(?:сниз|упад|подешев)\w*", re.IGNORECASE)
_HOLDING_UP = re.compile(r"\b(?:stay\w*|remain\w*|hold\w*|held|kept|keep\w*)\s+(?:\w+\s+)?"
                         r"(?:high|elevated|firm|steady|stable|unchanged|up)\b", re.IGNORECASE)
# a rule or tax that "will not be scrapped" (inte slopas, ikke afskaffes, nicht abgeschafft, non sarà abolito, no se
# eliminará, ne sera pas supprimé, не отменят) is one the authority "will keep", "retains", "leaves in place"
_NOT_SCRAPPED = re.compile(r"\b(?:inte|ej|ikke)\s+(?:(?:kommer|kommar)\s+(?:att\s+)?|vil\s+|skal\s+|blir\s+)?"
                           r"(?:slopa|avskaffa|afskaffe|avskaffe|tas\s+bort|fjerne)\w*"
                           r"|\bnicht\s+(?:\w+\s+)?abgeschafft\b|\bnon\s+(?:sarà|saranno|verrà|verranno)\s+(?:abolit|abrogat|eliminat)\w*"
                           r"|\bno\s+(?:se\s+)?(?:eliminar|suprimir|derogar|será\s+(?:eliminad|suprimid|derogad))\w*"
                           r"|\bne\s+sera\s+pas\s+(?:supprimé|aboli)\w*|\bне\s+(?:отмен|упраздн)\w*", re.IGNORECASE)
_KEPT_IN_PLACE = re.compile(r"\b(?:keep\w*|kept|retain\w*|maintain\w*|(?:stay|remain)\w*\s+in\s+(?:place|force)"
                            r"|leave\w*\s+(?:\w+\s+){0,3}in\s+place|left\s+(?:\w+\s+){0,3}in\s+place)\b", re.IGNORECASE)
# a person who "is no more" (Bengali আর নেই, Hindi नहीं रहे / नहीं रहीं, the obituary's word for death) is one who
# "died", "has died", "passed away": "Singer Rashida Khanam dies at 83" for শিল্পী রাশিদা খানম আর নেই
_NO_MORE_ALIVE = re.compile(r"(?<![\u0980-\u09ff])আর\s+নেই(?![\u0980-\u09ff])|नहीं\s+रह(?:े|ीं|ी)(?![\u0900-\u0963\u0966-\u097f])")
_DIED = re.compile(r"\b(?:die[sd]?|dying|death|dead|passed away|pass(?:es)? away|no more|succumbed)\b", re.IGNORECASE)
# Not guilty: Khmer គ្មានទោស / មិនមានទោស / ពុំមានទោស ("has no guilt"): the English "acquitted", "cleared", "innocent"
_NOT_GUILTY = re.compile(r"(?:គ្មាន|មិនមាន|ពុំមាន)(?:កំហុស|ទោស)")
_ACQUITTED = re.compile(r"\b(?:acquit\w*|cleared|innocent|exonerat\w*)\b", re.IGNORECASE)
# ships, trains or people that "did not leave / set out" (eivät lähteneet satamasta, ei lahkunud, ei väljunud) are the
# English "stayed in port", "remained at home", "were kept in"
_NOT_LEAVING = re.compile(r"(?<!\w)(?:ei|eivät|en|emme|et|ette)\s+(?:\w+\s+)?(?:lähte|lähde|poistu)\w*"
                          r"|(?<!\w)ei\s+(?:\w+\s+)?(?:lahku|välju|väljaso)\w*", re.IGNORECASE)
_STAYED = re.compile(r"\b(?:stay(?:ed|s|ing)?|remain(?:ed|s|ing)?|kept|confined)\s+(?:\w+\s+)?(?:in|at|on|indoors|inside|home|put|behind)\b",
                     re.IGNORECASE)
_OPPOSITES = ((_NOT_GUILTY, _ACQUITTED), (_NOT_LEAVING, _STAYED), (_NOT_SCRAPPED, _KEPT_IN_PLACE), (_NO_MORE_ALIVE, _DIED),
              (_LET_GO_NEGATED, _KEEP), (_NOT_FINAL, _APPEALABLE), (_NONE_LEFT, _GONE),
              (_NOT_FALLING, _HOLDING_UP), (_NOT_QUITTING, _KEPT_ON), (_NOT_YET_STOPPED, _KEPT_ON),
              (_NOT_PLAYING, _MISSES), (_CANNOT_AFFORD, _PRICED_OUT), (_NOT_SUPPORTING, _COUNTER),
              (_NOT_WORKING, _CLOSED), (_NOT_REACHED, _SHORT), (_NOT_GOING, _AWAY), (_NO_LONGER, _STOPPED),
              (_NOT_EXCEEDED, _AT_MOST), (_NOT_PASSED, _FAILED), (_MUST_NOT, _BANNED), (_NEVER_BEFORE, _RECORD))


def kept_for_not(otext: str, ocues: list[tuple[int, int]], dtext: str) -> bool:
    """Whether the original's every negation sits on a negated verb the draft says with its English
    opposite: 切らさなかった as "kept", не працюватимуть as "closed"."""
    for negated, opposite in _OPPOSITES:
        spans = [m.span() for m in negated.finditer(otext)]
        if spans and all(any(a <= c < b for a, b in spans) for c, _ in ocues) and opposite.search(dtext):
            return True
    return False


def answered_cues(otext: str, ocues: list[tuple[int, int]], dtext: str) -> set[tuple[int, int]]:
    """The original's cues that sit on a negated verb the draft says with its English opposite (one clause
    of "no ha acordado ..., ya que la sentencia no es firme" / "did not order ..., as it can be appealed")."""
    out = set()
    for negated, opposite in _OPPOSITES:
        spans = [m.span() for m in negated.finditer(otext)]
        if spans and opposite.search(dtext):
            out.update(c for c in ocues if any(a <= c[0] < b for a, b in spans))
    return out
