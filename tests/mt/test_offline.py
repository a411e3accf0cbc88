"""The ctranslate2 engine on a tiny Transformer built here from numpy arrays.

The model's weights are random except the output projection's bias, which makes every decoding
step pick one chosen piece; so the output is known ("word word ...") and proves that the
SentencePiece encoding, CTranslate2 decoding and detokenisation all ran.
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path

import numpy as np
import pytest

ctranslate2 = pytest.importorskip("ctranslate2")
spm = pytest.importorskip("sentencepiece")

from ctranslate2.specs import model_spec, transformer_spec  # noqa: E402
from fakes.helpers import FAST, add_document  # noqa: E402
from sqlite_utils import Database  # noqa: E402

from annotator.core.mt_types import ErrorKind  # noqa: E402
from annotator.mt.engine import create_engine  # noqa: E402
from annotator.mt.errors import MTConfigError, MTError  # noqa: E402
from annotator.mt.offline import CTranslate2Engine, _needs_source_eos, read_model  # noqa: E402
from annotator.mt.runner import translate  # noqa: E402
from annotator.mt.types import EngineSettings  # noqa: E402
from annotator.storage.translations import get_translations  # noqa: E402

LINES = ["Dışişleri Bakanı bugün Washington'a gitti.", "Senato askeri yardımı kesti.",
         "Bakan telefonla görüştü.", "The minister called the senate today.",
         "The senate cut the military aid.", "Talks were suspended by the minister."] * 4
FAVOURED = "▁minister"


def train_spm() -> bytes:
    model = io.BytesIO()
    spm.SentencePieceTrainer.train(
        sentence_iterator=iter(LINES), model_writer=model, vocab_size=80, model_type="unigram",
        hard_vocab_limit=False, character_coverage=1.0, user_defined_symbols=[FAVOURED],
        minloglevel=2)
    return model.getvalue()


def _shape(name: str, vocab: int, d: int = 16, ff: int = 32) -> tuple[int, ...]:
    *_, layer, leaf = name.split("/")
    if "embeddings" in name or layer == "projection":
        return (vocab, d)
    if leaf in ("gamma", "beta"):
        return (d,)
    if "ffn" in name:
        return (ff, d) if layer == "linear_0" else (d, ff)
    if "self_attention" in name:
        return (3 * d, d) if layer == "linear_0" else (d, d)
    return (2 * d, d) if layer == "linear_1" else (d, d)  # encoder-decoder attention


def build_model(folder: Path, sp_model: bytes) -> None:
    """Write a 1+1-layer Transformer whose vocabulary is the SentencePiece model's pieces."""
    processor = spm.SentencePieceProcessor(model_proto=sp_model)
    vocab = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    rng = np.random.default_rng(7)
    spec = transformer_spec.TransformerSpec.from_config((1, 1), 2)

    def fill(layer: object, name: str, value: object) -> None:
        if value is None:
            weights = rng.normal(0, 0.1, _shape(name, len(vocab))).astype(np.float32)
            setattr(layer, name.split("/")[-1], weights)

    model_spec.visit_spec(spec, fill)
    bias = np.zeros(len(vocab), dtype=np.float32)
    bias[vocab.index(FAVOURED)] = 50.0
    spec.decoder.projection.bias = bias
    spec.register_source_vocabulary(vocab)
    spec.register_target_vocabulary(vocab)
    folder.mkdir(parents=True)
    spec.validate()
    spec.save(str(folder))


@pytest.fixture(scope="module")
def sp_model() -> bytes:
    return train_spm()


@pytest.fixture
def model_folder(tmp_path: Path, sp_model: bytes) -> Path:
    folder = tmp_path / "opus-mt-tr-en"
    build_model(folder, sp_model)
    (folder / "source.spm").write_bytes(sp_model)
    (folder / "target.spm").write_bytes(sp_model)
    return folder


@pytest.fixture
def argos_package(tmp_path: Path, model_folder: Path, sp_model: bytes) -> Path:
    path = tmp_path / "translate-tr_en-1_0.argosmodel"
    with zipfile.ZipFile(path, "w") as package:
        root = "translate-tr_en-1_0/"
        package.writestr(root + "metadata.json", json.dumps(
            {"package_version": "1.0", "from_code": "tr", "to_code": "en"}))
        package.writestr(root + "sentencepiece.model", sp_model)
        for file in model_folder.iterdir():
            if file.suffix != ".spm":
                package.write(file, root + "model/" + file.name)
    return path


def expected_output(engine: CTranslate2Engine) -> str:
    return " ".join([FAVOURED[1:]] * engine.max_decoding_length)


def test_a_model_folder_translates(model_folder: Path) -> None:
    engine = create_engine(EngineSettings("ctranslate2", model=model_folder))
    assert isinstance(engine, CTranslate2Engine)
    engine.max_decoding_length = 5
    assert engine.translate("Bakan bugün görüştü.", "tr", "en") == "minister " * 4 + "minister"
    assert engine.cache_key == "ctranslate2:opus-mt-tr-en"
    engine.close()


def test_a_transformers_converted_opus_mt_model_gets_the_source_eos(model_folder: Path) -> None:
    config = json.loads((model_folder / "config.json").read_text())
    assert CTranslate2Engine(read_model(model_folder)).append_eos is False
    config["decoder_start_token"] = "</s>"  # how ct2-transformers-converter writes Marian
    (model_folder / "config.json").write_text(json.dumps(config))
    engine = CTranslate2Engine(read_model(model_folder), max_decoding_length=2)
    assert engine.append_eos is True
    assert engine.translate("Bakan geldi.", "tr", "en") == "minister minister"


def test_an_argos_package_is_read_without_unpacking(argos_package: Path) -> None:
    files = read_model(argos_package)
    assert isinstance(files.model, dict) and "model.bin" in files.model
    engine = CTranslate2Engine(files, max_decoding_length=3)
    assert engine.translate("Senato yardımı kesti.", "tr", "en") == expected_output(engine)
    with pytest.raises(MTError) as caught:
        engine.translate("Senato yardımı kesti.", "en", "de")
    assert caught.value.kind is ErrorKind.UNSUPPORTED_LANGUAGE


def test_the_runner_drives_the_offline_engine(project: Database, model_folder: Path) -> None:
    engine = CTranslate2Engine(read_model(model_folder), max_decoding_length=2)
    doc_id, body = add_document(project, ["Bakan geldi.[1]", "Senato yardımı kesti."])
    summary = translate(project, engine, "tr", document_ids=[doc_id], options=FAST)
    assert summary.complete and summary.translated == 3
    assert [t.text for t in get_translations(project, body[0])] == ["minister minister[1]"]
    assert get_translations(project, body[1])[0].engine == "ctranslate2"


@pytest.mark.parametrize("problem", ["missing", "empty-folder", "no-spm", "not-a-zip"])
def test_bad_model_paths_are_config_errors(tmp_path: Path, model_folder: Path,
                                           problem: str) -> None:
    path = tmp_path / problem
    if problem == "empty-folder":
        path.mkdir()
    elif problem == "no-spm":
        path = model_folder
        for spm_file in model_folder.glob("*.spm"):
            spm_file.unlink()
    elif problem == "not-a-zip":
        path.write_text("hello")
    with pytest.raises(MTConfigError) as caught:
        create_engine(EngineSettings("ctranslate2", model=path))
    expected = {"missing": "model_not_found", "empty-folder": "no_model_bin",
                "no-spm": "no_sentencepiece", "not-a-zip": "model_not_package"}
    assert (caught.value.kind, caught.value.params) == (expected[problem], {"path": path})
    assert str(path) in str(caught.value)


def test_no_model_is_a_config_error() -> None:
    with pytest.raises(MTConfigError, match="needs a model") as caught:
        create_engine(EngineSettings("ctranslate2"))
    assert caught.value.kind == "no_model"


# A metadata.json that cannot be used: (its bytes, the error kind, the field named).
BAD_METADATA = {
    "invalid-json": (b'{"from_code": "tr", "to_code": ', "bad_model_metadata", None),
    "array": (b'[{"from_code": "tr", "to_code": "en"}]', "model_metadata_not_object", None),
    "string": (b'"tr-en"', "model_metadata_not_object", None),
    "number-code": (b'{"from_code": 90, "to_code": "en"}', "model_metadata_field", "from_code"),
    "list-code": (b'{"from_code": "tr", "to_code": ["en"]}', "model_metadata_field", "to_code"),
    "object-prefix": (b'{"target_prefix": {"x": 1}}', "model_metadata_field", "target_prefix"),
    "undecodable": (b'{"from_code": "t\xfcrk\xe7e", "to_code": "en"}', "bad_model_metadata",
                    None),
    "latin-1": ('{"from_code": "tr", "name": "Türkçe"}'.encode("latin-1"),
                "bad_model_metadata", None),
    "empty": (b"", "bad_model_metadata", None),
    "deep": (b"[" * 100_000, "bad_model_metadata", None),
}


def argos_package_with(path: Path, model_folder: Path, sp_model: bytes, metadata: bytes) -> Path:
    """An .argosmodel like the fixture's, with ``metadata`` as its metadata.json."""
    with zipfile.ZipFile(path, "w") as package:
        root = "translate-tr_en-1_0/"
        package.writestr(root + "metadata.json", metadata)
        package.writestr(root + "sentencepiece.model", sp_model)
        for file in model_folder.iterdir():
            if file.suffix != ".spm":
                package.write(file, root + "model/" + file.name)
    return path


@pytest.mark.parametrize("where", ["folder", "package"])
@pytest.mark.parametrize("problem", sorted(BAD_METADATA))
def test_malformed_metadata_is_one_config_error(tmp_path: Path, model_folder: Path,
                                                sp_model: bytes, where: str,
                                                problem: str) -> None:
    data, kind, field = BAD_METADATA[problem]
    if where == "folder":
        path = model_folder
        (model_folder / "metadata.json").write_bytes(data)
        metadata_path = model_folder / "metadata.json"
    else:
        path = argos_package_with(tmp_path / "bad.argosmodel", model_folder, sp_model, data)
        metadata_path = path / "translate-tr_en-1_0" / "metadata.json"
    with pytest.raises(MTConfigError) as caught:
        create_engine(EngineSettings("ctranslate2", model=path))
    error = caught.value
    assert (error.domain, error.kind, error.params["path"]) == ("mt", kind, metadata_path)
    assert error.params.get("field") == field
    message = str(error)
    assert message.startswith(("The model's metadata file", "In the model's metadata file"))
    assert str(metadata_path) in message and "{" not in message
    if kind == "bad_model_metadata":
        assert error.params["detail"]  # the parser's own words


def test_metadata_with_a_bom_nulls_and_unknown_fields_is_fine(model_folder: Path) -> None:
    metadata = {"from_code": "tr", "to_code": "en", "target_prefix": None, "extra": [1, {}]}
    (model_folder / "metadata.json").write_bytes(
        "\ufeff".encode() + json.dumps(metadata).encode())
    engine = CTranslate2Engine(read_model(model_folder), max_decoding_length=1)
    assert engine.languages == ("tr", "en") and engine.target_prefix is None
    assert engine.translate("Bakan geldi.", "tr", "en") == "minister"


def test_a_config_json_that_is_not_an_object_is_ignored(model_folder: Path) -> None:
    (model_folder / "config.json").write_bytes(b"[]")
    assert _needs_source_eos(model_folder) is False


def test_a_damaged_package_is_one_config_error(tmp_path: Path, argos_package: Path) -> None:
    data = bytearray(argos_package.read_bytes())
    middle = len(data) // 2
    data[middle:middle + 64] = bytes(64)  # zeroes over compressed bytes: a CRC/zlib error
    damaged = tmp_path / "damaged.argosmodel"
    damaged.write_bytes(bytes(data))
    with pytest.raises(MTConfigError) as caught:
        create_engine(EngineSettings("ctranslate2", model=damaged))
    assert (caught.value.kind, caught.value.params["path"]) == ("model_unreadable", damaged)
    assert "CRC" in caught.value.params["detail"]  # zipfile's own words
