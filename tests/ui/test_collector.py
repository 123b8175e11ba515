"""Cyclic garbage is collected on the GUI thread's timer, not wherever an allocation falls."""

from __future__ import annotations

import gc
import weakref

from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QVBoxLayout
from pytestqt.qtbot import QtBot

from desk_app.ui.collector import GuiThreadCollector, collect_on_gui_thread, taken_apart
from desk_app.ui.fitting import fit_dialog


class Cycle:
    """An object kept alive only by a reference to itself."""

    def __init__(self) -> None:
        self.me = self


def test_the_automatic_collector_is_off_and_a_due_collection_frees_a_cycle(
    qapp: QApplication,
) -> None:
    collector = collect_on_gui_thread(qapp)
    assert collect_on_gui_thread(qapp) is collector  # one per application
    assert not gc.isenabled()
    assert collector.timer.isActive()  # its turn comes at the top of the event loop
    gc.collect()  # counts start from nothing
    cycle = Cycle()
    gone = weakref.ref(cycle)
    del cycle
    collector.collect_due()  # nothing is due yet: the cycle stays
    assert gone() is not None
    # allocations past the threshold: the automatic collector would have run inside them
    kept: list[dict[str, int]] = [{} for _ in range(2 * gc.get_threshold()[0])]
    assert gone() is not None
    collector.collect_due()
    assert gone() is None
    del kept


def test_the_collector_lives_as_long_as_the_application(qapp: QApplication) -> None:
    collect_on_gui_thread(qapp)
    assert isinstance(
        qapp.findChild(GuiThreadCollector, "gui-thread-collector"), GuiThreadCollector
    )


def test_an_event_filter_emptied_by_a_collection_lets_events_pass(qtbot: QtBot) -> None:
    """A collection clears a cycle's objects one by one; Qt may still call a filter among them."""
    dialog = QDialog()
    qtbot.addWidget(dialog)
    fitting = fit_dialog(
        dialog, QVBoxLayout(), QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    )
    vars(fitting).clear()  # what the collector's clearing leaves of it
    assert taken_apart(fitting)
    dialog.show()  # the Show event reaches the emptied filter: no AttributeError
    qtbot.waitExposed(dialog)
