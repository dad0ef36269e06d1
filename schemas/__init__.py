"""Cerberus schemas (YAML data) for forms, rule files, profiles, configs and waivers."""
