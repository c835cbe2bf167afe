import os
import sys

import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

from shellrun import fresh_shell  # noqa: E402


@pytest.fixture
def shell():
    """A fresh InteractiveShell with tfmagic loaded, history off, display captured."""
    ip = fresh_shell()
    ip.run_line_magic("load_ext", "tfmagic")
    yield ip
    ip.run_line_magic("unload_ext", "tfmagic")


def pytest_configure(config):
    """``TFMAGIC_REGEN_GOLDEN=1`` rewrites tests/golden/*.txt instead of comparing (golden.py)."""
    from golden import REGEN_VARIABLE

    if os.environ.get(REGEN_VARIABLE, "") not in ("", "0"):
        config.option.regen_all = True
