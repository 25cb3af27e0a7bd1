"""Clock times told by the next hour, as Dutch, Swedish, German and Danish do: half acht, halv åtta, halb acht
are 7:30; kwart voor / kvart i acht a quarter to eight (7:45); kwart over / kvart över acht 8:15."""


def half_or_quarter(hour: int, half: bool, quarter_past: bool) -> tuple[int, int]:
    """(hour, minute) of "half ``hour``" or "a quarter past / to ``hour``" on a twelve-hour clock."""
    before = (hour - 2) % 12 + 1  # the hour before, 12 before 1
    if half:
        return before, 30
    return (hour, 15) if quarter_past else (before, 45)
