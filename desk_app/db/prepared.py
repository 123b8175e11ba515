"""Statements compiled once and run straight on the driver: the short path of the busiest writes.

SQLAlchemy compiles each statement once and still converts every value with its own type
processors; what the short path leaves out is the work around the driver call (the
compiled-cache lookup, the execution context, the result object, the event dispatch), which
costs a one-row statement several times what SQLite spends on it. A statement qualifies when
it needs none of that: no column default to compute, no list to expand into ``IN``, a driver
that takes ``?`` parameters, a connection already inside its transaction. Anything else, and
any ORM session (which must flush first), takes SQLAlchemy's ordinary path, so the answer is
the same either way. Statements on the short path pass by SQLAlchemy's events and SQL log.
"""

from __future__ import annotations

from collections import namedtuple
from collections.abc import Callable, Mapping, Sequence
from threading import Lock
from typing import Any, NamedTuple
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Dialect
from sqlalchemy.exc import ArgumentError, DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.sql import Insert, Select
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.sql.dml import UpdateBase

Processor = Callable[[Any], Any] | None
Params = Mapping[str, Any]
_REQUIRED = object()


class _Bind(NamedTuple):
    """One ``?`` of the compiled statement: whose value, its own value, SQLAlchemy's converter."""

    name: str
    value: Any  # the parameter's own value, or _REQUIRED when the caller must give it
    convert: Processor


class _Plan(NamedTuple):
    """A statement compiled for one dialect, with SQLAlchemy's converters in parameter order."""

    sql: str
    binds: tuple[_Bind, ...]
    results: tuple[Processor, ...]
    row: Callable[..., tuple[Any, ...]]
    error: type[Exception]


class Prepared:
    """A Core statement for the busiest writes: ``rows``, ``first``, ``scalar``, ``execute``."""

    def __init__(self, statement: Select[*tuple[Any, ...]] | UpdateBase) -> None:
        self.statement = statement
        self._by_columns = isinstance(statement, Insert)  # its columns are the row's keys
        self._lock = Lock()
        self._plans: WeakKeyDictionary[Dialect, dict[tuple[str, ...], _Plan | None]] = (
            WeakKeyDictionary()
        )
        self._last: tuple[Dialect, tuple[str, ...], _Plan | None] | None = None

    def rows(self, reader: Session | Connection, params: Params | None = None) -> list[Any]:
        """Every row the statement returns, its values converted as SQLAlchemy converts them."""
        params = params or {}
        if (
            isinstance(reader, Session)
            or not reader.in_transaction()
            or (plan := self._plan_for(reader, params)) is None
        ):
            return list(reader.execute(self.statement, dict(params)))
        fetched = self._run(reader, plan, [self._values(plan, params)]).fetchall()
        return [plan.row(*_converted(plan.results, row)) for row in fetched]

    def first(self, reader: Session | Connection, params: Params | None = None) -> Any:
        """The first row, or ``None``."""
        rows = self.rows(reader, params)
        return rows[0] if rows else None

    def scalar(self, reader: Session | Connection, params: Params | None = None) -> Any:
        """The first column of the first row, or ``None``."""
        row = self.first(reader, params)
        return None if row is None else row[0]

    def execute(self, connection: Connection, rows: Sequence[Params]) -> None:
        """Run a statement that returns nothing once per row (one row, or many in one call)."""
        if not connection.in_transaction() or (plan := self._plan_for(connection, rows[0])) is None:
            connection.execute(self.statement, rows[0] if len(rows) == 1 else list(rows))
            return
        self._run(connection, plan, [self._values(plan, row) for row in rows])

    def _plan_for(self, reader: Connection, params: Params) -> _Plan | None:
        keys = tuple(params) if self._by_columns else ()
        dialect = reader.dialect
        last = self._last
        if last is not None and last[0] is dialect and last[1] == keys:
            return last[2]
        with self._lock:
            plans = self._plans.setdefault(dialect, {})
            if keys not in plans:
                plans[keys] = self._compile(dialect, keys)
            self._last = (dialect, keys, plans[keys])
            return plans[keys]

    def _compile(self, dialect: Dialect, keys: tuple[str, ...]) -> _Plan | None:
        compiled = self.statement.compile(dialect=dialect, column_keys=list(keys) or None)
        assert isinstance(compiled, SQLCompiler)
        names = list(compiled.positiontup or ())
        binds = [compiled.binds.get(name) for name in names]
        if (
            dialect.paramstyle != "qmark"
            or compiled.post_compile_params
            or compiled.literal_execute_params
            or compiled.insert_prefetch
            or compiled.update_prefetch
            or any(bind is None or bind.expanding for bind in binds)
        ):
            return None
        columns = self.statement.exported_columns
        return _Plan(
            compiled.string,
            tuple(
                _Bind(
                    name,
                    _REQUIRED if b.required else b.effective_value,
                    b.type.dialect_impl(dialect).bind_processor(dialect),
                )
                for name, b in zip(names, binds, strict=True)
                if b is not None
            ),
            tuple(
                column.type.dialect_impl(dialect).result_processor(dialect, None)
                for column in columns
            ),
            namedtuple("Row", [str(column.key) for column in columns], rename=True),
            dialect.loaded_dbapi.Error,
        )

    @staticmethod
    def _values(plan: _Plan, params: Params) -> tuple[Any, ...]:
        try:
            values = [
                params[name] if own is _REQUIRED else params.get(name, own)
                for name, own, _convert in plan.binds
            ]
        except KeyError as missing:
            raise ArgumentError(f"A value is required for bind parameter {missing}") from None
        return tuple(
            [
                value if bind.convert is None else bind.convert(value)
                for bind, value in zip(plan.binds, values, strict=True)
            ]
        )

    @staticmethod
    def _run(connection: Connection, plan: _Plan, values: list[tuple[Any, ...]]) -> Any:
        driver = connection.connection.driver_connection
        assert driver is not None
        try:
            if len(values) == 1:
                return driver.execute(plan.sql, values[0])
            return driver.executemany(plan.sql, values)
        except plan.error as error:
            raise DBAPIError.instance(plan.sql, values, error, plan.error) from error


def _converted(results: tuple[Processor, ...], row: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(
        value if convert is None else convert(value)
        for convert, value in zip(results, row, strict=True)
    )
