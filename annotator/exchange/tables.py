"""CSV: one row per sentence for spreadsheets, UTF-8 with a byte-order mark (Excel reads Turkish
letters right only with it), RFC 4180 quoting.

Annotations are summarised in two readable columns: ``mentions`` as
``actor@side:start-end "text"`` and ``events`` as ``TYPE/mode [actors > recipients] date``,
separated by `` | ``. The JSONL export is the one to load programmatically.
"""

from __future__ import annotations

import csv
from typing import TextIO

from annotator.exchange.records import Record
from annotator.exchange.selection import SentenceItem
from annotator.exchange.writer import Writer

COLUMNS = ("id", "document", "title", "order", "block", "paragraph", "split", "source_start",
           "source_end", "source", "mt", "engine", "final", "status", "translator", "seconds",
           "edit_distance", "mentions", "events", "annotators", "updated")


def mention_summary(mention: Record) -> str:
    """``USA-GOV-blinken@tr:25-39 "Antony Blinken"``."""
    return (f'{mention["actor"]}@{mention["side"]}:{mention["start"]}-{mention["end"]} '
            f'"{mention["text"]}"')


def event_summary(event: Record) -> str:
    """``CONSULT/phone [USA-GOV-blinken > AZE-GOV-aliyev] 2023-11-27``."""
    kind = "/".join([event["type"], *event["mode"]])
    actors = ", ".join(a["id"] for a in event["actor"])
    recipients = ", ".join(a["id"] for a in event["recipient"])
    who = f" [{actors} > {recipients}]" if recipients else f" [{actors}]" if actors else ""
    return f"{kind}{who}{' ' + event['date'] if event['date'] else ''}"


class CsvWriter(Writer):
    """One spreadsheet row per sentence."""

    encoding = "utf-8-sig"
    newline = ""  # the csv module writes its own line ends

    def begin(self, out: TextIO) -> None:
        """Write the header row."""
        self._csv = csv.writer(out)
        self._csv.writerow(COLUMNS)

    def write(self, item: SentenceItem, out: TextIO) -> int:
        """Write the sentence's row."""
        record = self.builder.record(item)
        source, translation = record["source"], record["translation"]
        self._csv.writerow([
            record["id"], record["document"]["id"], record["document"]["title"],
            record["order"], record["block"], record["paragraph"], record.get("split", ""),
            source["start"], source["end"], source["text"], translation["mt"] or "",
            translation["engine"] or "", translation["final"], translation["status"],
            translation["translator"] or "", translation["seconds"],
            "" if translation["edit_distance"] is None else translation["edit_distance"],
            " | ".join(mention_summary(m) for m in record["mentions"]),
            " | ".join(event_summary(e) for e in record["events"]),
            ", ".join(record["annotators"]), record["updated"] or "",
        ])
        return 1
