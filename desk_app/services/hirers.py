"""Hirers of rooms: organisations and private persons, with a tariff class and invoice address."""

from __future__ import annotations

from dataclasses import dataclass, replace
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.models import Hirer, Role, TariffClass
from desk_app.services.auth import Actor, require_role
from desk_app.services.people import clean_name
from desk_app.services.uow import UnitOfWork


@dataclass(frozen=True)
class HirerDetails:
    """A hirer as the desk enters and shows it."""

    name: str
    tariff_class: TariffClass
    is_organisation: bool = True
    contact_name: str = ""
    email: str = ""
    phone: str = ""
    street: str = ""
    postcode: str = ""
    city: str = ""
    iban: str = ""
    id: UUID | None = None

    @property
    def address(self) -> str:
        """The invoice address in lines."""
        lines = [self.contact_name if self.is_organisation else "", self.street]
        lines.append(f"{self.postcode} {self.city}".strip())
        return "\n".join(line for line in lines if line)


def clean_iban(text: str) -> str:
    """An IBAN in its compact form, checked by its mod-97 check digits; empty stays empty."""
    if not text.strip():
        return ""
    try:
        return str(iban_number.validate(text))
    except ValidationError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het IBAN {iban} klopt niet. Controleer het nummer."),
            iban=text.strip(),
        ) from error


def validated(details: HirerDetails) -> HirerDetails:
    """Trimmed details with a checked name and IBAN, or a Dutch message saying what is wrong."""
    return replace(
        details,
        name=clean_name(details.name),
        contact_name=" ".join(details.contact_name.split()),
        email=details.email.strip(),
        phone=details.phone.strip(),
        street=details.street.strip(),
        postcode=details.postcode.strip().upper(),
        city=details.city.strip(),
        iban=clean_iban(details.iban),
    )


def create_hirer(uow: UnitOfWork, actor: Actor, details: HirerDetails) -> HirerDetails:
    """The desk registers a new hirer."""
    details = validated(details)
    with uow.write() as session:
        require_role(session, actor, Role.RECEPTION)
        hirer = Hirer(
            centre_code=uow.centre_code(session), created_at=uow.now(), **_columns(details)
        )
        session.add(hirer)
        session.flush()
        return replace(details, id=hirer.id)


def hirers(uow: UnitOfWork) -> list[HirerDetails]:
    """Active hirers by name, for the booking dialog."""
    with uow.read() as session:
        rows = session.scalars(select(Hirer).where(Hirer.active).order_by(Hirer.name))
        return [hirer_details(row) for row in rows]


def hirer_details(row: Hirer) -> HirerDetails:
    """A stored hirer as a plain value."""
    return HirerDetails(id=row.id, **{key: getattr(row, key) for key in _columns_of()})


def centre_hirer(session: Session, centre_code: str, centre_name: str, at: object) -> Hirer:
    """The centre itself as the hirer of its own activities (internal tariff, free)."""
    hirer = session.scalars(
        select(Hirer).where(Hirer.tariff_class == TariffClass.INTERNAL).order_by(Hirer.created_at)
    ).first()
    if hirer is None:
        hirer = Hirer(
            centre_code=centre_code,
            created_at=at,
            name=f"{centre_name} (eigen activiteiten)",
            tariff_class=TariffClass.INTERNAL,
        )
        session.add(hirer)
        session.flush()
    return hirer


def _columns_of() -> tuple[str, ...]:
    return (
        "name",
        "tariff_class",
        "is_organisation",
        "contact_name",
        "email",
        "phone",
        "street",
        "postcode",
        "city",
        "iban",
    )


def _columns(details: HirerDetails) -> dict[str, object]:
    return {key: getattr(details, key) for key in _columns_of()}
