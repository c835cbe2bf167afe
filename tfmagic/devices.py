"""Device strings: what kind a device is and its short name, for reports and rules."""

from __future__ import annotations

import re

_SHORT = re.compile(r"(?:device:)?([A-Za-z_]+:\d+)$")


def device_kind(device: str) -> str:
    """'GPU', 'TPU', 'CPU' or '' for a device string such as '/device:GPU:0'."""
    device = (device or "").upper()
    for kind in ("GPU", "TPU", "CPU"):
        if kind in device:
            return kind
    return ""


def short_device(device: str) -> str:
    """'/job:localhost/replica:0/task:0/device:GPU:0' -> 'GPU:0'."""
    match = _SHORT.search(device or "")
    return match.group(1).upper() if match else (device or "")
