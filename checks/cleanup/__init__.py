"""Cleanup family (C rules): scraped residue, encoding damage, markup, repeated words and spacing.

``check.py`` is the entry point (importing it registers every C rule).
"""
