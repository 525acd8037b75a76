"""Pipeline stages, one concept per module; each declares ``requires`` and ``assigns``."""
