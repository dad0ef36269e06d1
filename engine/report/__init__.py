"""Report formats: table, json."""
