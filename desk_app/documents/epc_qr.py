"""The EPC069-12 payment QR code ("GiroCode"): a banking app reads it to fill in a transfer."""

from __future__ import annotations

import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M
from stdnum import iban as iban_number
from stdnum.exceptions import ValidationError

from desk_app.errors import QT_TRANSLATE_NOOP, InvalidInput

MAX_NAME = 70
MAX_REMITTANCE = 140
MAX_PAYLOAD_BYTES = 331
MAX_AMOUNT_CENTS = 999_999_999_99


def epc_qr_payload(
    *,
    name: str,
    iban: str,
    amount_cents: int,
    remittance: str = "",
    reference: str = "",
    bic: str = "",
) -> str:
    """The payload, line by line: BCD, version 002, UTF-8 (1), SCT, BIC (may be empty), name,
    IBAN, amount as ``EUR12.34``, an empty purpose, the structured reference (an RF creditor
    reference) and the unstructured remittance. The standard allows one of the two: with a
    reference the remittance stays empty, and the empty last line is left off.
    """
    try:
        iban = str(iban_number.validate(iban))
    except ValidationError as error:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Het IBAN van het buurthuis ontbreekt of klopt niet.")
        ) from error
    if not 1 <= amount_cents <= MAX_AMOUNT_CENTS:
        raise InvalidInput(
            QT_TRANSLATE_NOOP("Errors", "Een betaalcode kan alleen voor een positief bedrag.")
        )
    lines = [
        "BCD",
        "002",
        "1",
        "SCT",
        bic.strip(),
        " ".join(name.split())[:MAX_NAME],
        iban,
        f"EUR{amount_cents // 100}.{amount_cents % 100:02d}",
        "",
        reference.strip(),
        "" if reference.strip() else remittance.strip()[:MAX_REMITTANCE],
    ]
    payload = "\n".join(lines).rstrip("\n")
    if len(payload.encode("utf-8")) > MAX_PAYLOAD_BYTES:
        raise InvalidInput(QT_TRANSLATE_NOOP("Errors", "De betaalcode wordt te lang."))
    return payload


def qr_png(payload: str, box_size: int = 8) -> bytes:
    """The payload as a PNG QR code, at error-correction level M as the standard asks."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=4)
    code.add_data(payload.encode("utf-8"))
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image().save(buffer)
    return buffer.getvalue()
