"""misquote checks: placeholder until this family lands."""
