"""Rule modules, one per failure kind (``rules/<kind>.py``); the precedence table that says
which rule explains which failure lives in ``diagnose/registry.py``."""
