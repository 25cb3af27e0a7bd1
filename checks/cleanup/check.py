"""The cleanup family (category ``cleanup``): what a scraped, re-encoded draft drags along.

The rules live in one module per job; importing this module registers them all:

* :mod:`checks.cleanup.residue`  -- C001 page furniture, C002 photo credits, C003 orphaned datelines,
  C004 a caption repeating the lede;
* :mod:`checks.cleanup.encoding` -- C005 mojibake, repaired with ftfy;
* :mod:`checks.cleanup.markup`   -- C010 wiki/HTML markup residue, C011 HTML entities;
* :mod:`checks.cleanup.spacing`  -- C006 repeated words, C007 doubled spaces, C008 space before
  punctuation, C009 glued sentences;
* :mod:`checks.cleanup.figures`  -- C012 a large figure without thousands separators.
* :mod:`checks.cleanup.grouping` -- C013 a figure written the continental way (55.000, 2,5 million).
"""

from . import encoding, figures, grouping, markup, residue, spacing  # noqa: F401  (registers the rules)
