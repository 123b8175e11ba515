"""The organisation's CA certificate: this PC's private copy in the data folder.

The desk checks the central server's certificate against it (``sslrootcert``). The copy is
made from the file the manager chooses in Instellingen, or from the file an address names
(``desk-app sync --central URL?sslrootcert=FILE``); the stored address then names no file and
the copy is added whenever the desk connects.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.engine import make_url

from desk_app.central.tls import read_ca_certificate
from desk_app.errors import QT_TRANSLATE_NOOP, StorageError
from desk_app.paths import DataFolder, create_private_file

OWN_ROOTS = "system"  # libpq: the operating system's trusted CAs, no file to copy


def take_in(url: str, folder: DataFolder, chosen: Path | None = None) -> tuple[str, str | None]:
    """The address to store and the new copy's path (``None``: no certificate to take in).

    ``chosen`` wins over a file named in the address; the address loses its ``sslrootcert``
    when a copy was made.
    """
    source = chosen or named_file(url)
    if source is None:
        return url, None
    copy = keep_copy(folder, source)
    if url:
        bare = make_url(url).difference_update_query(["sslrootcert"])
        url = bare.render_as_string(hide_password=False)
    return url, str(copy)


def named_file(url: str) -> Path | None:
    """The CA file named by ``url``'s ``sslrootcert``, if it names a file."""
    if not url:
        return None
    named = make_url(url).query.get("sslrootcert")
    if not isinstance(named, str) or not named or named == OWN_ROOTS:
        return None
    return Path(named).expanduser()


def keep_copy(folder: DataFolder, source: Path) -> Path:
    """Copy the certificate ``source`` to the data folder (this user only); return the copy."""
    text = read_ca_certificate(source)
    target = folder.central_ca
    partial = target.with_name(target.name + ".new")
    try:
        partial.unlink(missing_ok=True)
        create_private_file(partial).write_bytes(text)
        partial.replace(target)
    except OSError as error:
        raise StorageError(
            QT_TRANSLATE_NOOP(
                "Errors", "Het CA-certificaat kan niet in de gegevensmap worden bewaard: {reason}"
            ),
            reason=error.strerror or str(error),
        ) from error
    return target
