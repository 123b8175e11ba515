"""A restore is a manager's, audited, and never undoes an erasure or a new PIN made since."""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from sqlalchemy import select, update

from desk_app.bootstrap import Desk, open_desk, restore_backup
from desk_app.cli import main
from desk_app.errors import NotAllowed
from desk_app.models import AuditEntry, Role, SignUp, VisitorPass
from desk_app.services import backups, people
from desk_app.services.activities import signups
from desk_app.services.auth import Actor, authenticate
from desk_app.services.living_room import passes
from desk_app.services.restore import ManagerPin, SignIn
from desk_app.services.uow import UnitOfWork
from tests.conftest import MANAGER_PIN
from tests.unit.factories import signed_by, volunteer
from tests.unit.test_activity_signups import plan_session

NEW_MANAGER_PIN = "975310"


@contextmanager
def reopened(desk: Desk) -> Iterator[UnitOfWork]:
    """The data folder's database as the desk opens it after the restore."""
    again = open_desk(desk.folder)
    try:
        yield again.uow
    finally:
        again.close()


def _named_pass(uow: UnitOfWork, manager: Actor) -> str:
    [code] = passes.issue_passes(uow, manager, 1, passes.Holder("Truus Bos", "0612345678", True))
    return code


def _holder(uow: UnitOfWork, code: str) -> tuple[str | None, str | None]:
    with uow.read() as tx:
        row = tx.session.execute(
            select(VisitorPass.holder_name, VisitorPass.holder_phone).where(
                VisitorPass.code == code
            )
        ).one()
    return row.holder_name, row.holder_phone


def _restore_entries(uow: UnitOfWork) -> list[tuple[str, dict[str, object]]]:
    with uow.read() as tx:
        rows = tx.session.execute(
            select(AuditEntry.actor_name, AuditEntry.after_json).where(
                AuditEntry.action == "backup.restore"
            )
        ).all()
    return [(row.actor_name, json.loads(row.after_json)) for row in rows]


def test_what_was_erased_or_reset_since_the_backup_stays_so(desk: Desk, manager: Actor) -> None:
    henk = volunteer(desk.uow, manager, name="Henk Bakker", role=Role.BAR, pin="2222")
    code = _named_pass(desk.uow, manager)
    session = plan_session(desk.uow, manager)
    signups.sign_up_name(desk.uow, manager, session, "Nel Smit")
    copy = backups.take_backup(desk.database, desk.folder.backups, desk.uow.now())
    people.reset_pin(desk.uow, manager, henk.person_id, "9876")  # 2222 had leaked
    people.choose_own_pin(desk.uow, manager, NEW_MANAGER_PIN)
    passes.erase_visitor(desk.uow, manager, code)
    with desk.uow.write() as tx:  # the retention's erasure of a sign-up name
        tx.session.execute(update(SignUp).values(name=None))
    desk.close()
    sanne_now = signed_by(manager.person_id, NEW_MANAGER_PIN)  # she types her current PIN
    restored = restore_backup(desk.folder, copy, desk.uow.now(), sanne_now)
    assert restored.since is not None
    assert (restored.since.erased_passes, restored.since.erased_signups) == (1, 1)
    assert restored.since.void_pins == ("Henk Bakker",)
    with reopened(desk) as uow:
        assert _holder(uow, code) == (None, None)
        with uow.read() as tx:
            assert tx.session.scalars(select(SignUp.name)).all() == [None]
        with pytest.raises(NotAllowed, match="geldt niet meer"):
            authenticate(uow, henk.person_id, "2222")
        with pytest.raises(NotAllowed, match="Onjuiste pincode"):
            authenticate(uow, manager.person_id, MANAGER_PIN)  # her old PIN no longer
        sanne = authenticate(uow, manager.person_id, NEW_MANAGER_PIN)  # the one she typed
        people.reset_pin(uow, sanne, henk.person_id, "4680")
        assert authenticate(uow, henk.person_id, "4680").name == "Henk Bakker"
        [(signer, details)] = _restore_entries(uow)
    assert signer == "Sanne de Vries"
    assert details["erased_passes"] == 1
    assert details["void_pins"] == ["Henk Bakker"]
    assert details["signed_with_backup_pin"] is False


def test_the_command_asks_a_managers_pin_and_reports(
    desk: Desk, manager: Actor, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    code = _named_pass(desk.uow, manager)
    henk = volunteer(desk.uow, manager, name="Henk Bakker", role=Role.BAR, pin="2222")
    copy = backups.take_backup(desk.database, desk.folder.backups, desk.uow.now())
    passes.erase_visitor(desk.uow, manager, code)
    people.reset_pin(desk.uow, manager, henk.person_id, "9876")
    desk.close()
    argv = ["--data-dir", str(desk.folder.root), "restore", str(copy)]
    monkeypatch.setattr("getpass.getpass", lambda _prompt: "000000")
    assert main(argv) == 2
    assert "Onjuiste pincode" in capsys.readouterr().err
    assert not desk.folder.replaced.exists()
    assert not list(desk.folder.root.glob("*.restoring*"))
    with reopened(desk) as uow:  # still the database in use
        assert _holder(uow, code) == (None, None)
        assert _restore_entries(uow) == []
    monkeypatch.setattr("getpass.getpass", lambda _prompt: MANAGER_PIN)
    assert main(argv) == 0
    out = capsys.readouterr().out
    assert "de gegevens van 1 bezoekerspas(sen)" in out
    assert "De pincode van Henk Bakker was na de reservekopie gewijzigd" in out
    with reopened(desk) as uow:
        assert _holder(uow, code) == (None, None)
        assert [name for name, _ in _restore_entries(uow)] == ["Sanne de Vries"]


def test_a_damaged_database_is_signed_with_the_backups_pin_and_not_read(
    desk: Desk, manager: Actor
) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, desk.uow.now())
    desk.close()
    desk.folder.database.write_bytes(b"kapot " * 2000)
    asked: list[bool] = []

    def sign_in(uow: UnitOfWork, in_backup: bool) -> ManagerPin:
        asked.append(in_backup)
        return ManagerPin(manager.person_id, MANAGER_PIN)

    restored = restore_backup(desk.folder, copy, desk.uow.now(), sign_in)
    assert asked == [True]
    assert not list(desk.folder.root.glob("*.restoring*"))
    assert restored.since is not None
    assert not restored.since.read
    with reopened(desk) as uow:
        [(_, details)] = _restore_entries(uow)
    assert details["signed_with_backup_pin"] is True
    assert details["replaced_read"] is False


def test_a_managers_old_pin_stays_where_voiding_it_would_lock_everyone_out(
    desk: Desk, manager: Actor
) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, desk.uow.now())
    piet = volunteer(desk.uow, manager, name="Piet Visser", role=Role.MANAGER, pin="246802")
    people.choose_own_pin(desk.uow, manager, NEW_MANAGER_PIN)
    desk.close()
    # Piet signs; the backup does not know him, and voiding Sanne's old PIN would leave none.
    piet_signs = signed_by(piet.person_id, "246802")
    restored = restore_backup(desk.folder, copy, desk.uow.now(), piet_signs)
    assert restored.since is not None
    assert restored.since.old_pins_kept == ("Sanne de Vries",)
    with reopened(desk) as uow:
        assert authenticate(uow, manager.person_id, MANAGER_PIN).role is Role.MANAGER
        [(signer, _)] = _restore_entries(uow)
    assert signer == "Piet Visser"


def test_a_wrong_pin_restores_nothing(desk: Desk, manager: Actor) -> None:
    copy = backups.take_backup(desk.database, desk.folder.backups, desk.uow.now())
    code = _named_pass(desk.uow, manager)
    desk.close()
    wrong: SignIn = signed_by(manager.person_id, "000000")
    with pytest.raises(NotAllowed, match="Onjuiste pincode"):
        restore_backup(desk.folder, copy, desk.uow.now(), wrong)
    assert not desk.folder.replaced.exists()
    with reopened(desk) as uow:
        assert _holder(uow, code) == ("Truus Bos", "0612345678")  # still the database in use
