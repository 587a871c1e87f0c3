"""The chat widget in real headless Chromium against the real local stack (web/widget/e2e)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

WIDGET = ROOT / "web" / "widget"


@pytest.mark.browser
def test_widget_end_to_end_in_chromium(live_stack: str) -> None:
    """Conversation, reload, markup as text, start over and failure handling all pass."""
    if not shutil.which("chromium") and not os.path.exists("/usr/bin/chromium"):
        pytest.skip("Debian's chromium is not installed (make setup installs it as root)")
    if not (WIDGET / "node_modules").exists():
        pytest.skip("widget dependencies not installed (make setup runs npm ci)")
    result = subprocess.run(
        ["npm", "run", "--silent", "e2e"],
        cwd=WIDGET,
        env={**os.environ, "E2E_BASE_URL": live_stack},
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout[-6000:] + result.stderr[-3000:]
    assert result.returncode == 0, output
    assert "# fail 0" in result.stdout, output
    assert "# skipped 0" in result.stdout or "# skip 0" in result.stdout, output
