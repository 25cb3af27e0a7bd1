"""cleanup checks: placeholder until this family lands."""
