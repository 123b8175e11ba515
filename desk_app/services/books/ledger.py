"""Which ledger account each kind of amount goes to, with defaults after the RGS reference chart.

The export takes a :class:`Ledger`, so the office can hand in its own mapping; the default
numbers are a common Dutch small-business layout, each account carrying its RGS code.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from desk_app.kinds import PaymentMethod, SettlementMethod


class AccountKind(enum.StrEnum):
    """Balance sheet or profit and loss, as the audit file's ``accTp`` names them."""

    BALANCE = "B"
    PROFIT_LOSS = "P"


@dataclass(frozen=True)
class Account:
    """One ledger account: its number, Dutch name, kind and RGS reference code."""

    number: str
    name: str
    kind: AccountKind
    rgs: str


def _balance(number: str, name: str, rgs: str) -> Account:
    return Account(number, name, AccountKind.BALANCE, rgs)


def _result(number: str, name: str, rgs: str) -> Account:
    return Account(number, name, AccountKind.PROFIT_LOSS, rgs)


# The RGS codes are level-4 reference accounts of RGS MKB 3.7 (tests/unit/rgs_reference.csv).
CASH = _balance("1000", "Kas", "BLimKasKas")
BANK = _balance("1100", "Bank", "BLimBanRba")
CARD_CLEARING = _balance("1090", "Kruisposten pinbetalingen", "BLimKruPib")
DEBTORS = _balance("1300", "Debiteuren", "BVorDebHad")
TO_INVOICE = _balance("1350", "Nog te factureren baromzet op rekening", "BVorOvaNtf")
COFFEE_CARDS = _balance("1600", "Tegoed koffiekaarten (vooruitontvangen)", "BSchOvsVou")
MULTI_VISIT_CARDS = _balance("1610", "Tegoed strippenkaarten (vooruitontvangen)", "BSchOvsVou")
VAT_HIGH = _balance("1810", "Af te dragen btw hoog tarief", "BSchBepBla")
VAT_LOW = _balance("1820", "Af te dragen btw laag tarief", "BSchBepBlv")
BAR_LOW = _result("8000", "Baromzet btw laag", "WOmzNohOlv")
BAR_HIGH = _result("8010", "Baromzet btw hoog", "WOmzNohOlh")
BAR_EXEMPT = _result("8020", "Baromzet zonder btw", "WOmzNohNod")
ROOMS_EXEMPT = _result("8100", "Zaalhuur vrijgesteld van btw", "WOmzNodNod")
ROOMS_LOW = _result("8110", "Zaalhuur btw laag", "WOmzNodOdl")
ROOMS_HIGH = _result("8120", "Zaalhuur btw hoog", "WOmzNodOdh")
ACTIVITIES_LOW = _result("8200", "Deelnemersbijdragen activiteiten btw laag", "WOmzNodOdl")
ACTIVITIES_HIGH = _result("8210", "Deelnemersbijdragen activiteiten btw hoog", "WOmzNodOdh")
ACTIVITIES_EXEMPT = _result("8220", "Deelnemersbijdragen activiteiten zonder btw", "WOmzNodNod")
VOLUNTEER_DRINKS = _result("4200", "Consumpties vrijwilligers", "WBedOvpMlv")
PAID_OUT = _result("4800", "Kasuitgaven", "WBedAlkOal")
CASH_DIFFERENCES = _result("4900", "Kasverschillen", "WBedAdlKav")
CASH_ROUNDING = _result("4910", "Afrondingsverschillen contant", "WBedAdlBet")
BAD_DEBTS = _result("4950", "Afgeboekte debiteuren", "WBedVkkAdd")


@dataclass(frozen=True)
class Ledger:
    """The mapping the export follows; every field names an account in ``accounts``."""

    cash: Account = CASH
    bank: Account = BANK
    card_clearing: Account = CARD_CLEARING
    debtors: Account = DEBTORS
    to_invoice: Account = TO_INVOICE
    coffee_cards: Account = COFFEE_CARDS
    multi_visit_cards: Account = MULTI_VISIT_CARDS
    vat: dict[int, Account] = field(default_factory=lambda: {9: VAT_LOW, 21: VAT_HIGH})
    bar: dict[int, Account] = field(
        default_factory=lambda: {0: BAR_EXEMPT, 9: BAR_LOW, 21: BAR_HIGH}
    )
    rooms: dict[int, Account] = field(
        default_factory=lambda: {0: ROOMS_EXEMPT, 9: ROOMS_LOW, 21: ROOMS_HIGH}
    )
    activities: dict[int, Account] = field(
        default_factory=lambda: {0: ACTIVITIES_EXEMPT, 9: ACTIVITIES_LOW, 21: ACTIVITIES_HIGH}
    )
    volunteer_drinks: Account = VOLUNTEER_DRINKS
    paid_out: Account = PAID_OUT
    cash_differences: Account = CASH_DIFFERENCES
    cash_rounding: Account = CASH_ROUNDING
    bad_debts: Account = BAD_DEBTS

    def for_sale_payment(self, method: PaymentMethod) -> Account:
        """Where a till payment goes: the drawer, card clearing, debtors or a cost."""
        return {
            PaymentMethod.CASH: self.cash,
            PaymentMethod.CARD: self.card_clearing,
            PaymentMethod.ON_ACCOUNT: self.to_invoice,
            PaymentMethod.VOLUNTEER: self.volunteer_drinks,
            PaymentMethod.COFFEE_CARD: self.coffee_cards,
        }[method]

    def for_settlement(self, method: SettlementMethod) -> Account:
        """Where money against an invoice came in, or the cost of writing it off."""
        return {
            SettlementMethod.BANK: self.bank,
            SettlementMethod.DIRECT_DEBIT: self.bank,
            SettlementMethod.CASH: self.cash,
            SettlementMethod.CARD: self.card_clearing,
            SettlementMethod.WRITE_OFF: self.bad_debts,
        }[method]

    def accounts(self) -> list[Account]:
        """Every account the mapping uses, once each, by number."""
        single = [
            self.cash, self.bank, self.card_clearing, self.debtors, self.to_invoice,
            self.coffee_cards, self.multi_visit_cards, self.volunteer_drinks, self.paid_out,
            self.cash_differences, self.cash_rounding, self.bad_debts,
        ]  # fmt: skip
        found = {a.number: a for a in [*single, *self.vat.values(), *self.bar.values()]}
        found.update({a.number: a for a in [*self.rooms.values(), *self.activities.values()]})
        return sorted(found.values(), key=lambda account: account.number)


DEFAULT_LEDGER = Ledger()
