"""The Huiskamer page driven as a volunteer would: scans, taps, groups, undo, passes, lists."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from pytestqt.qtbot import QtBot

from desk_app.bootstrap import Desk
from desk_app.codes import CodeKind, new_code
from desk_app.kinds import Mood
from desk_app.services.auth import Actor
from desk_app.services.living_room.figures import visit_figures
from desk_app.services.living_room.passes import MAX_PASSES_AT_ONCE, issue_passes
from desk_app.ui.context import PageContext
from desk_app.ui.living_room.figures_dialog import FiguresDialog
from desk_app.ui.living_room.page import LivingRoomPage
from desk_app.ui.living_room.pass_dialog import CONFIRM_ABOVE
from tests.conftest import FakeClock
from tests.documents import pdf_text
from tests.ui.inline_jobs import InlineJobs
from tests.ui.questions import answer


class Opened:
    """Stands in for the PC's PDF viewer: remembers which files were opened."""

    def __init__(self) -> None:
        self.paths: list[Path] = []

    def __call__(self, path: Path) -> None:
        self.paths.append(path)


@pytest.fixture
def opened() -> Opened:
    return Opened()


def make_page(qtbot: QtBot, desk: Desk, actor: Actor | None, opened: Opened) -> LivingRoomPage:
    page = LivingRoomPage(
        PageContext(desk.uow, desk.folder, lambda: actor, opened, jobs=InlineJobs())
    )
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    return page


@pytest.fixture
def page(qtbot: QtBot, empty_desk: Desk, receptionist: Actor, opened: Opened) -> LivingRoomPage:
    return make_page(qtbot, empty_desk, receptionist, opened)


def today_visits(page: LivingRoomPage) -> str:
    return page.figures.cells[(1, 1)].text()


def scan(qtbot: QtBot, page: LivingRoomPage, text: str) -> None:
    qtbot.keyClicks(page.panel.scan_field, text)
    qtbot.keyClick(page.panel.scan_field, Qt.Key.Key_Return)


def test_a_scanned_pass_checks_in(
    qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk, receptionist: Actor
) -> None:
    [code] = issue_passes(empty_desk.uow, receptionist)
    scan(qtbot, page, code)
    qtbot.waitUntil(lambda: today_visits(page) == "1")
    assert page.figures.cells[(1, 2)].text() == "1"
    assert "Eerste bezoek" in page.panel.message.text()
    assert page.panel.scan_field.text() == ""


def test_a_doubled_scan_counts_once(
    qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk, receptionist: Actor
) -> None:
    [code] = issue_passes(empty_desk.uow, receptionist)
    scan(qtbot, page, code)
    scan(qtbot, page, code)
    assert "net al gescand" in page.panel.message.text()
    assert visit_figures(empty_desk.uow).today.visits == 1


def test_a_pass_scanned_twice_on_leaving_says_it_is_out_and_counts_nothing(
    qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk, receptionist: Actor, clock: FakeClock
) -> None:
    [code] = issue_passes(empty_desk.uow, receptionist)
    scan(qtbot, page, code)
    clock.advance(timedelta(hours=1))
    scan(qtbot, page, code)
    assert "uitgecheckt" in page.panel.message.text()
    clock.advance(timedelta(seconds=1))
    scan(qtbot, page, code)
    assert page.panel.message.text() == "Deze pas is net uitgecheckt. De tweede scan telt niet."
    assert page.panel.message.label.property("kind") == "info"
    assert visit_figures(empty_desk.uow).today.visits == 1


def test_a_coffee_card_scanned_here_is_sent_to_the_bar(
    qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk
) -> None:
    scan(qtbot, page, new_code(CodeKind.COFFEE_CARD))
    assert page.panel.message.text() == "Dit is een koffiekaart: scan hem bij de bar."
    assert page.panel.message.label.property("kind") == "error"
    assert visit_figures(empty_desk.uow).today.visits == 0


@pytest.mark.parametrize("garbage", ["12345", "P" * 300, "P\tABC\x1b", "hallo daar"])
def test_bad_scans_say_why_and_write_nothing(
    qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk, garbage: str
) -> None:
    scan(qtbot, page, garbage)
    assert page.panel.message.label.property("kind") == "error"
    assert "Scan de pas opnieuw" in page.panel.message.text()
    assert visit_figures(empty_desk.uow).today.visits == 0


def test_one_tap_counts_and_keeps_the_scan_field_ready(
    qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk
) -> None:
    qtbot.mouseClick(page.panel.ages.buttons()[3], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.panel.count_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today_visits(page) == "1")
    assert not any(button.isChecked() for button in page.panel.ages.buttons())
    qtbot.waitUntil(page.panel.scan_field.hasFocus)


def test_the_keyboard_shortcut_counts(qtbot: QtBot, page: LivingRoomPage) -> None:
    qtbot.keyClick(page.panel.scan_field, Qt.Key.Key_F9)
    qtbot.waitUntil(lambda: today_visits(page) == "1")


def test_a_group_and_its_undo(qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk) -> None:
    page.panel.group_size.setValue(25)
    qtbot.mouseClick(page.panel.group_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today_visits(page) == "25")
    assert page.panel.undo_button.isEnabled()
    qtbot.mouseClick(page.panel.undo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: today_visits(page) == "0")
    assert not page.panel.undo_button.isEnabled()
    assert "teruggedraaid" in page.panel.message.text()


def test_the_evacuation_list_opens_as_a_pdf(
    qtbot: QtBot, page: LivingRoomPage, opened: Opened
) -> None:
    page.panel.group_size.setValue(12)
    qtbot.mouseClick(page.panel.group_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.evacuation_button, Qt.MouseButton.LeftButton)
    [path] = opened.paths
    text = " ".join(pdf_text(path.read_bytes()).split())
    assert "Bezoekers in het gebouw: 12" in text
    assert "Ria Jansen" in text


def test_new_passes_are_printed(qtbot: QtBot, page: LivingRoomPage, opened: Opened) -> None:
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = page.pass_dialog
    assert dialog is not None
    dialog.count.setValue(3)
    qtbot.mouseClick(dialog.sheet, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    [path] = opened.paths
    assert path.parent.name == "reports"
    assert pdf_text(path.read_bytes()).count("Bezoekerspas") == 3


def test_the_faces_count(qtbot: QtBot, page: LivingRoomPage, empty_desk: Desk) -> None:
    for button in page.moods.buttons.values():
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert visit_figures(empty_desk.uow).moods_today.total == 3
    assert "1 tevreden" in page.moods.summary.text()


def test_at_a_large_text_size_the_other_figures_are_one_tap_away(
    qtbot: QtBot, page: LivingRoomPage
) -> None:
    qtbot.mouseClick(page.panel.count_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.moods.buttons[Mood.HAPPY], Qt.MouseButton.LeftButton)
    page.resize(1100, 640)  # the page's room on a reception PC: every figure beside the check-in
    qtbot.waitUntil(page.figures.details.isVisible)
    assert not page.figures.more.isVisible()
    large = QFont(page.font())
    large.setPointSize(22)
    page.setFont(large)
    qtbot.waitUntil(page.figures.more.isVisible)
    assert not page.figures.details.isVisible()
    assert not page.moods.summary.isVisible()
    qtbot.mouseClick(page.figures.more, Qt.MouseButton.LeftButton)
    dialog = page.findChild(FiguresDialog)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    assert dialog.figures.cells[(1, 1)].text() == "1"
    assert dialog.figures.details.isVisible()
    assert "1 tevreden" in dialog.moods.text()
    dialog.reject()


def test_nobody_at_the_desk_is_asked_to_log_in(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor, opened: Opened
) -> None:
    page = make_page(qtbot, empty_desk, None, opened)
    qtbot.mouseClick(page.panel.count_button, Qt.MouseButton.LeftButton)
    assert "Log eerst in" in page.panel.message.text()
    assert visit_figures(empty_desk.uow).today.visits == 0


def test_the_manager_sees_exports_and_erases_a_visitor(
    qtbot: QtBot,
    empty_desk: Desk,
    desk_manager: Actor,
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from desk_app.services.living_room.passes import Holder  # noqa: PLC0415
    from desk_app.ui.living_room.visitor_data_dialog import VisitorDataDialog  # noqa: PLC0415

    [code] = issue_passes(empty_desk.uow, desk_manager, 1, Holder("Nel Smit", "0612345678", True))
    export = tmp_path / "nel.json"
    dialog = VisitorDataDialog(empty_desk.uow, desk_manager, save_as=lambda _parent, _name: export)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "Nel Smit" in dialog.details.text()
    assert dialog.isVisible()  # the scanner's Enter looks the pass up; it does not close
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert "Nel Smit" in export.read_text(encoding="utf-8")
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    answer(qtbot, lambda: dialog.erase_question, QMessageBox.StandardButton.Yes)
    assert "Nel Smit" not in dialog.details.text()
    assert "gewist" in dialog.message.text()
    dialog.retention.setValue(6)
    dialog.save_retention()
    assert "opgeslagen" in dialog.message.text()


def test_a_second_scan_in_the_visitor_data_looks_up_and_exports_nothing(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    from desk_app.ui.living_room.visitor_data_dialog import VisitorDataDialog  # noqa: PLC0415

    first, second = issue_passes(empty_desk.uow, desk_manager, 2)
    asked: list[str] = []
    dialog = VisitorDataDialog(
        empty_desk.uow, desk_manager, save_as=lambda _parent, name: asked.append(name)
    )
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for code in (first, second):
        dialog.code.clear()
        qtbot.keyClicks(dialog.code, code)
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        assert code in dialog.details.text()
    assert asked == []  # Exporteren, enabled by the first look-up, was not pressed by Enter
    assert dialog.isVisible()


def test_the_next_scan_in_the_visitor_data_replaces_the_code_and_erase_follows_the_pass_shown(
    qtbot: QtBot, empty_desk: Desk, desk_manager: Actor
) -> None:
    from PySide6.QtWidgets import QMessageBox  # noqa: PLC0415

    from desk_app.services.living_room.passes import Holder, visitor_data  # noqa: PLC0415
    from desk_app.ui.living_room.visitor_data_dialog import VisitorDataDialog  # noqa: PLC0415

    nel, piet = (
        issue_passes(empty_desk.uow, desk_manager, 1, Holder(name, "0612345678", True))[0]
        for name in ("Nel Smit", "Piet Smit")
    )
    dialog = VisitorDataDialog(empty_desk.uow, desk_manager)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for code, name in ((nel, "Nel Smit"), (piet, "Piet Smit")):  # scanned one after the other
        qtbot.keyClicks(dialog.code, code)
        qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
        assert name in dialog.details.text()
        assert dialog.code.selectedText() == code
    qtbot.mouseClick(dialog.erase_button, Qt.MouseButton.LeftButton)
    answer(qtbot, lambda: dialog.erase_question, QMessageBox.StandardButton.Yes)
    assert visitor_data(empty_desk.uow, desk_manager, piet).holder_name is None
    assert "Pas " + piet in dialog.details.text()
    assert dialog.erase_button.isEnabled()
    qtbot.keyClicks(dialog.code, nel[:5])  # another code begun: the buttons wait for its look-up
    assert not dialog.erase_button.isEnabled()
    assert not dialog.export_button.isEnabled()
    assert visitor_data(empty_desk.uow, desk_manager, nel).holder_name == "Nel Smit"


def test_a_volunteer_cannot_look_up_visitor_data(
    qtbot: QtBot, empty_desk: Desk, receptionist: Actor
) -> None:
    from desk_app.ui.living_room.visitor_data_dialog import VisitorDataDialog  # noqa: PLC0415

    [code] = issue_passes(empty_desk.uow, receptionist)
    dialog = VisitorDataDialog(empty_desk.uow, receptionist)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.code, code)
    qtbot.keyClick(dialog.code, Qt.Key.Key_Return)
    assert "sociaal beheerder" in dialog.message.text()
    assert not dialog.export_button.isEnabled()


def test_many_passes_are_printed_only_after_a_second_click(
    qtbot: QtBot, page: LivingRoomPage, opened: Opened
) -> None:
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = page.pass_dialog
    assert dialog is not None
    assert dialog.count.maximum() == MAX_PASSES_AT_ONCE == 50
    dialog.count.setValue(CONFIRM_ABOVE + 2)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "12 nieuwe passen" in dialog.message.text()
    assert not opened.paths
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    [path] = opened.paths
    assert pdf_text(path.read_bytes()).count("Bezoekerspas") == CONFIRM_ABOVE + 2


def test_changing_the_count_asks_again(qtbot: QtBot, page: LivingRoomPage, opened: Opened) -> None:
    qtbot.mouseClick(page.pass_button, Qt.MouseButton.LeftButton)
    dialog = page.pass_dialog
    assert dialog is not None
    dialog.count.setValue(30)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    dialog.count.setValue(40)
    qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "40 nieuwe passen" in dialog.message.text()
    assert not opened.paths
