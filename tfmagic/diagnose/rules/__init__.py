"""The rule registry. Order matters for failures: the most specific evidence wins."""

from __future__ import annotations

from .other import other

FAILURE_RULES: list = []
WARNING_CHECKS: list = []

__all__ = ["FAILURE_RULES", "WARNING_CHECKS", "other"]
