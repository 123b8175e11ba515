"""Demo steps for the centre itself: details, rooms, price list, volunteers, visitor passes."""

from __future__ import annotations

from datetime import date, timedelta

from desk_app.codes import CodeKind, new_code
from desk_app.db.rules import bulk_insert
from desk_app.demo import DemoContext
from desk_app.models import Certificate, CertificateKind, Person, Product, Role, Room, VisitorPass
from desk_app.models import VolunteerKind as Kind
from desk_app.services.centre import KNOWN_CENTRES, CentreDetails, set_up_centre
from desk_app.services.pin_hashing import hash_pin

DEMO_MANAGER = ("Sanne de Vries", "123456")
DEMO_DESK_ACCOUNTS = (("Ria Jansen", Role.RECEPTION, "1111"), ("Henk Bakker", Role.BAR, "2222"))
ROOMS = (
    ("Grote zaal", 80, "beamer, geluidsinstallatie, podium"),
    ("Keuken", 14, "kookeilanden, vaatwasser"),
    ("Vergaderkamer", 12, "beamer, whiteboard"),
    ("Leslokaal", 20, "beamer, whiteboard"),
    ("Atelier", 16, "wasbak, werktafels"),
    ("Beweegzaal", 30, "matten, geluidsinstallatie, piano"),
)
PRODUCTS = (  # category, name, price in cents, VAT rate, alcohol
    ("Koffie en thee", "Koffie", 120, 9, False),
    ("Koffie en thee", "Cappuccino", 180, 9, False),
    ("Koffie en thee", "Thee", 100, 9, False),
    ("Koffie en thee", "Warme chocolademelk", 160, 9, False),
    ("Frisdrank", "Cola", 180, 9, False),
    ("Frisdrank", "Sinas", 180, 9, False),
    ("Frisdrank", "Spa blauw", 150, 9, False),
    ("Frisdrank", "Appelsap", 170, 9, False),
    ("Bier", "Pils van de tap", 250, 21, True),
    ("Bier", "Speciaalbier", 350, 21, True),
    ("Bier", "Alcoholvrij bier", 220, 9, False),
    ("Wijn", "Rode wijn", 300, 21, True),
    ("Wijn", "Witte wijn", 300, 21, True),
    ("Eten", "Appeltaart", 250, 9, False),
    ("Eten", "Appeltaart met slagroom", 300, 9, False),
    ("Eten", "Tosti", 250, 9, False),
    ("Eten", "Kop soep", 300, 9, False),
    ("Eten", "Koek", 75, 9, False),
)
FIRST_NAMES = (
    "Anja",
    "Bram",
    "Carla",
    "Dirk",
    "Els",
    "Fatima",
    "Gerrit",
    "Hanna",
    "Ibrahim",
    "Joke",
    "Kees",
    "Lotte",
    "Mohamed",
    "Nel",
    "Olga",
    "Piet",
    "Rachid",
    "Sara",
    "Teun",
    "Ursula",
    "Vera",
    "Willem",
    "Yusuf",
    "Zeynep",
    "Marian",
    "Ton",
    "Greet",
    "Jan",
    "Dewi",
    "Ahmed",
    "Joost",
    "Lies",
)
LAST_NAMES = (
    "de Jong",
    "Jansen",
    "de Vries",
    "van den Berg",
    "Bakker",
    "Visser",
    "Smit",
    "Meijer",
    "de Boer",
    "Mulder",
    "Bos",
    "Vos",
    "Peters",
    "Hendriks",
    "Dekker",
    "Yilmaz",
    "El Amrani",
    "Brouwer",
    "de Graaf",
    "Kuiper",
    "Veenstra",
    "Kaya",
)
TASKS = ("balie", "bar", "keuken", "activiteitenbegeleider", "bhv")
VOLUNTEER_COUNT = 80
PASS_COUNT = 2_100


def centre(context: DemoContext) -> None:
    """The centre, its opening hours and parts of the day, and its social manager."""
    name = context.options.centre
    code = KNOWN_CENTRES.get(name, "DEMO")
    details = CentreDetails(
        name=name,
        code=code,
        street="Voorbeeldlaan 12",
        postcode="1181 AB",
        city="Amstelveen",
        vat_number="NL800000006B01",
        coc_number="41234567",
        iban="NL91ABNA0417164300",
    )
    manager_name, manager_pin = DEMO_MANAGER
    set_up_centre(
        context.uow,
        details,
        manager_name=manager_name,
        manager_pin=manager_pin,
        pin_salt=context.rng.randbytes(16),
    )
    context.centre_code = code
    context.count("buurthuis", 1)


def rooms(context: DemoContext) -> None:
    """Six rooms, from the large hall to the meeting room."""
    with context.uow.write() as tx:
        for name, capacity, facilities in ROOMS:
            tx.session.add(
                Room(
                    centre_code=context.centre_code,
                    name=name,
                    capacity=capacity,
                    facilities=facilities,
                    created_at=tx.now,
                )
            )
    context.count("zalen", len(ROOMS))


def products(context: DemoContext) -> None:
    """The bar's price list, valid from the first demo day."""
    with context.uow.write() as tx:
        for order, (category, name, price, rate, alcohol) in enumerate(PRODUCTS):
            tx.session.add(
                Product(
                    centre_code=context.centre_code,
                    category=category,
                    name=name,
                    price_cents=price,
                    vat_rate=rate,
                    is_alcohol=alcohol,
                    valid_from=context.options.start,
                    valid_to=None,
                    sort_order=order,
                    created_at=tx.now,
                )
            )
    context.count("producten", len(PRODUCTS))


def volunteers(context: DemoContext) -> None:
    """About 80 volunteers of every kind, the desk accounts, and their certificates."""
    rng = context.rng
    with context.uow.write() as tx:
        for name, role, pin in DEMO_DESK_ACCOUNTS:
            tx.session.add(
                _volunteer(context, name, role, ("balie", "bar"), hash_pin(pin, rng.randbytes(16)))
            )
        people = [
            _volunteer(
                context,
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}",
                Role.RECEPTION,
                tuple(rng.sample(TASKS, rng.randint(1, 3))),
                None,
            )
            for _ in range(VOLUNTEER_COUNT - len(DEMO_DESK_ACCOUNTS))
        ]
        tx.session.add_all(people)
        tx.session.flush()
        certificates = [cert for person in people for cert in _certificates(context, person)]
        tx.session.add_all(certificates)
    context.count("vrijwilligers", VOLUNTEER_COUNT)
    context.count("certificaten", len(certificates))


def _volunteer(
    context: DemoContext, name: str, role: Role, tasks: tuple[str, ...], pin_hash: str | None
) -> Person:
    rng = context.rng
    kind = rng.choices((Kind.REGULAR, Kind.SOCIAL_RETURN, Kind.INTERN), (80, 12, 8))[0]
    started = context.options.start - timedelta(days=rng.randint(0, 3_000))
    return Person(
        centre_code=context.centre_code,
        name=name,
        role=role,
        kind=kind,
        tasks=", ".join(sorted(tasks)),
        started_on=started,
        council_member=rng.random() < 0.1,
        badge_code=new_code(CodeKind.VOLUNTEER_BADGE, rng),
        pin_hash=pin_hash,
        created_at=context.uow.now(),
    )


def _certificates(context: DemoContext, person: Person) -> list[Certificate]:
    """Certificates by task: BHV and first aid expire yearly, a VOG after three years."""
    end = context.options.end
    kinds: list[tuple[CertificateKind, int | None]] = []
    if "bhv" in person.tasks:
        kinds += [(CertificateKind.BHV, 365), (CertificateKind.FIRST_AID, 365)]
    if "bar" in person.tasks:
        kinds.append((CertificateKind.IVA, None))
    if "activiteitenbegeleider" in person.tasks:
        kinds.append((CertificateKind.VOG, 3 * 365))
    return [_certificate(context, person, kind, end, valid_days) for kind, valid_days in kinds]


def _certificate(
    context: DemoContext, person: Person, kind: CertificateKind, end: date, valid_days: int | None
) -> Certificate:
    # Issued up to a validity period ago, so some expire within the next weeks.
    issued = end - timedelta(days=context.rng.randint(10, valid_days or 2_000))
    expires = issued + timedelta(days=valid_days) if valid_days else None
    return Certificate(
        centre_code=context.centre_code,
        person_id=person.id,
        kind=kind,
        issued_on=issued,
        expires_on=expires,
        created_at=context.uow.now(),
    )


def passes(context: DemoContext) -> None:
    """Visitor passes, one in ten with a name given with consent."""
    rng = context.rng
    now = context.uow.now()
    rows = []
    for _ in range(PASS_COUNT):
        named = rng.random() < 0.1
        rows.append(
            {
                "id": context.new_id_at(now),
                "centre_code": context.centre_code,
                "created_at": now,
                "code": new_code(CodeKind.VISITOR_PASS, rng),
                "active": True,
                "holder_name": f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                if named
                else None,
                "holder_phone": f"06{rng.randint(10_000_000, 99_999_999)}" if named else None,
                "consent_at": now if named else None,
            }
        )
    with context.uow.write() as tx:
        bulk_insert(tx.session, VisitorPass, rows)
    context.count("bezoekerspassen", PASS_COUNT)
