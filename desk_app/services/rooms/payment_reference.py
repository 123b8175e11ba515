"""The RF creditor reference (ISO 11649) of an invoice: made from its number, read back to it.

The reference is ``RF``, two check digits and the centre's code followed by the gapless
number (at least six digits), so a bank transfer names exactly one invoice of one centre.
"""

from __future__ import annotations

from stdnum import iso11649
from stdnum.exceptions import ValidationError
from stdnum.iso7064 import mod_97_10


def payment_reference(centre_code: str, number: int) -> str:
    """The invoice's RF reference in its compact form, for example ``RF18MEE000001``."""
    body = f"{centre_code.upper()}{number:06d}"
    reference = f"RF{mod_97_10.calc_check_digits(body + 'RF')}{body}"
    return str(iso11649.validate(reference))


def printed_reference(reference: str) -> str:
    """The reference in groups of four, as it is printed for a person to type over."""
    return str(iso11649.format(reference))


def invoice_number_of(reference: str, centre_code: str) -> int | None:
    """The invoice number a reference names for this centre, or ``None`` when it names none.

    Spaces and lower case are forgiven; a wrong check digit or another centre's code is not.
    """
    try:
        compact = str(iso11649.validate(reference))
    except ValidationError:
        return None
    body, code = compact[4:], centre_code.upper()
    digits = body[len(code) :]
    if not body.startswith(code) or len(digits) < 6 or not digits.isdigit():
        return None
    return int(digits)
