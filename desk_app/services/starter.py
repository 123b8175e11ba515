"""What a new centre starts with: a price list, rooms, the opening float and a receipt printer.

The first-run wizard offers these as editable suggestions; :func:`store_start` writes what
the person kept in the same transaction as the centre itself, so nothing is half set up.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date

from sqlalchemy.orm import Session

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput, Money
from desk_app.formatting import to_local
from desk_app.models import Person, Product, Room, RoomRate, TariffClass
from desk_app.services import audit
from desk_app.services.rooms.room_admin import RoomDraft
from desk_app.services.rooms.room_admin import validated as validated_room
from desk_app.services.stored_settings import read_setting, write_setting
from desk_app.services.till.pricing import ProductDraft
from desk_app.services.till.pricing import validated as validated_product
from desk_app.services.till.settings import PrinterConfig, TillSettings, write_settings
from desk_app.services.uow import Transaction

FLOAT_KEY = "day_close.first_float"
DEFAULT_FLOAT_CENTS = 10_000
MAX_FLOAT_CENTS = 100_000  # more than € 1.000 in a community centre's drawer is a typing error
CASH_STEP_CENTS = 5  # Dutch cash is rounded to 5 cents: the drawer holds no 1 and 2 cent coins
MAX_ROOM_CENTS = 50_000
COMMERCIAL_FACTOR = 2  # businesses pay about twice the social rate, with 21 % VAT
HOURS_PER_PART = 3  # the hourly rate is a third of a part of the day, as the demo has it


@dataclass(frozen=True)
class StarterProduct:
    """A product of the suggested price list; the price includes VAT."""

    category: str
    name: str
    price_cents: int
    vat_rate: int
    is_alcohol: bool = False


@dataclass(frozen=True)
class StarterRoom:
    """A suggested room with its social rate per part of the day (VAT-exempt)."""

    name: str
    capacity: int
    part_of_day_cents: int


@dataclass(frozen=True)
class StartingPoint:
    """What the person kept of the suggestions, and the float and printer they chose."""

    products: tuple[StarterProduct, ...] = ()
    rooms: tuple[StarterRoom, ...] = ()
    opening_float_cents: int = DEFAULT_FLOAT_CENTS
    printer: PrinterConfig = field(default_factory=PrinterConfig)


# Usual prices of a Dutch community centre's bar: food and soft drinks 9 %, alcohol 21 %.
STARTER_PRODUCTS = (
    StarterProduct("Koffie en thee", "Koffie", 120, 9),
    StarterProduct("Koffie en thee", "Thee", 100, 9),
    StarterProduct("Koffie en thee", "Cappuccino", 180, 9),
    StarterProduct("Koffie en thee", "Chocolademelk", 160, 9),
    StarterProduct("Frisdrank", "Cola", 180, 9),
    StarterProduct("Frisdrank", "Sinas", 180, 9),
    StarterProduct("Frisdrank", "Spa blauw", 150, 9),
    StarterProduct("Frisdrank", "Appelsap", 170, 9),
    StarterProduct("Bier", "Pils", 250, 21, is_alcohol=True),
    StarterProduct("Bier", "Alcoholvrij bier", 220, 9),
    StarterProduct("Wijn", "Rode wijn", 300, 21, is_alcohol=True),
    StarterProduct("Wijn", "Witte wijn", 300, 21, is_alcohol=True),
    StarterProduct("Snacks", "Koek", 75, 9),
    StarterProduct("Snacks", "Appeltaart", 250, 9),
    StarterProduct("Snacks", "Tosti", 250, 9),
    StarterProduct("Snacks", "Chips", 100, 9),
)
STARTER_ROOMS = (
    StarterRoom("Grote zaal", 80, 6000),
    StarterRoom("Vergaderkamer", 12, 2500),
    StarterRoom("Activiteitenruimte", 25, 3500),
    StarterRoom("Keuken", 14, 3000),
)


def check_float(cents: int) -> int:
    """The opening float, or a Dutch message: whole 5 cents, between nothing and € 1.000."""
    if not 0 <= cents <= MAX_FLOAT_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het wisselgeld ligt tussen € 0 en {max}."),
            max=Money(MAX_FLOAT_CENTS),
        )
    if cents % CASH_STEP_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Het wisselgeld is een veelvoud van 5 cent, bijvoorbeeld € 100,00."
            )
        )
    return cents


def check_printer(printer: PrinterConfig) -> PrinterConfig:
    """A printer the till can open, or a Dutch message saying what is missing."""
    if printer.kind == "network":
        host = printer.host.strip()
        if not host or " " in host or not 0 < printer.port < 65_536:
            raise InvalidInput(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Vul het netwerkadres van de bonprinter in, bijvoorbeeld 192.168.1.50.",
                )
            )
        return replace(printer, host=host)
    if printer.kind == "usb" and (printer.usb_vendor <= 0 or printer.usb_product <= 0):
        raise InvalidInput(
            QT_TRANSLATE_NOOP(
                "Errors", "Vul de USB-nummers van de bonprinter in, bijvoorbeeld 04b8 en 0e15."
            )
        )
    if printer.kind not in ("none", "network", "usb"):
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "Deze bonprinter-instelling bestaat niet."))
    return printer


def validated(start: StartingPoint) -> StartingPoint:
    """Every suggestion kept checked as the manager's own editors check it; nothing stored."""
    products = tuple(_checked_product(product) for product in start.products)
    rooms = tuple(_checked_room(room) for room in start.rooms)
    names = [room.name.casefold() for room in rooms]
    if len(set(names)) != len(names):
        double = next(room.name for room in rooms if names.count(room.name.casefold()) > 1)
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Er is al een zaal met de naam {name}."), name=double
        )
    return StartingPoint(
        products, rooms, check_float(start.opening_float_cents), check_printer(start.printer)
    )


def _checked_product(product: StarterProduct) -> StarterProduct:
    draft = ProductDraft(
        product.category,
        product.name,
        product.price_cents,
        product.vat_rate,
        product.is_alcohol,
        valid_from=date.min,  # only the start of a price's validity; checked for its order
    )
    draft = validated_product(draft)
    return StarterProduct(
        draft.category, draft.name, draft.price_cents, draft.vat_rate, draft.is_alcohol
    )


def _checked_room(room: StarterRoom) -> StarterRoom:
    draft = validated_room(RoomDraft(room.name, room.capacity))
    if not 0 <= room.part_of_day_cents <= MAX_ROOM_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het tarief van zaal {name} ligt tussen € 0 en {max}."),
            name=draft.name,
            max=Money(MAX_ROOM_CENTS),
        )
    return StarterRoom(draft.name, draft.capacity, room.part_of_day_cents)


def store_start(tx: Transaction, manager: Person, start: StartingPoint) -> None:
    """Write a validated starting point in the caller's transaction, audited as the manager."""
    for order, product in enumerate(start.products):
        _add_product(tx, manager, product, order)
    for room in start.rooms:
        _add_room(tx, manager, room)
    write_settings(tx.session, TillSettings(printer=start.printer))
    write_setting(tx.session, FLOAT_KEY, start.opening_float_cents)


def first_float(session: Session) -> int:
    """The float the centre started with, for the day before its first close."""
    return int(read_setting(session, FLOAT_KEY, 0))


def _add_product(tx: Transaction, manager: Person, product: StarterProduct, order: int) -> None:
    row = Product(
        centre_code=manager.centre_code,
        created_at=tx.now,
        category=product.category,
        name=product.name,
        price_cents=product.price_cents,
        vat_rate=product.vat_rate,
        is_alcohol=product.is_alcohol,
        valid_from=to_local(tx.now).date(),
        valid_to=None,
        sort_order=order,
    )
    tx.session.add(row)
    _audit(tx, manager, "product.create", product.name, {"price_cents": product.price_cents})


def _add_room(tx: Transaction, manager: Person, room: StarterRoom) -> None:
    row = Room(
        centre_code=manager.centre_code,
        created_at=tx.now,
        name=room.name,
        capacity=room.capacity,
        facilities="",
    )
    tx.session.add(row)
    tx.session.flush()
    _audit(tx, manager, "room.create", room.name, {"capacity": room.capacity})
    for tariff, part, vat in (
        (TariffClass.SOCIAL, room.part_of_day_cents, 0),
        (TariffClass.COMMERCIAL, room.part_of_day_cents * COMMERCIAL_FACTOR, 21),
    ):
        tx.session.add(
            RoomRate(
                centre_code=manager.centre_code,
                created_at=tx.now,
                room_id=row.id,
                tariff_class=tariff,
                part_of_day_cents=part,
                hour_cents=part // HOURS_PER_PART,
                vat_rate=vat,
            )
        )
        after: dict[str, object] = {
            "tariff": tariff.value,
            "part_of_day_cents": part,
            "vat_rate": vat,
        }
        _audit(tx, manager, "room.rate", room.name, after)


def _audit(
    tx: Transaction, manager: Person, action: str, subject: str, after: dict[str, object]
) -> None:
    audit.record(
        tx.session,
        centre_code=manager.centre_code,
        actor=manager,
        action=action,
        subject=subject,
        at=tx.now,
        after=after,
    )
