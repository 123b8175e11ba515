"""The raw copy of a batch: read back as sent, and refused when it no longer matches."""

from __future__ import annotations

import uuid
import zlib

import pytest

from desk_app.central.raw import DamagedCopy, pack, unpack
from desk_app.wire.rows import OutgoingRow

ODD = 'Jan\t"de"\nVries \\ van\r Dijk é'


def _rows() -> list[OutgoingRow]:
    person = uuid.uuid4()
    values = {"id": person.hex, "centre_code": "MEE", "name": ODD, "active": True}
    return [
        OutgoingRow(7, "person", person.hex, "insert", values),
        OutgoingRow(8, "visit", str(uuid.uuid4()), "update", None),
        OutgoingRow(9, "person", person.hex, "update", values),
    ]


def test_a_batch_reads_back_as_it_was_sent() -> None:
    rows = _rows()
    packed = pack(rows)
    assert packed.first_seq == 7
    back = unpack(packed.body, packed.sha256)
    assert [(r.seq, r.table_name, r.row_id, r.operation, r.values) for r in back] == [
        (r.seq, r.table_name, r.row_id, r.operation, r.values) for r in rows
    ]
    assert back[0].values is not None
    assert back[0].values["name"] == ODD


def test_a_copy_that_no_longer_matches_its_checksum_is_refused() -> None:
    packed = pack(_rows())
    changed = zlib.decompress(packed.body).replace(b'"MEE"', b'"WES"')
    with pytest.raises(DamagedCopy):
        unpack(zlib.compress(changed), packed.sha256)
