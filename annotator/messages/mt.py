"""Error messages of the mt layer (see :mod:`annotator.messages`).

:class:`~annotator.mt.errors.MTError` looks its template up by ``reason`` (which defaults to its
``ErrorKind`` value, so every kind has one); ``MTConfigError`` and ``KeyringUnavailableError`` by
their kind. Reasons ending in ``_detail`` add the server's own words, shown verbatim.
"""

from __future__ import annotations

from annotator.messages import QT_TRANSLATE_NOOP

MESSAGES: dict[str, str] = {
    # MTError: a translation request failed (the part before "_" names its ErrorKind family).
    "offline": QT_TRANSLATE_NOOP(
        "Errors", "Cannot reach {host}: no network connection, or the server is not running."),
    "connect_timeout": QT_TRANSLATE_NOOP(
        "Errors", "Cannot reach {host}: the connection timed out. Check the network connection."),
    "timeout": QT_TRANSLATE_NOOP("Errors", "{engine} did not answer within {seconds} s."),
    "rate_limited": QT_TRANSLATE_NOOP(
        "Errors", "{engine} is limiting requests (too many requests)."),
    "rate_limited_detail": QT_TRANSLATE_NOOP(
        "Errors", "{engine} is limiting requests (too many requests). Server said: {detail}"),
    "rate_limited_wait": QT_TRANSLATE_NOOP(
        "Errors", "{engine} is limiting requests (too many requests). It asked to wait "
        "{seconds} s."),
    "rate_limited_wait_detail": QT_TRANSLATE_NOOP(
        "Errors", "{engine} is limiting requests (too many requests). It asked to wait "
        "{seconds} s. Server said: {detail}"),
    "auth": QT_TRANSLATE_NOOP(
        "Errors", "{engine} refused the request (HTTP {status}): the API key is missing or "
        "wrong."),
    "needs_key": QT_TRANSLATE_NOOP("Errors", "{engine} needs an API key. Server said: {detail}"),
    "server": QT_TRANSLATE_NOOP("Errors", "{engine} had a server error (HTTP {status})."),
    "server_detail": QT_TRANSLATE_NOOP(
        "Errors", "{engine} had a server error (HTTP {status}). Server said: {detail}"),
    "connection_broken": QT_TRANSLATE_NOOP(
        "Errors", "The connection to {host} broke off before an answer came."),
    "request_failed": QT_TRANSLATE_NOOP("Errors", "The request to {host} failed ({detail})."),
    "bad_response": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent an answer that could not be read ({detail})."),
    "answer_not_json": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent an answer that could not be read (not JSON)."),
    "rejected": QT_TRANSLATE_NOOP("Errors", "{engine} rejected the request (HTTP {status})."),
    "rejected_detail": QT_TRANSLATE_NOOP(
        "Errors", "{engine} rejected the request (HTTP {status}). Server said: {detail}"),
    "empty_answer": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent no translation (an empty answer)."),
    "untranslated_answer": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent the text back untranslated."),
    "invalid_answer": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent a translation that is not valid text ({detail})."),
    "answer_too_long": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent {length} characters for a text of {source_length}: not a "
        "translation of it."),
    "answer_too_large": QT_TRANSLATE_NOOP(
        "Errors", "{engine} sent an answer larger than {size}; it was not read."),
    "cross_host_redirect": QT_TRANSLATE_NOOP(
        "Errors", "{engine} redirected the request from {host} to another host, {target}. It was "
        "not followed, so neither the text nor an API key went there."),
    "model_failed": QT_TRANSLATE_NOOP("Errors", "The offline model {model} failed: {detail}"),
    "too_long": QT_TRANSLATE_NOOP("Errors", "The text is too long for {engine}."),
    "unsupported_language": QT_TRANSLATE_NOOP(
        "Errors", "{engine} does not translate {source} → {target}."),
    "model_languages": QT_TRANSLATE_NOOP(
        "Errors", "The offline model {model} translates {model_source} → {model_target}, not "
        "{source} → {target}."),
    # MTConfigError: an engine or a job cannot be set up as asked.
    "unknown_engine": QT_TRANSLATE_NOOP(
        "Errors", "Unknown engine “{engine}”: choose one of {engines}."),
    "url_not_used": QT_TRANSLATE_NOOP(
        "Errors", "A server address (--url) is used only by the libre, deepl and llm engines, not "
        "by {engine}."),
    "model_not_used": QT_TRANSLATE_NOOP(
        "Errors", "A model (--model) is used only by the ctranslate2 engine, not by {engine}."),
    "bad_timeout": QT_TRANSLATE_NOOP(
        "Errors", "Timeouts must be positive (connect {connect} s, read {read} s)."),
    "bad_deadline": QT_TRANSLATE_NOOP(
        "Errors", "The total time for one request must be positive (not {deadline} s)."),
    "bad_url": QT_TRANSLATE_NOOP(
        "Errors", "“{url}” is not the http(s) address of a LibreTranslate server (for example "
        "http://localhost:5000/)."),
    "bad_workers": QT_TRANSLATE_NOOP("Errors", "--workers must be at least 1 (not {workers})."),
    "no_model": QT_TRANSLATE_NOOP(
        "Errors", "The ctranslate2 engine needs a model: --model PATH (a CTranslate2 model "
        "folder or an .argosmodel file)."),
    "offline_extra_missing": QT_TRANSLATE_NOOP(
        "Errors", "The ctranslate2 engine needs the offline extra: pip install "
        "'annotator[offline]'."),
    "model_load_failed": QT_TRANSLATE_NOOP(
        "Errors", "The offline model {model} cannot be loaded: {detail}"),
    "model_not_found": QT_TRANSLATE_NOOP(
        "Errors", "{path}: no such model folder or package file."),
    "model_not_package": QT_TRANSLATE_NOOP(
        "Errors", "{path} is neither a model folder nor an .argosmodel package."),
    "model_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The model file {path} cannot be read: {detail}"),
    "no_model_bin": QT_TRANSLATE_NOOP(
        "Errors", "{path} holds no CTranslate2 model (model.bin not found)."),
    "no_sentencepiece": QT_TRANSLATE_NOOP(
        "Errors", "{path} has no SentencePiece model (source.spm and target.spm, or "
        "sentencepiece.model)."),
    "not_argos_package": QT_TRANSLATE_NOOP(
        "Errors", "{path} is not an Argos model package (no model/model.bin)."),
    "bad_model_metadata": QT_TRANSLATE_NOOP(
        "Errors", "The model's metadata file {path} is not valid JSON: {detail}"),
    "model_metadata_not_object": QT_TRANSLATE_NOOP(
        "Errors", "The model's metadata file {path} does not hold a JSON object."),
    "model_metadata_field": QT_TRANSLATE_NOOP(
        "Errors", "In the model's metadata file {path}, “{field}” must be a string."),
    # KeyringUnavailableError: an API key cannot be stored.
    "keyring_missing": QT_TRANSLATE_NOOP(
        "Errors", "No system keyring is available to store the {engine} API key (the keyring "
        "package is not installed). Set the environment variable {variable} instead."),
    "keyring_unavailable": QT_TRANSLATE_NOOP(
        "Errors", "No system keyring is available to store the {engine} API key ({detail}). "
        "Set the environment variable {variable} instead."),
    # DeepL (annotator/mt/deepl_engine.py).
    "quota_exceeded": QT_TRANSLATE_NOOP(
        "Errors", "The {engine} quota for this billing period is used up (HTTP {status})."),
    "bad_formality": QT_TRANSLATE_NOOP(
        "Errors", "“{formality}” is not a DeepL formality: choose one of {choices}."),
    "bad_variant": QT_TRANSLATE_NOOP(
        "Errors", "“{variant}” is not a DeepL English variant: choose one of {choices}."),
    "deepl_needs_key": QT_TRANSLATE_NOOP(
        "Errors", "DeepL needs an API key: store it in the MT settings or set the environment "
        "variable {variable}."),
    "deepl_client_changed": QT_TRANSLATE_NOOP(
        "Errors", "This version of the deepl package ({version}) cannot be used safely: its "
        "HTTP client has changed."),
}

# The llm engine (annotator/mt/llm.py): an OpenAI-compatible chat server.
MESSAGES.update({
    "refused": QT_TRANSLATE_NOOP("Errors", "{engine} refused to translate this text."),
    "missing_in_answer": QT_TRANSLATE_NOOP(
        "Errors", "{engine} left this sentence out of its answer."),
    "marker_lost": QT_TRANSLATE_NOOP(
        "Errors", "{engine} dropped the footnote marker {marker} from the translation."),
    "llm_needs_url": QT_TRANSLATE_NOOP(
        "Errors", "The llm engine needs the base URL of an OpenAI-compatible server (--url, for "
        "example http://localhost:8000/v1)."),
    "llm_needs_model": QT_TRANSLATE_NOOP(
        "Errors", "The llm engine needs the name of a model on the server (--llm-model)."),
    "llm_bad_url": QT_TRANSLATE_NOOP(
        "Errors", "“{url}” is not the http(s) base URL of an OpenAI-compatible server (for "
        "example http://localhost:8000/v1)."),
    "llm_prompt_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "The prompt file {path} cannot be read."),
    "llm_prompt_bad": QT_TRANSLATE_NOOP(
        "Errors", "The prompt file {path} needs a [system] part, then a [user] part containing "
        "{{sentences_json}}."),
})
