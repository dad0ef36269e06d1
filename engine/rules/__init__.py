"""Rule engine: load rule packs and profiles, evaluate them over a Form."""
