"""The cleanup family (category ``cleanup``): what a scraped, re-encoded draft drags along.

The rules live in one module per job; importing this module registers them all:

* :mod:`checks.cleanup_residue`  -- C001 page furniture, C002 photo credits, C003 orphaned datelines,
  C004 a caption repeating the lede;
* :mod:`checks.cleanup_encoding` -- C005 mojibake, repaired with ftfy;
* :mod:`checks.cleanup_markup`   -- C010 wiki/HTML markup residue, C011 HTML entities;
* :mod:`checks.cleanup_spacing`  -- C006 repeated words, C007 doubled spaces, C008 space before
  punctuation, C009 glued sentences.
"""

from . import cleanup_encoding, cleanup_markup, cleanup_residue, cleanup_spacing  # noqa: F401  (registers the rules)
