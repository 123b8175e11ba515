"""Hirers of rooms: organisations and private persons, with a tariff class and invoice address."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from sqlalchemy import select
from sqlalchemy.orm import Session
from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput
from desk_app.formatting import LOCAL_ZONE
from desk_app.models import Hirer, Role, TariffClass
from desk_app.services.auth import Actor, require_role
from desk_app.services.people import clean_name
from desk_app.services.rooms.hirer_identifiers import (
    clean_peppol_id,
    clean_registration,
    require_e_invoice_address,
)
from desk_app.services.rooms.mandates import clean_mandate
from desk_app.services.uow import UnitOfWork

# The hirer's columns the desk enters, in the order of HirerDetails.
HIRER_COLUMNS = (
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
    "e_invoicing",
    "registration_number",
    "peppol_id",
    "mandate_reference",
    "mandate_signed_on",
    "mandate_first",
)


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
    e_invoicing: bool = False
    registration_number: str = ""
    peppol_id: str = ""
    # A SEPA direct-debit mandate on ``iban`` (see ``mandates.py``); empty means none.
    mandate_reference: str = ""
    mandate_signed_on: date | None = None
    mandate_first: bool = True
    id: UUID | None = None
    active: bool = True

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


def validated(details: HirerDetails, today: date) -> HirerDetails:
    """Trimmed, checked details (name, IBAN, mandate, e-invoicing), or a Dutch message."""
    iban = clean_iban(details.iban)
    reference, signed_on = clean_mandate(
        details.mandate_reference, details.mandate_signed_on, iban, today
    )
    registration = clean_registration(details.registration_number)
    cleaned = replace(
        details,
        name=clean_name(details.name),
        contact_name=" ".join(details.contact_name.split()),
        email=details.email.strip(),
        phone=" ".join(details.phone.split()),
        street=" ".join(details.street.split()),
        postcode=" ".join(details.postcode.split()).upper(),
        city=" ".join(details.city.split()),
        iban=iban,
        mandate_reference=reference,
        mandate_signed_on=signed_on,
        registration_number=registration,
        peppol_id=clean_peppol_id(details.peppol_id, registration),
    )
    check_contact(cleaned)
    if cleaned.e_invoicing:
        full_address = all((cleaned.street, cleaned.postcode, cleaned.city))
        require_e_invoice_address(cleaned.is_organisation, registration, full_address=full_address)
    return cleaned


_CONTACT_LIMITS: dict[str, tuple[int, str]] = {
    "contact_name": (
        120,
        QT_TRANSLATE_NOOP(
            "Errors", "De contactpersoon mag hoogstens {max} leesbare tekens hebben."
        ),
    ),
    "street": (
        120,
        QT_TRANSLATE_NOOP("Errors", "De straat mag hoogstens {max} leesbare tekens hebben."),
    ),
    "postcode": (
        10,
        QT_TRANSLATE_NOOP("Errors", "De postcode mag hoogstens {max} leesbare tekens hebben."),
    ),
    "city": (
        120,
        QT_TRANSLATE_NOOP("Errors", "De plaats mag hoogstens {max} leesbare tekens hebben."),
    ),
    "email": (
        120,
        QT_TRANSLATE_NOOP("Errors", "Het e-mailadres mag hoogstens {max} tekens hebben."),
    ),
    "phone": (
        32,
        QT_TRANSLATE_NOOP("Errors", "Het telefoonnummer mag hoogstens {max} tekens hebben."),
    ),
}


def check_contact(details: HirerDetails) -> None:
    """Refuse contact fields longer than their columns, unreadable, or an e-mail without ``@``."""
    for key, (limit, message) in _CONTACT_LIMITS.items():
        value = str(getattr(details, key))
        if len(value) > limit or not value.isprintable():
            raise InvalidInput(message, max=limit)
    email = details.email
    if email and (email.count("@") != 1 or " " in email or email.endswith("@")):
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het e-mailadres {email} klopt niet."), email=email
        )


def create_hirer(uow: UnitOfWork, actor: Actor, details: HirerDetails) -> HirerDetails:
    """The desk registers a new hirer; only the manager gives one the free internal tariff."""
    details = validated(details, uow.now().astimezone(LOCAL_ZONE).date())
    with uow.write() as tx:
        needed = Role.MANAGER if details.tariff_class is TariffClass.INTERNAL else Role.RECEPTION
        require_role(tx, actor, needed)
        hirer = Hirer(centre_code=tx.centre_code(), created_at=tx.now, **_columns(details))
        tx.session.add(hirer)
        tx.session.flush()
        return replace(details, id=hirer.id)


def hirers(uow: UnitOfWork) -> list[HirerDetails]:
    """Active hirers by name, for the booking dialog."""
    with uow.read() as tx:
        rows = tx.session.scalars(select(Hirer).where(Hirer.active).order_by(Hirer.name))
        return [hirer_details(row) for row in rows]


def all_hirers(uow: UnitOfWork) -> list[HirerDetails]:
    """Every hirer, active or not, by name: the desk's list of hirers."""
    with uow.read() as tx:
        return [
            hirer_details(row) for row in tx.session.scalars(select(Hirer).order_by(Hirer.name))
        ]


def hirer_details(row: Hirer) -> HirerDetails:
    """A stored hirer as a plain value."""
    columns = {key: getattr(row, key) for key in HIRER_COLUMNS}
    return HirerDetails(id=row.id, active=row.active, **columns)


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


def _columns(details: HirerDetails) -> dict[str, object]:
    return {key: getattr(details, key) for key in HIRER_COLUMNS}
