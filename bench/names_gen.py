"""Generated test material for the names bench: misspelled, clean and near-miss names in news sentences.

Misspellings are of the kinds machine translation and hurried copy produce: one typo in a surname or a
given name (a dropped, doubled, swapped or replaced letter), a transliteration swap (Sergei/Sergey,
Zelenskiy/Zelensky), an accent the names list does not use, a misspelled surname on second reference, and
possessives. Typos are only made in name parts of four letters or more: a two-letter name such as ``Xi``
changed by one letter is another name, not a detectable typo.
"""

from __future__ import annotations

import csv
import random
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from checks.names.index import split_units
from checks.stylesheet import NameEntry, load_names_csv

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_LIST = ROOT / "checks" / "data" / "names_list.csv"
SHARED_NAMES = ROOT.parent / "shared" / "data" / "names" / "name_variants.csv"

CITIES = ["Brussels", "Geneva", "Cairo", "Doha", "Ankara", "Warsaw", "Nairobi", "Jakarta", "Ottawa", "Lima",
          "Vienna", "Riyadh", "Canberra", "Hanoi", "Oslo", "Madrid", "New Delhi", "Kyiv", "Tokyo", "Rome"]
TITLES = ["", "", "", "President ", "Prime Minister ", "Foreign Minister ", "Finance Minister ",
          "spokesperson ", "Defence Minister ", "Secretary-General ", "opposition leader ", "Governor "]

FIRST = [
    "{T}{N} said on Tuesday that the talks would resume next week.",
    "“We are ready to work with all partners,” {T}{N} told reporters in {C}.",
    "{N} arrived in {C} late on Monday for a two-day visit, officials said.",
    "In a statement, {T}{N} called for an immediate ceasefire and the release of all hostages.",
    "{P} office did not immediately respond to a request for comment.",
    "The meeting between {T}{N} and {O} lasted more than two hours.",
    "Officials close to {N} said the proposal was still being studied.",
    "Speaking at a news conference in {C}, {T}{N} rejected the accusations.",
    "{T}{N} is expected to meet a counterpart on the sidelines of the summit in {C}.",
    "A spokesperson for {N} declined to comment on the report.",
    "According to {N}, the agreement would be signed before the end of the year.",
    "Asked about the sanctions, {N} said the decision had not been taken lightly.",
    "{T}{N} has repeatedly said that dialogue remains the only way forward.",
    "On Wednesday, {T}{N} held phone talks with {O} about energy supplies.",
    "Reporters in {C} were told that {N} would not attend the summit in person.",
    "It was the first visit by {T}{N} to {C} since taking office.",
    "{O} and {N} signed the memorandum at a ceremony in {C} on Friday.",
    "The remarks by {N} drew sharp criticism from opposition lawmakers.",
]
SECOND = [
    "{S} added that more talks were planned for the coming weeks.",
    "Later, {S} told lawmakers the plan was final.",
    "“This is not over,” {S} said.",
    "{SP} spokesman confirmed the meeting but gave no details.",
    "Critics accuse {S} of stalling the negotiations.",
]

GIVEN_POOL = ["Peter", "Michael", "Sarah", "Thomas", "Laura", "Robert", "Helen", "George", "Paul", "Nadia",
              "Oscar", "Irene", "Hugo", "Fatima", "Kenji", "Ingrid", "Pablo", "Wei", "Tobias", "Amara"]
SURNAME_POOL = ["Harrison", "Lindqvist", "Okafor", "Bertrand", "Novak", "Castellanos", "Whitfield", "Haddad",
                "Kowalczyk", "Moreau", "Tanaka", "Brennan", "Sorensen", "Mwangi", "Petrov", "Fischer",
                "Delgado", "Ashworth", "Rahimi", "Vukovic"]

VOWELS = "aeiou"
SOUND_SWAPS = {"z": "s", "s": "z", "c": "k", "k": "c", "v": "w", "w": "v", "i": "y", "y": "i", "f": "ph"}
ACCENTS = {"e": "é", "o": "ö", "a": "á", "c": "ç", "s": "š", "u": "ü", "n": "ñ", "i": "í", "z": "ž"}
TRANSLIT = [("Sergei", "Sergey"), ("Dmitry", "Dmitri"), ("Mohammed", "Mohammad"), ("Mohamed", "Mohammed"),
            ("Muhammad", "Mohammad"), ("Mohammad", "Muhammad"), ("Andrei", "Andrey"), ("Yuri", "Yury"),
            ("Alexander", "Aleksandr"), ("Ahmed", "Ahmad"), ("Hussein", "Hussain"), ("Vassily", "Vasily"),
            ("Andriy", "Andrii"), ("Andrii", "Andriy"), ("Volodymyr", "Volodimir"), ("Yulia", "Yuliya"),
            ("Zelenskiy", "Zelensky"), ("Zelenskiy", "Zelenskyy"), ("Syrskyi", "Syrsky"), ("Hassan", "Hasan"),
            ("Abdullah", "Abdallah"), ("Maria", "Mariya"), ("Alexei", "Aleksei"), ("Abdel", "Abdul")]


@dataclass
class Item:
    kind: str
    text: str
    target_start: int = -1  # span of the misspelled name (-1: a clean item, nothing to find)
    target_end: int = -1
    expected: str = ""  # the corrected spelling of that span
    expected_rule: str = ""  # N001 / N002 / N003 (empty: any names rule)


def load_sample_list() -> list[NameEntry]:
    return load_names_csv(SAMPLE_LIST)


def _key(name: str) -> tuple[str, str]:
    units = split_units(name)
    fold = lambda s: "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))
    return (fold(units[0])[:1], fold(units[-1])) if units else ("", "")


def load_big_list(size: int = 5000) -> list[NameEntry]:
    """The sample list plus officials from the shared Wikidata/CIA files, ``size`` entries in all.

    A shared-file person who looks like a sample-list person (same initial and surname, ignoring accents)
    is left out: one list should not hold one person in two spellings.
    """
    entries = list(load_sample_list())
    taken = {_key(e.name) for e in entries}
    seen = {e.name for e in entries}
    if SHARED_NAMES.exists():
        with open(SHARED_NAMES, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name = " ".join(row["canonical_name"].split())
                if name in seen or not name or len(split_units(name)) < 2:
                    continue
                if _key(name) in taken:
                    continue
                seen.add(name)
                taken.add(_key(name))
                entries.append(NameEntry(name, (), (("role", row.get("role", "")), ("country", row.get("country", "")))))
                if len(entries) >= size:
                    break
    return entries


def _person_key(name: str) -> str:
    from checks.names.text import translit_key

    return translit_key(name)


def shared_person_keys() -> dict[str, set[str]]:
    """person_id -> transliteration keys of every spelling the shared file has for that person."""
    keys: dict[str, set[str]] = {}
    if SHARED_NAMES.exists():
        with open(SHARED_NAMES, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                for field in ("canonical_name", "variant"):
                    name = " ".join(row[field].split())
                    keys.setdefault(row["person_id"], set()).add(_person_key(name))
                    short = split_units(name)
                    if len(short) >= 3:
                        keys[row["person_id"]].add(_person_key(f"{short[0]} {short[-1]}"))
    return keys


def other_real_people(entries: list[NameEntry]) -> list[tuple[str, str, str]]:
    """Officials from the shared Wikidata/CIA file who are not in ``entries``: (name, person_id, country).

    Real names of real people: the hardest clean test for a names list, because among 5,000 officials many
    share a surname or a given name with someone on the list. Some are list people under another spelling
    (the shared file spells Sergey Shoygu, the list Sergei Shoigu); the bench tells those apart by person_id.
    """
    taken = {_key(e.name) for e in entries}
    listed = {e.name for e in entries}
    out: list[tuple[str, str, str]] = []
    seen: set[str] = set()
    particles = ("de", "da", "del", "van", "von", "bin", "al", "la", "le", "dos", "das", "di", "du")
    if SHARED_NAMES.exists():
        with open(SHARED_NAMES, encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                name = " ".join(row["canonical_name"].split())
                if name in listed or name in seen or len(split_units(name)) < 2 or _key(name) in taken:
                    continue
                if not all(w[:1].isupper() for w in name.split() if w.lower() not in particles):
                    continue
                seen.add(name)
                out.append((name, row["person_id"], row["country"]))
    return out


def _edit_word(word: str, rng: random.Random) -> str | None:
    """One typo inside ``word`` (never its first letter), or None when the word is too short."""
    core = word
    if len(core) < 4 or not core.isalpha():
        letters = [i for i, c in enumerate(core) if c.isalpha()]
        if len(letters) < 4:
            return None
    for _ in range(20):
        op = rng.choice(["delete", "double", "vowel", "swap", "sound"])
        i = rng.randrange(1, len(word))
        c = word[i]
        if not c.isalpha():
            continue
        if op == "delete":
            out = word[:i] + word[i + 1 :]
        elif op == "double":
            out = word[:i] + c + word[i:]
        elif op == "vowel" and c in VOWELS:
            out = word[:i] + rng.choice([v for v in VOWELS if v != c]) + word[i + 1 :]
        elif op == "swap" and i + 1 < len(word) and word[i + 1].isalpha() and word[i + 1] != c:
            out = word[:i] + word[i + 1] + c + word[i + 2 :]
        elif op == "sound" and c in SOUND_SWAPS:
            out = word[:i] + SOUND_SWAPS[c] + word[i + 1 :]
        else:
            continue
        if out.lower() != word.lower():
            return out
    return None


def _edit_unit(unit: str, rng: random.Random, how) -> str | None:
    words = unit.split(" ")
    new = how(words[-1], rng)
    if new is None:
        return None
    return " ".join(words[:-1] + [new])


def _accent(word: str, rng: random.Random) -> str | None:
    spots = [i for i, c in enumerate(word) if c in ACCENTS and i > 0]
    if not spots:
        return None
    i = rng.choice(spots)
    return word[:i] + ACCENTS[word[i]] + word[i + 1 :]


def _possessive(name: str) -> str:
    return name + "’s"


def _fill(template: str, name: str, other: str, city: str, title: str) -> tuple[str, int]:
    """Fill a template; return the text and where ``name`` starts in it."""
    title = title if "{T}" in template else ""
    text = template.replace("{T}", title).replace("{O}", other).replace("{C}", city)
    if "{P}" in template:
        pos = text.index("{P}")
        return text.replace("{P}", _possessive(name)), pos
    pos = text.index("{N}")
    return text.replace("{N}", name), pos


class Generator:
    def __init__(self, entries: list[NameEntry], seed: int = 7):
        self.rng = random.Random(seed)
        self.people = [e for e in entries if len(split_units(e.name)) >= 2]
        self.two_unit = [e for e in self.people if len(split_units(e.name)) == 2]
        self.known_full = {" ".join(split_units(e.name)).lower() for e in entries}
        self.known_full |= {v.lower() for e in entries for v in e.variants}
        self.known_units = {u.lower() for e in entries for u in split_units(e.name)}

    def _sentence(self, name: str, lead: str = "") -> tuple[str, int]:
        rng = self.rng
        other = " ".join(split_units(rng.choice(self.people).name))
        tpl = rng.choice(FIRST)
        if "{P}" in tpl and name.endswith("s"):
            tpl = FIRST[0]
        text, pos = _fill(tpl, name, other, rng.choice(CITIES), rng.choice(TITLES))
        text = text[0].upper() + text[1:]
        return lead + text, len(lead) + pos

    def misspelling(self, kind: str) -> Item | None:
        rng = self.rng
        entry = rng.choice(self.people)
        units = list(split_units(entry.name))
        canonical = " ".join(units)
        wrong = list(units)
        rule = "N001"
        if kind == "surname-typo":
            new = _edit_unit(units[-1], rng, _edit_word)
            if new is None:
                return None
            wrong[-1] = new
        elif kind == "given-typo":
            new = _edit_unit(units[0], rng, _edit_word)
            if new is None:
                return None
            wrong[0] = new
        elif kind == "translit":
            options = [(i, b) for i, u in enumerate(units) for a, b in TRANSLIT if u == a]
            if not options:
                return None
            i, b = rng.choice(options)
            wrong[i] = b
        elif kind == "accent":
            i = rng.choice([0, len(units) - 1])
            new = _edit_unit(units[i], rng, _accent)
            if new is None:
                return None
            wrong[i] = new
            rule = "N003"
        elif kind == "second-reference":
            return self._second_reference(entry, units)
        else:
            raise ValueError(kind)
        wrong_name = " ".join(wrong)
        if wrong_name.lower() in self.known_full or wrong_name == canonical:
            return None  # another real person in the list is spelled so: not a misspelling to find
        text, pos = self._sentence(wrong_name)
        return Item(kind, text, pos, pos + len(wrong_name), canonical, rule)

    def _second_reference(self, entry: NameEntry, units: list[str]) -> Item | None:
        canonical = " ".join(units)
        surname = units[-1]
        wrong = _edit_unit(surname, self.rng, _edit_word)
        if wrong is None or wrong.lower() in self.known_units:
            return None
        first, _ = self._sentence(canonical)
        tpl = self.rng.choice(SECOND)
        lead = first + " "
        if "{SP}" in tpl:
            pos = len(lead) + tpl.index("{SP}")
            text = lead + tpl.replace("{SP}", wrong + "’s")
        else:
            pos = len(lead) + tpl.index("{S}")
            text = lead + tpl.replace("{S}", wrong)
        return Item("second-reference", text, pos, pos + len(wrong), surname, "N001")

    def real_other(self, name: str, person_id: str, country: str) -> Item:
        """A real official who is not on the list, in a news sentence (``expected`` holds id and country)."""
        text, _ = self._sentence(name)
        return Item("real-other", text, expected=f"{person_id}|{country}")

    def clean(self) -> Item:
        entry = self.rng.choice(self.people)
        units = split_units(entry.name)
        text, _ = self._sentence(" ".join(units))
        tpl = self.rng.choice(SECOND)
        text += " " + tpl.replace("{SP}", units[-1] + "’s").replace("{S}", units[-1])
        return Item("clean", text)

    def near_miss(self) -> Item | None:
        """A different person whose name resembles a listed one: another given name with the listed
        surname or a surname one letter away (Peter Scholl beside Olaf Scholz), or a fixed real case."""
        rng = self.rng
        kind = rng.choice(["same-surname", "surname-one-off", "fixed"])
        if kind == "fixed":
            pairs = [("Anthony Albanese", "Antony Blinken"), ("Michael Miller", "Matthew Miller"),
                     ("Peter Scholl", "Olaf Scholz"), ("Li Keqiang", "Li Qiang"), ("Kim Jong Il", "Kim Jong Un"),
                     ("Francesca Albanese", "Anthony Albanese"), ("Hun Sen", "Hun Manet"),
                     ("Khalid bin Salman", "Mohammed bin Salman"), ("Karina Milei", "Javier Milei"),
                     ("Masrour Barzani", "Nechirvan Barzani"), ("Raul Castro", "Xiomara Castro"),
                     ("Mike Johnson", "Boris Johnson"), ("Marco Rubio", "Mark Rutte")]
            near, real = rng.choice(pairs)
        else:
            entry = rng.choice(self.two_unit)
            units = list(split_units(entry.name))
            given = [g for g in GIVEN_POOL if g[0] != units[0][0] and _far(g, units[0])]
            units[0] = rng.choice(given)
            if kind == "surname-one-off":
                new = _edit_unit(units[-1], rng, _edit_word)
                if new is None:
                    return None
                units[-1] = new
            near = " ".join(units)
            real = " ".join(split_units(entry.name))
            if near.lower() in self.known_full:
                return None
        text, _ = self._sentence(near)
        text += f" {real} was also present."
        return Item("near-miss", text)

    def draft_inconsistency(self) -> Item | None:
        """No names list: one person spelled right twice and wrong once, in random order."""
        rng = self.rng
        given, surname = rng.choice(GIVEN_POOL), rng.choice(SURNAME_POOL)
        full = f"{given} {surname}"
        if rng.random() < 0.5:
            wrong_given = _edit_word(given, rng)
            if wrong_given is None:
                return None
            wrong, expected, kind = f"{wrong_given} {surname}", full, "draft-given"
            names = [full, full]  # the given name is only seen in full names
        else:
            wrong_surname = _edit_word(surname, rng)
            if wrong_surname is None:
                return None
            wrong, expected, kind = wrong_surname, surname, "draft-surname"
            names = [full, surname]
        slot = rng.randrange(1, 3)  # the misspelling is never the only full name at the start
        names.insert(slot, wrong)
        text = ""
        pos = -1
        for i, name in enumerate(names):
            lead = text + " " if text else ""
            if i == 0 or " " in name:
                text, p = self._sentence(name, lead)
            else:
                tpl = rng.choice(SECOND).replace("{SP}", "{S}’s")
                p = len(lead) + tpl.index("{S}")
                text = lead + tpl.replace("{S}", name)
            if i == slot:
                pos = p
        return Item(kind, text, pos, pos + len(wrong), expected, "N002")

    def draft_two_people(self) -> Item:
        """No names list: two different people with similar names in one article must stay quiet."""
        rng = self.rng
        surname = rng.choice(SURNAME_POOL)
        a, b = rng.sample(GIVEN_POOL, 2)
        while not _far(a, b):
            a, b = rng.sample(GIVEN_POOL, 2)
        other_surname = _edit_word(surname, rng) if rng.random() < 0.5 else surname
        s1, _ = self._sentence(f"{a} {surname}")
        s2, _ = self._sentence(f"{b} {other_surname}", s1 + " ")
        return Item("draft-two-people", s2 + f" {a} {surname} and {b} {other_surname} are not related.")


def _far(a: str, b: str) -> bool:
    """Given names that no one would take for a typo of each other (edit distance 3 or more)."""
    from rapidfuzz.distance import Levenshtein

    return Levenshtein.distance(a.lower(), b.lower()) >= 3
