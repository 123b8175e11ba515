"""What a centre's bar sells when: the demo's baskets by part of the day and weekday."""

from __future__ import annotations

from datetime import date, time
from random import Random

from desk_app.models import Product

Basket = list[tuple[Product, int]]
HOT = ("Koffie", "Koffie", "Koffie", "Cappuccino", "Thee", "Thee", "Warme chocolademelk")
COLD = ("Cola", "Sinas", "Spa blauw", "Appelsap")
CAKE = ("Appeltaart", "Appeltaart", "Appeltaart met slagroom")
BITE = ("Tosti", "Kop soep")
BEER = ("Pils van de tap", "Pils van de tap", "Pils van de tap", "Speciaalbier")
WINE = ("Rode wijn", "Witte wijn")
SUMMER_MONTHS = (7, 8)


def _pick(rng: Random, products: dict[str, Product], names: tuple[str, ...], most: int) -> Basket:
    return [(products[rng.choice(names)], rng.randint(1, most))]


def _morning(rng: Random, products: dict[str, Product]) -> Basket:
    basket = _pick(rng, products, HOT, 3)
    if rng.random() < 0.15:
        basket += [(products["Koek"], rng.randint(1, 2))]
    return basket


def _afternoon(rng: Random, products: dict[str, Product]) -> Basket:
    basket = _pick(rng, products, HOT, 2) if rng.random() < 0.75 else []
    for names, chance in ((CAKE, 0.35), (COLD, 0.25), (BITE, 0.1)):
        if rng.random() < chance or not basket:
            basket += _pick(rng, products, names, 2)
    return basket


def _evening(rng: Random, products: dict[str, Product]) -> Basket:
    roll = rng.random()
    if roll < 0.6:
        basket = _pick(rng, products, BEER, 4)
    elif roll < 0.85:
        basket = _pick(rng, products, WINE, 2)
    else:
        basket = _pick(rng, products, (*COLD, "Alcoholvrij bier"), 3)
    if rng.random() < 0.25:
        basket += _pick(rng, products, HOT, 2)
    return basket


def _moments(rng: Random, count: int, start: int, end: int) -> list[time]:
    minutes = sorted(rng.randint(start * 60, end * 60 - 1) for _ in range(count))
    return [time(m // 60, m % 60, rng.randint(0, 59)) for m in minutes]


def basket_for(rng: Random, day: date, products: dict[str, Product]) -> list[tuple[time, Basket]]:
    """The day's sales in order: a quieter summer and weekend, no evening at the weekend."""
    scale = 0.8 if day.month in SUMMER_MONTHS else 1.0
    weekend = day.weekday() >= 5
    parts = (
        (_morning, 9, 12, (8, 14) if weekend else (15, 25)),
        (_afternoon, 13, 17, (12, 18) if weekend else (15, 23)),
        (_evening, 12 if weekend else 19, 17 if weekend else 22, (2, 6) if weekend else (6, 12)),
    )
    sales: list[tuple[time, Basket]] = []
    for make, start, end, (low, high) in parts:
        count = round(rng.randint(low, high) * scale)
        sales += [(at, make(rng, products)) for at in _moments(rng, count, start, end)]
    return sorted(sales, key=lambda sale: sale[0])
