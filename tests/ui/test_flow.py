"""The wrapping row: buttons keep their whole width and move to the next line when space ends."""

from __future__ import annotations

from PySide6.QtWidgets import QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desk_app.ui.flow import FlowLayout


def _row(qtbot: QtBot, width: int) -> tuple[QWidget, list[QPushButton]]:
    host = QWidget()
    qtbot.addWidget(host)
    flow = FlowLayout(host)
    buttons = [QPushButton(text, host) for text in ("< Vorige week", "Deze week", "Volgende >")]
    for button in buttons:
        flow.addWidget(button)
    host.resize(width, flow.heightForWidth(width))
    host.show()
    qtbot.waitExposed(host)
    return host, buttons


def test_a_wide_row_keeps_every_button_on_one_line(qtbot: QtBot) -> None:
    _host, buttons = _row(qtbot, 1000)
    assert len({button.y() for button in buttons}) == 1
    assert all(button.width() == button.sizeHint().width() for button in buttons)


def test_a_narrow_row_wraps_instead_of_squeezing(qtbot: QtBot) -> None:
    width = 200
    host, buttons = _row(qtbot, width)
    assert len({button.y() for button in buttons}) > 1
    for button in buttons:
        assert button.width() == button.sizeHint().width()  # never narrower than its text
        assert button.geometry().bottom() < host.height()
    flow = host.layout()
    assert isinstance(flow, FlowLayout)
    assert flow.heightForWidth(width) > buttons[0].sizeHint().height() * 2
