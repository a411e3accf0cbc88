"""Offline translation with CTranslate2 and SentencePiece (no torch, no argostranslate).

Accepted models (``--model PATH``):

- a CTranslate2 model folder (``model.bin``, ``config.json``, vocabulary) with its SentencePiece
  model(s) beside it: ``source.spm`` + ``target.spm`` (a converted OPUS-MT model), or one shared
  ``sentencepiece.model`` / ``spm.model``;
- an Argos Translate package, either the ``.argosmodel`` file itself (a zip, read in memory: the
  CTranslate2 files through ``ctranslate2.Translator(files=...)``, the SentencePiece model from
  bytes) or its unpacked folder (``model/`` + ``sentencepiece.model`` + ``metadata.json``).

A ``metadata.json`` beside the model (Argos packages have one) is optional; when present it must
be a JSON object whose ``from_code``, ``to_code`` and ``target_prefix`` are strings (or null).
Anything wrong with the model (a missing file, unreadable bytes, malformed metadata) is one
:class:`~annotator.mt.errors.MTConfigError`.

Needs the ``offline`` extra (``pip install 'annotator[offline]'``).
"""

from __future__ import annotations

import json
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Any

from annotator.core.mt_types import ErrorKind
from annotator.mt.errors import MTConfigError, MTError
from annotator.mt.types import EngineSettings, TextLimit

SPM_PAIRS = (("source.spm", "target.spm"),)
SPM_SHARED = ("sentencepiece.model", "spm.model", "sentencepiece.bpe.model")
METADATA_STRINGS = ("from_code", "to_code", "target_prefix")  # the fields we use


@dataclass(frozen=True)
class ModelFiles:
    """What a model is made of, read from a folder or a package file."""

    label: str
    model: Path | dict[str, bytes]  # a folder, or file name → contents for ``files=``
    source_spm: bytes
    target_spm: bytes
    metadata: dict[str, Any]


class CTranslate2Engine:
    """A local CTranslate2 sequence-to-sequence model with SentencePiece tokenisation."""

    name = "ctranslate2"
    limit = TextLimit(max_chars=1000)  # sentence-level models: longer text is cut at clauses
    rate_per_second: float | None = None

    def __init__(self, files: ModelFiles, *, beam_size: int = 2,
                 max_decoding_length: int = 256, threads: int = 2) -> None:
        ctranslate2, spm = _import_runtime()
        self.label = files.label
        self.cache_key = f"ctranslate2:{files.label}"
        self.languages = (files.metadata.get("from_code"), files.metadata.get("to_code"))
        prefix = files.metadata.get("target_prefix")
        self.target_prefix = [str(prefix)] if prefix else None
        self.beam_size = beam_size
        self.max_decoding_length = max_decoding_length
        self.append_eos = _needs_source_eos(files.model)
        try:
            if isinstance(files.model, dict):
                self.translator = ctranslate2.Translator(files.label, device="cpu",
                                                         inter_threads=threads, files=files.model)
            else:
                self.translator = ctranslate2.Translator(str(files.model), device="cpu",
                                                         inter_threads=threads)
            self.source_sp = spm.SentencePieceProcessor(model_proto=files.source_spm)
            self.target_sp = spm.SentencePieceProcessor(model_proto=files.target_spm)
        except (RuntimeError, ValueError, OSError) as error:
            raise MTConfigError("model_load_failed", model=files.label,
                                detail=str(error)) from None

    @classmethod
    def from_settings(cls, settings: EngineSettings) -> CTranslate2Engine:
        """Load the model named by ``settings.model``."""
        if settings.model is None:
            raise MTConfigError("no_model")
        return cls(read_model(settings.model))

    def translate(self, text: str, source: str, target: str) -> str:
        """Tokenise, decode with the model and detokenise one piece of text."""
        wanted = self.languages
        if all(wanted) and (source, target) != wanted:
            raise MTError(ErrorKind.UNSUPPORTED_LANGUAGE, "model_languages", model=self.label,
                          model_source=wanted[0], model_target=wanted[1], source=source,
                          target=target)
        try:
            tokens = self.source_sp.encode(text, out_type=str)
            if self.append_eos:
                tokens.append("</s>")
            prefixes = [self.target_prefix] if self.target_prefix else None
            results = self.translator.translate_batch(
                [tokens], beam_size=self.beam_size, max_decoding_length=self.max_decoding_length,
                target_prefix=prefixes)
            hypothesis = results[0].hypotheses[0]
        except (RuntimeError, ValueError, IndexError) as error:
            raise MTError(ErrorKind.BAD_RESPONSE, "model_failed", model=self.label,
                          detail=str(error)) from error
        if self.target_prefix:
            hypothesis = hypothesis[len(self.target_prefix):]
        return str(self.target_sp.decode(hypothesis))

    def abort(self) -> None:
        """Nothing to cut: a call runs on the CPU for at most ``max_decoding_length`` steps
        (and in a daemon thread of the runner, so it never holds the program open)."""

    def close(self) -> None:
        """Free the model's memory."""
        self.translator.unload_model()


def _needs_source_eos(model: Path | dict[str, bytes]) -> bool:
    """True for Marian models converted from Transformers (OPUS-MT): they expect ``</s>`` at
    the end of the source but, unlike Marian-native conversions, do not add it themselves."""
    try:
        if isinstance(model, dict):
            config = json.loads(model["config.json"])
        else:
            config = json.loads((model / "config.json").read_bytes())
    except (KeyError, OSError, ValueError, RecursionError):
        return False
    if not isinstance(config, dict):
        return False
    eos = config.get("eos_token")
    return bool(eos) and not config.get("add_source_eos") and \
        config.get("decoder_start_token") == eos


def _import_runtime() -> tuple[Any, Any]:
    try:
        import ctranslate2
        import sentencepiece
    except ImportError:
        raise MTConfigError("offline_extra_missing") from None
    return ctranslate2, sentencepiece


def read_model(path: Path) -> ModelFiles:
    """Find the CTranslate2 model and SentencePiece files at ``path`` (folder or package)."""
    path = path.expanduser()
    if path.is_file():
        if not zipfile.is_zipfile(path):
            raise MTConfigError("model_not_package", path=path)
        try:
            return _read_package(path)
        # A damaged zip, or one that is encrypted or uses an unknown compression (RuntimeError).
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error, RuntimeError) as error:
            raise MTConfigError("model_unreadable", path=path, detail=str(error)) from None
    if not path.is_dir():
        raise MTConfigError("model_not_found", path=path)
    model_dir = path if (path / "model.bin").is_file() else path / "model"
    if not (model_dir / "model.bin").is_file():
        raise MTConfigError("no_model_bin", path=path)
    names = {p.name: p for folder in (model_dir, path) for p in folder.glob("*") if p.is_file()}
    source, target = _pick_spm(set(names), path)
    metadata_path = path / "metadata.json"
    try:
        source_spm, target_spm = names[source].read_bytes(), names[target].read_bytes()
        metadata = (_metadata(metadata_path.read_bytes(), metadata_path)
                    if metadata_path.is_file() else {})
    except OSError as error:
        where = Path(error.filename) if error.filename else path
        raise MTConfigError("model_unreadable", path=where,
                            detail=error.strerror or str(error)) from None
    return ModelFiles(path.name, model_dir, source_spm, target_spm, metadata)


def _metadata(data: bytes, where: Path) -> dict[str, Any]:
    """The parsed ``metadata.json`` (``where`` names it), checked for the fields we use."""
    try:
        metadata = json.loads(data)  # UTF-8, -16 or -32, as JSON allows
    except (ValueError, RecursionError) as error:  # JSONDecodeError, UnicodeDecodeError
        raise MTConfigError("bad_model_metadata", path=where, detail=str(error)) from None
    if not isinstance(metadata, dict):
        raise MTConfigError("model_metadata_not_object", path=where)
    for field in METADATA_STRINGS:
        if not isinstance(metadata.get(field, ""), str | None):
            raise MTConfigError("model_metadata_field", path=where, field=field)
    return metadata


def _pick_spm(names: set[str], where: Path) -> tuple[str, str]:
    for source, target in SPM_PAIRS:
        if {source, target} <= names:
            return source, target
    for shared in SPM_SHARED:
        if shared in names:
            return shared, shared
    raise MTConfigError("no_sentencepiece", path=where)


def _read_package(path: Path) -> ModelFiles:
    with zipfile.ZipFile(path) as package:
        members = {PurePosixPath(n): n for n in package.namelist() if not n.endswith("/")}
        model_bins = [p for p in members if p.name == "model.bin"]
        if not model_bins:
            raise MTConfigError("not_argos_package", path=path)
        model_dir = model_bins[0].parent
        root = model_dir.parent
        files = {p.name: package.read(n) for p, n in members.items() if p.parent == model_dir}
        beside = {p.name: n for p, n in members.items() if p.parent in (root, model_dir)}
        source, target = _pick_spm(set(beside), path)
        meta_name = members.get(root / "metadata.json")
        metadata = _metadata(package.read(meta_name), path / meta_name) if meta_name else {}
        return ModelFiles(path.stem, files, package.read(beside[source]),
                          package.read(beside[target]), metadata)
