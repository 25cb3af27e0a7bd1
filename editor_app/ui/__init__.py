"""Rendering helpers for the review page: HTML built from escaped draft text, word diffs, cards."""
