"""Unicode ranges the accuracy family reads scripts by."""

# kana, CJK ideographs (with extension A) and Hangul: letters that carry no spaces between words, so a Latin
# word or unit glued to them ("Heim说", "200ml之间") ends where they begin
CJK_LETTERS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af"
