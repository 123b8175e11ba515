"""The network cut in the middle of a batch, again and again: the sync still ends complete."""

from __future__ import annotations

import time
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from desk_app.sync import push as push_module
from desk_app.sync.service import run_sync
from tests.integration.checks import compare
from tests.integration.conftest import MakeCentre
from tests.integration.proxy import CuttingProxy

pytestmark = pytest.mark.central


@pytest.fixture
def proxy(central_url: str) -> Iterator[CuttingProxy]:
    parts = urlsplit(central_url)
    cutter = CuttingProxy((parts.hostname or "127.0.0.1", parts.port or 5432), cut_after=250_000)
    yield cutter
    cutter.close()


def test_a_network_cut_mid_batch_loses_and_doubles_nothing(
    central_url: str,
    proxy: CuttingProxy,
    make_centre: MakeCentre,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    desk = make_centre(days=30)
    monkeypatch.setattr(push_module, "ATTEMPTS", 200)
    monkeypatch.setattr(time, "sleep", lambda _s: None)
    parts = urlsplit(central_url)
    through_proxy = central_url.replace(parts.netloc, f"{parts.username}@127.0.0.1:{proxy.port}")
    result = run_sync(desk.uow, through_proxy, batch_size=100)
    assert result.high_water == result.target
    assert proxy.cuts >= 3
    report = compare(desk, central_url, seed=1)
    print(f"network cut x{proxy.cuts}: {report}")
    assert report.clean, report
