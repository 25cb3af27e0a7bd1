"""Accuracy family (A rules): the draft compared with the foreign-language original it was translated from."""
