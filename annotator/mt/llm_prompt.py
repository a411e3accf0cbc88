"""The ``llm`` engine's prompt: read the template file and fill it in for one paragraph.

The template (``resources/prompts/llm_translate.txt``, or the file named by
``EngineSettings.prompt_file``) has a ``[system]`` part and a ``[user]`` part; ``#`` lines before
``[system]`` are comments. ``{title}``, ``{context}``, ``{glossary}``, ``{sentences_json}``,
``{source}`` and ``{target}`` are replaced by plain text substitution (not ``str.format``), so the
JSON braces the prompt shows the model need no escaping.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from annotator.mt.batch import BatchContext, BatchItem
from annotator.mt.errors import MTConfigError
from annotator.paths import resource_path

REQUIRED = ("{sentences_json}",)
LANGUAGES = {"tr": "Turkish", "en": "English"}


@dataclass(frozen=True)
class PromptTemplate:
    """The two parts of a prompt, placeholders still in them."""

    system: str
    user: str

    @classmethod
    def load(cls, path: Path | None = None) -> PromptTemplate:
        """The template at ``path`` (default: the shipped one); MTConfigError when unusable."""
        path = path or default_prompt_path()
        try:
            raw = path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            raise MTConfigError("llm_prompt_unreadable", path=str(path)) from None
        return cls.parse(raw, str(path))

    @classmethod
    def parse(cls, raw: str, where: str = "") -> PromptTemplate:
        """Split a template's text into its parts."""
        lines = raw.splitlines()
        try:
            system_at = next(i for i, line in enumerate(lines) if line.strip() == "[system]")
            user_at = next(i for i, line in enumerate(lines) if line.strip() == "[user]")
        except StopIteration:
            raise MTConfigError("llm_prompt_bad", path=where) from None
        if user_at < system_at:
            raise MTConfigError("llm_prompt_bad", path=where)
        template = cls("\n".join(lines[system_at + 1:user_at]).strip(),
                       "\n".join(lines[user_at + 1:]).strip())
        if not all(part in template.user for part in REQUIRED):
            raise MTConfigError("llm_prompt_bad", path=where)
        return template

    def render(self, items: Sequence[BatchItem], context: BatchContext, source: str,
               target: str) -> tuple[str, str]:
        """The system and user messages for ``items``."""
        values = {
            "{title}": context.title or "-",
            "{context}": "\n".join(f"{tr} => {en}" for tr, en in context.previous) or "-",
            "{glossary}": "\n".join(f"{tr} = {en}" for tr, en in context.glossary) or "-",
            # One line: the fake server (and a person reading a log) finds it easily.
            "{sentences_json}": json.dumps([{"id": item.id, "text": item.text}
                                            for item in items], ensure_ascii=False),
            "{source}": LANGUAGES.get(source, source),
            "{target}": LANGUAGES.get(target, target),
        }
        return fill_template(self.system, values), fill_template(self.user, values)


def default_prompt_path() -> Path:
    """The prompt shipped with Annotator."""
    return resource_path("prompts", "llm_translate.txt")


def fill_template(text: str, values: dict[str, str]) -> str:
    # One pass over the text, so a value containing "{title}" is not replaced again.
    out, at = [], 0
    while at < len(text):
        for name, value in values.items():
            if text.startswith(name, at):
                out.append(value)
                at += len(name)
                break
        else:
            out.append(text[at])
            at += 1
    return "".join(out)
