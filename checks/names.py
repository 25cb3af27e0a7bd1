"""names checks: placeholder until this family lands."""
