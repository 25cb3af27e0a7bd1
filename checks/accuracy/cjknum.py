"""Chinese and Japanese numerals: 三万 = 30,000, 两千五百 = 2,500, 百分之五 = 5%, 二〇二二年 = 2022 (and Korean 3천500억).

Numeral characters also sit inside ordinary words (一起 "together", 十分 "very", 千万 "by all means",
统一 "unify"), so a run counts as a number only when a measure word, a unit or a currency follows it or
when it is built like a number (a multiplier such as 十 or 万 in it), and never inside the listed words.
"""

from __future__ import annotations

import re

from .quantity import Quantity

DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "兩": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
         "八": 8, "九": 9}
SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
LARGE = {"万": 1e4, "萬": 1e4, "亿": 1e8, "億": 1e8}
_RUN_RE = re.compile(r"[零〇一二两兩三四五六七八九十拾百佰千仟万萬亿億]+")
# Words whose numeral characters are not numbers.
NOT_NUMBERS = (
    "一起 一直 一样 一樣 一些 一切 一定 一般 一致 一同 一边 一面 一旦 一度 一再 一向 一律 一贯 一时 一带 一路 "
    "统一 唯一 万一 一一 十分 千万 万万 百姓 百货 千方百计 三国 九州 一方面 第一时间 一下 一点 一番 一头 一行 "
    "不一 同一 之一 专一 单一 五四 一月 十足 百般 万众 千古 万古 一生 一心 一带一路 七嘴八舌 乱七八糟 "
    "四处 四周 八卦 五角大楼 三角 九龙 十字 一无 一概 一连 一手 一贯 一体 一流 一半 一汽 三星 四川 万达 百度 第三方 第三者"
).split()
# Measure words, units and currencies after which a numeral is a count.
MEASURES = set(
    "个 名 人 位 家 次 年 岁 歲 天 月 日 号 號 元 块 架 艘 辆 座 条 项 件 种 倍 批 所 枚 颗 只 头 场 轮 届 周 "
    "小时 分钟 秒 公里 千米 米 吨 公斤 千克 亿 万 千 百 % 多 余 来 国 省 起 例 台 部 本 篇 份 层 栋 处 株 支 道 "
    "美元 欧元 英镑 日元 卢布 人民币 港元 平方公里 公顷 度 点 册 期 码 英里 円 ドル 人民币元 季度 代".split()
)
_LONGEST_MEASURE = max(len(m) for m in MEASURES)


def parse(run: str) -> float | None:
    """Value of a numeral run, or None when it is not a well-formed number."""
    if all(c in DIGIT for c in run) and len(run) >= 2:
        if len(run) == 2 and not {"零", "〇"} & set(run):
            return None  # 四五, 七八: "four or five", "seven or eight", an estimate and not 45 or 78
        return float("".join(str(DIGIT[c]) for c in run))  # 二〇二二 read digit by digit
    total, section, digit = 0.0, 0.0, None
    for c in run:
        if c in DIGIT:
            if digit is not None:
                return None
            digit = DIGIT[c]
        elif c in SMALL:
            section += (1 if digit is None else digit) * SMALL[c]
            digit = None
        elif c in LARGE:
            if digit is not None:
                section += digit
            total = (total + section) * LARGE[c] if LARGE[c] > 1e4 and total else total + (section or 1) * LARGE[c]
            section, digit = 0.0, None
    if digit is not None:
        section += digit
    return total + section


def chinese_quantities(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """``(start, end, value)`` of every numeral run that reads as a number (percent runs included)."""
    out = []
    for m in _RUN_RE.finditer(text, start, end):
        a, b = m.span()
        run = m.group()
        if a >= 3 and text[a - 3 : a] == "百分之":
            v = parse(run)
            if v is not None:
                out.append((a, b, v))  # the caller reads 百分之 before it as a percent sign
            continue
        measured = _measure_after(text, b, end)
        if not measured and len(run) <= 2 and any(_overlaps(text, a, b, w) for w in NOT_NUMBERS):
            continue
        if a > start and text[a - 1] in "数几第上近":
            if text[a - 1] != "第":
                continue  # 数万 "tens of thousands" is no figure; 第三 is an ordinal and stays
        v = parse(run)
        if v is None or v < 2:
            continue
        if len(run) == 1 and not measured and (text[a - 1 : a] != "第" or _list_marker(text, a, b)):
            continue  # 第四 closing a clause (排名第四, "fourth") is an ordinal even with no measure word
        out.append((a, b, v))
    return out


# 四成 "four tenths" (40%), 三成五 35%, Japanese 3割 30%; not 一成不变 "unchanging", nor 成 starting a word
# (三成为 "three became", 八成了), nor 八成 "most likely" before a verb (八成是假的)
_TENTHS_RE = re.compile(r"(?<![\d零〇一二两兩三四五六七八九十百千万])(?!八成[是会會要也就在又])([一二两三四五六七八九十]|\d{1,2})([成割])"
                        r"([一二三四五六七八九](?![十百千万]))?(?![为為了功立绩績本员員果就熟年人交长長都市不])")


def tenths(text: str, start: int, end: int) -> list[tuple[int, int, float]]:
    """``(start, end, percent)`` of every share in tenths: 四成 40, 三成五 35, 3割 30."""
    out = []
    for m in _TENTHS_RE.finditer(text, start, end):
        whole = int(m.group(1)) if m.group(1).isdigit() else DIGIT.get(m.group(1), 10)
        if whole > 10:
            continue
        out.append((m.start(), m.end(), whole * 10.0 + (DIGIT[m.group(3)] if m.group(3) else 0)))
    return out


_HALF_HOUR_RE = re.compile(r"(?<=[\d零〇一二两兩三四五六七八九十])[時时点點](半)")


def half_hours(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of the 半 of ``10時半`` / ``10点半``: half past, the 30 of "10:30" in the draft."""
    return [m.span(1) for m in _HALF_HOUR_RE.finditer(text, start, end)]


def _list_marker(text: str, a: int, b: int) -> bool:
    """第二， opening a clause: "secondly", a point of a list and no rank."""
    return (a < 2 or text[a - 2] in "。；，：！？\n“") and text[b : b + 1] in "，、：,:"


def _measure_after(text: str, b: int, end: int) -> bool:
    for n in range(1, _LONGEST_MEASURE + 1):
        if b + n <= end and text[b : b + n] in MEASURES:
            return True
    return False


def _overlaps(text: str, a: int, b: int, word: str) -> bool:
    """Whether an occurrence of ``word`` overlaps the run ``[a, b)``."""
    lo = max(0, a - len(word) + 1)
    i = text.find(word, lo, b + len(word) - 1)
    while i != -1 and i < b:
        if i + len(word) > a:
            return True
        i = text.find(word, i + 1, b + len(word) - 1)
    return False


def korean_thousands(p: Quantity, q: Quantity) -> Quantity | None:
    """A Korean figure whose thousands are glued before its myriad, as one: 3천500억 is 3,500 억 (350 billion),
    1천200만 1,200 만 (12 million); not 2억5천만, which is 2억 and 5천만 added (250 million)."""
    if not (q.start == p.end and p.kind == "number" and p.scale_text in ("천", "백")
            and q.scale_text in ("만", "억", "조") and 0 < q.values[0] / q.scale < p.scale):
        return None
    f = q.scale
    return Quantity(p.start, q.end, p.num_start, q.num_end, tuple((v + q.values[0] / f) * f for v in p.values),
                    q.kind, q.unit, f, q.scale_text, 0, p.word and q.word)
