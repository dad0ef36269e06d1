"""The validation service: jxcheck over HTTP (an API under /api/v1 and an upload page at /), on the same
engine call as the command line (engine.run.check_inputs)."""
