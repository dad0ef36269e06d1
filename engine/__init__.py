"""jxcheck engine: reading forms, parsing values, checking rules, reporting findings."""
