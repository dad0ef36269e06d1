"""The indicator-value language: grammar, typed values, vocabulary."""
