"""jxcheck: checks Chinese budget performance target forms (绩效目标表) the way a finance-bureau reviewer does.

Installed as the package `jxcheck`, whose folder is the repository itself: `jxcheck.engine`,
`jxcheck.rules`, `jxcheck.schemas` and `jxcheck.cli` are `engine/`, `rules/`, `schemas/` and `cli.py`.
"""
