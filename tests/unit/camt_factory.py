"""CAMT.053 statements built in the tests, in the shape a Dutch bank exports them."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from xml.sax.saxutils import escape

CENTRE_IBAN = "NL91ABNA0417164300"
V02 = "urn:iso:std:iso:20022:tech:xsd:camt.053.001.02"
XSD_V02 = Path(__file__).parents[1] / "data" / "camt" / "camt.053.001.02.xsd"


@dataclass(frozen=True)
class Line:
    """One entry: ``cents`` in, or out with ``debit``; a return carries its reason code."""

    ref: str
    cents: int
    name: str
    reference: str = ""
    text: str = ""
    debit: bool = False
    return_reason: str = ""
    booked_on: str = "2026-03-02"
    end_to_end: str = ""


def statement(
    lines: list[Line], *, iban: str = CENTRE_IBAN, namespace: str = V02, stmt_id: str = "ST-1"
) -> bytes:
    """A whole camt.053.001.02 document holding ``lines`` for the account ``iban``."""
    entries = "".join(_entry(line) for line in lines)
    return (
        f'<?xml version="1.0" encoding="UTF-8"?>\n<Document xmlns="{namespace}">'
        "<BkToCstmrStmt><GrpHdr><MsgId>MSG-1</MsgId><CreDtTm>2026-03-02T18:00:00</CreDtTm>"
        f"</GrpHdr><Stmt><Id>{stmt_id}</Id><CreDtTm>2026-03-02T18:00:00</CreDtTm>"
        f"<Acct><Id><IBAN>{iban}</IBAN></Id><Ccy>EUR</Ccy></Acct>"
        "<Bal><Tp><CdOrPrtry><Cd>OPBD</Cd></CdOrPrtry></Tp>"
        '<Amt Ccy="EUR">1000.00</Amt><CdtDbtInd>CRDT</CdtDbtInd><Dt><Dt>2026-03-01</Dt></Dt>'
        f"</Bal>{entries}</Stmt></BkToCstmrStmt></Document>"
    ).encode()


def _entry(line: Line) -> str:
    side = "DBIT" if line.debit else "CRDT"
    party = "Cdtr" if line.debit else "Dbtr"
    amount = f"{line.cents // 100}.{line.cents % 100:02d}"
    return (
        f'<Ntry><Amt Ccy="EUR">{amount}</Amt><CdtDbtInd>{side}</CdtDbtInd><Sts>BOOK</Sts>'
        f"<BookgDt><Dt>{line.booked_on}</Dt></BookgDt><AcctSvcrRef>{line.ref}</AcctSvcrRef>"
        "<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly>"
        "</Domn></BkTxCd><NtryDtls><TxDtls>"
        f"{_refs(line)}"
        f"<RltdPties><{party}><Nm>{escape(line.name)}</Nm></{party}></RltdPties>"
        f"{_remittance(line)}{_return(line)}</TxDtls></NtryDtls></Ntry>"
    )


def _remittance(line: Line) -> str:
    if not line.text and not line.reference:
        return ""
    text = f"<Ustrd>{escape(line.text)}</Ustrd>" if line.text else ""
    structured = (
        "<Strd><CdtrRefInf><Tp><CdOrPrtry><Cd>SCOR</Cd></CdOrPrtry><Issr>ISO</Issr></Tp>"
        f"<Ref>{line.reference}</Ref></CdtrRefInf></Strd>"
        if line.reference
        else ""
    )
    return f"<RmtInf>{text}{structured}</RmtInf>"


def _return(line: Line) -> str:
    if not line.return_reason:
        return ""
    return f"<RtrInf><Rsn><Cd>{line.return_reason}</Cd></Rsn></RtrInf>"


def _refs(line: Line) -> str:
    return f"<Refs><EndToEndId>{line.end_to_end}</EndToEndId></Refs>" if line.end_to_end else ""
