"""Quotation marks: the Q rules, and the quotations other families read (the family's public face).

Other families import from here (``from ..quotes import quotations``), never from the parts.
"""

from .extract import inside_regions, quotations, quoted_regions
from .marks import ATTRIBUTION_AFTER_RE
from .pairing import Quotation

__all__ = ["ATTRIBUTION_AFTER_RE", "Quotation", "inside_regions", "quotations", "quoted_regions"]
