"""`python -m jxcheck`: the same command line as the `jxcheck` script."""
from jxcheck.cli import main

main()
