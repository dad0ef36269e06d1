"""Built-in rule packs (YAML data); located with importlib.resources."""
