"""Editorial checks for machine-translated news: the engine, usable from any Python program.

>>> from checks import check_text
>>> report = check_text("He said “hello.")
>>> [f.rule for f in report.findings]
['Q002']
"""

from .engine import check_document, check_text
from .findings import Finding, Report, Suggestion
from .stylesheet import CheckOptions

__all__ = ["check_text", "check_document", "Finding", "Report", "Suggestion", "CheckOptions"]
