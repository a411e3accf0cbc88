"""Fill ``resources/i18n/annotator_tr.ts`` (made by pyside6-lupdate) from ``tr_strings.json``.

Run after ``pyside6-lupdate`` (see resources/i18n/README.md): every source text found in the
JSON file, keyed by ``context|source``, gets its Turkish translation and loses
``type="unfinished"``; texts not in the file are listed so a person translates them.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET  # our own .ts file, written by lupdate: trusted input
from pathlib import Path

I18N = Path(__file__).resolve().parent.parent / "resources" / "i18n"


def main() -> int:
    table: dict[str, str | list[str]] = json.loads(
        (I18N / "tr_strings.json").read_text(encoding="utf-8"))
    ts_path = I18N / "annotator_tr.ts"
    tree = ET.parse(ts_path)
    missing = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            assert translation is not None
            wanted = table.get(f"{name}|{source}")
            if wanted is None:
                missing.append(f"{name}|{source}")
                continue
            translation.attrib.pop("type", None)
            for child in list(translation):
                translation.remove(child)
            if message.get("numerus") == "yes":
                forms = wanted if isinstance(wanted, list) else [wanted]
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = wanted if isinstance(wanted, str) else wanted[0]
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    for key in missing:
        print(f"untranslated: {key}", file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
