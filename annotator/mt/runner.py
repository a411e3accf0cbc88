"""The MT job runner: cache, concurrency, pacing, retries, cancellation, progress, saving.

Call :func:`translate` (or :func:`run_job` with sentences you chose) from the thread that owns
``db``, typically a GUI worker thread using its own connection from ``ProjectConnections.db``.
Requests run on a :class:`~annotator.mt.pool.DaemonPool` of ``workers`` threads; results come
back to the calling thread, which saves each one the moment it arrives (so a failure on sentence
200 keeps sentences 1–199) and then calls ``on_progress``. Every answer passes
:func:`~annotator.mt.answers.answer_problem` first: one that is not a translation is a
``bad_response`` failure, never stored as a translation nor cached.

Setting ``cancel`` makes the call return within ``poll_interval`` (0.1 s): requests still in
flight are aborted (``Engine.abort``) and their sentences count as not attempted. The job stops
the same way at the first ``offline`` error (reported once in :attr:`JobSummary.offline`) and
after ``give_up_after`` timeouts in a row (:attr:`JobSummary.gave_up`); the sentences not done
then are not attempted, not failed, so a later run sends them.

Texts are handed to the workers one at a time, each just before a worker is free, and the cache
is read again right before: a text that another run (another process on the same project) has
translated in the meantime is taken from the cache, not sent. When a job finds that another run
saved a text it had just translated too, it shuffles the order of what is left, so two runs of
one document stop walking it in step; texts both had in flight at once are the duplicates left.

Batches: when the engine implements :class:`~annotator.mt.batch.BatchEngine` and the caller
passes a :data:`~annotator.mt.batch.ParagraphReader` (``paragraphs``), the texts not cached are
grouped by paragraph, up to ``RunnerOptions.batch_size`` per request, and sent with the
paragraph's context. Each answer passes the same checks; a sentence the batch answer got wrong
(or every sentence of an unreadable answer) is sent again alone through ``Engine.translate``, with
the usual retries. A batch that failed otherwise (timeout, 429, 5xx) is retried as a whole and
then fails its sentences with that error. Token usage an engine reports goes into
:attr:`JobSummary.tokens`.
"""

from __future__ import annotations

import random
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, wait
from dataclasses import dataclass, field
from typing import TypeVar

from sqlite_utils import Database

from annotator.core.mt_types import ErrorKind, PendingSentence, cache_key
from annotator.mt.answers import answer_problem
from annotator.mt.batch import (
    BatchContext,
    BatchEngine,
    BatchItem,
    ParagraphReader,
    TokenUsage,
    UsageMeter,
)
from annotator.mt.errors import MTError
from annotator.mt.pool import DaemonPool
from annotator.mt.ratelimit import RateLimiter, backoff_delay
from annotator.mt.text import prepare, translate_pieces
from annotator.mt.types import Engine
from annotator.storage.translations import (
    SelectMode,
    cache_lookup,
    cache_store,
    record_failure,
    record_translation,
    select_sentences,
)


@dataclass(frozen=True)
class RunnerOptions:
    """How hard to push: concurrency, retries and how long to wait between them."""

    workers: int = 4
    max_attempts: int = 4  # per piece of text, first try included
    backoff_base: float = 0.5
    backoff_cap: float = 20.0
    max_retry_after: float = 300.0  # a longer pause asked by a server fails the sentence
    give_up_after: int = 3  # timeouts in a row (any sentence, any worker) that end the job
    poll_interval: float = 0.1
    batch_size: int = 10  # sentences per request for a batch engine; 1: one at a time


@dataclass(frozen=True)
class SentenceOutcome:
    """What happened to one sentence: its saved translation, or its error."""

    sentence_id: int
    text: str | None = None
    error: MTError | None = None
    cached: bool = False


@dataclass(frozen=True)
class JobProgress:
    """Counts so far; ``translated`` includes the ``cached`` ones."""

    total: int
    translated: int
    cached: int
    failed: int

    @property
    def done(self) -> int:
        """Sentences with a result or an error saved."""
        return self.translated + self.failed


@dataclass(frozen=True)
class JobSummary:
    """The outcome of a job, for a summary line or dialog."""

    engine: str
    total: int
    translated: int
    cached: int
    failed: Mapping[ErrorKind, int]
    errors: Mapping[ErrorKind, str]  # the first error of each kind, in English (str(error))
    not_attempted: int
    cancelled: bool
    offline: MTError | None
    requests: int
    seconds: float
    first_errors: Mapping[ErrorKind, MTError] = field(default_factory=dict)  # to render them
    gave_up: MTError | None = None  # the last of the timeouts in a row that ended the job
    tokens: TokenUsage | None = None  # what the engine reported using (llm servers)

    @property
    def failed_total(self) -> int:
        """Sentences whose error was saved."""
        return sum(self.failed.values())

    @property
    def complete(self) -> bool:
        """True when every sentence of the job got a translation."""
        return self.translated == self.total


ProgressCallback = Callable[[JobProgress, SentenceOutcome], None]


class _HaltedError(Exception):
    """A worker stopped because the job was cancelled, went offline or gave up."""


T = TypeVar("T")
BatchResult = dict[str, "str | MTError | _HaltedError"]


@dataclass(frozen=True)
class _Batch:
    """Texts (cache keys) sent in one request; ``context`` None: each alone, the usual way."""

    keys: tuple[str, ...]
    context: BatchContext | None


@dataclass
class _Job:
    db: Database
    engine: Engine
    source: str
    target: str
    options: RunnerOptions
    on_progress: ProgressCallback | None
    cancel: threading.Event
    paragraphs: ParagraphReader | None = None
    total: int = 0
    translated: int = 0
    cached: int = 0
    failed: Counter[ErrorKind] = field(default_factory=Counter)
    errors: dict[ErrorKind, MTError] = field(default_factory=dict)
    not_attempted: int = 0
    offline: MTError | None = None
    gave_up: MTError | None = None
    timeouts_in_a_row: int = 0
    requests: int = 0
    halt: threading.Event = field(default_factory=threading.Event)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def __post_init__(self) -> None:
        self.limiter = RateLimiter(self.engine.rate_per_second)
        self.label = getattr(self.engine, "label", self.engine.name)

    # --- worker threads -------------------------------------------------------------------

    def work(self, text: str) -> str:
        """Translate one source text: markers and whitespace off, pieces, markers back."""
        prepared = prepare(text)
        core = translate_pieces(prepared.core, self.engine.limit.fits, self.send)
        return prepared.reattach(core)

    def send(self, piece: str) -> str:
        """One piece through the engine, paced, retried with backoff for transient errors."""
        answer = self.call(lambda: self.engine.translate(piece, self.source, self.target))
        self.check(piece, answer)
        return answer

    def call(self, request: Callable[[], T]) -> T:
        """One request, paced, retried with backoff for transient errors."""
        for attempt in range(1, self.options.max_attempts + 1):
            if not self.limiter.acquire(self.halt):
                raise _HaltedError
            with self.lock:
                self.requests += 1
            try:
                answer = request()
            except MTError as error:
                self.note_failure(error)
                if not error.kind.transient or attempt == self.options.max_attempts:
                    raise
                delay = backoff_delay(attempt, self.options.backoff_base, self.options.backoff_cap)
                if error.retry_after is not None:
                    if error.retry_after > self.options.max_retry_after:
                        raise
                    delay = error.retry_after
                    self.limiter.pause_until(time.monotonic() + delay)
                if self.halt.wait(delay):
                    raise _HaltedError from error
                continue
            with self.lock:
                self.timeouts_in_a_row = 0
            return answer
        raise AssertionError("unreachable")

    def work_batch(self, batch: _Batch, texts: Sequence[str]) -> BatchResult:
        """Translate a batch's texts in one request; the ones it got wrong alone."""
        items = [BatchItem(str(number), text.strip()) for number, text in enumerate(texts, 1)]
        answers: Mapping[str, str | MTError] = {}
        if batch.context is not None and isinstance(self.engine, BatchEngine):
            engine, context = self.engine, batch.context
            try:
                answers = self.call(lambda: engine.translate_batch(items, context, self.source,
                                                                   self.target))
            except MTError as error:
                if error.kind is not ErrorKind.BAD_RESPONSE:
                    return dict.fromkeys(batch.keys, error)
                answers = {}  # nothing readable: every sentence alone
        results: BatchResult = {}
        for key, item, text in zip(batch.keys, items, texts, strict=True):
            answer = answers.get(item.id)
            if isinstance(answer, str) and answer_problem(
                    item.text, answer, self.source, self.target) is None:
                results[key] = answer.strip()
                continue
            try:
                results[key] = self.work(text)
            except (MTError, _HaltedError) as error:
                results[key] = error
        return results

    def note_failure(self, error: MTError) -> None:
        """Stop the job on ``offline`` or the ``give_up_after``-th timeout in a row; then (or
        when the job was stopped while this request ran) the piece is not attempted."""
        with self.lock:
            if error.kind is ErrorKind.OFFLINE:
                self.offline = self.offline or error
                self.halt.set()  # stop the other workers now, not when this is collected
            elif error.kind is ErrorKind.TIMEOUT:
                self.timeouts_in_a_row += 1
                if self.timeouts_in_a_row >= self.options.give_up_after:
                    self.gave_up = self.gave_up or error
                    self.halt.set()
            else:
                self.timeouts_in_a_row = 0
        if self.halt.is_set():
            raise _HaltedError from error

    def check(self, piece: str, answer: str) -> None:
        """Raise ``bad_response`` when ``answer`` is not a translation of ``piece``."""
        problem = answer_problem(piece, answer, self.source, self.target)
        if problem is not None:
            reason, params = problem
            raise MTError(ErrorKind.BAD_RESPONSE, reason, engine=self.label, **params)

    # --- the calling thread ---------------------------------------------------------------

    def report(self, outcome: SentenceOutcome) -> None:
        if self.on_progress is not None:
            progress = JobProgress(self.total, self.translated, self.cached,
                                   sum(self.failed.values()))
            self.on_progress(progress, outcome)

    def save(self, key: str, group: Sequence[PendingSentence], value: str,
             cached: bool) -> bool:
        """Store ``value`` for the group (and the cache); True when another run had already
        cached this text meanwhile (two runs are translating the same sentences)."""
        finals = []
        contended = False
        with self.db.atomic():
            if not cached and key:
                contended = bool(cache_lookup(self.db, self.engine.cache_key, self.source,
                                              self.target, [key]))
                cache_store(self.db, self.engine.cache_key, self.source, self.target, key, value)
            for sentence in group:
                prepared = prepare(sentence.text)
                finals.append(prepared.lead + value + prepared.trail)
                record_translation(self.db, sentence.sentence_id, self.engine.name, self.source,
                                   self.target, finals[-1])
        for sentence, final in zip(group, finals, strict=True):
            self.translated += 1
            self.cached += int(cached)
            self.report(SentenceOutcome(sentence.sentence_id, final, cached=cached))
        return contended

    def save_error(self, group: Sequence[PendingSentence], error: MTError) -> None:
        for sentence in group:
            record_failure(self.db, sentence.sentence_id, self.engine.name, self.source,
                           self.target, error.kind, str(error))
            self.failed[error.kind] += 1
            self.errors.setdefault(error.kind, error)
            self.report(SentenceOutcome(sentence.sentence_id, error=error))

    def collect(self, key: str, group: Sequence[PendingSentence], future: Future[str]) -> bool:
        """Save a finished request's result or error; True when another run raced us to it."""
        try:
            value = future.result()
        except _HaltedError:
            self.not_attempted += len(group)
        except MTError as error:
            self.save_error(group, error)
        else:
            return self.save(key, group, value, cached=False)
        return False

    def stopped(self) -> bool:
        if self.cancel.is_set():
            self.halt.set()
        return self.halt.is_set()

    def from_cache(self, keys: Sequence[str]) -> dict[str, str]:
        """The cache's good translations of ``keys`` (a bad one left by an older version is
        sent again)."""
        hits = cache_lookup(self.db, self.engine.cache_key, self.source, self.target, keys)
        return {key: value for key, value in hits.items()
                if answer_problem(key, value, self.source, self.target) is None}

    def run(self, groups: dict[str, list[PendingSentence]]) -> None:
        hits = self.from_cache([key for key in groups if key])
        misses = {key: group for key, group in groups.items() if key and key not in hits}
        for key, group in groups.items():
            if key not in misses:
                if self.stopped():
                    self.not_attempted += len(group)
                    continue
                self.save(key, group, hits.get(key, ""), cached=bool(key))
        if misses and not self.stopped() and self.batching():
            self.run_batches(misses)
        elif misses and not self.stopped():
            self.run_requests(misses)
        elif misses:
            self.not_attempted += sum(len(group) for group in misses.values())

    def run_requests(self, misses: dict[str, list[PendingSentence]]) -> None:
        pool = DaemonPool(self.options.workers)
        waiting = list(misses)  # keys in reading order, handed out as workers come free
        running: dict[Future[str], str] = {}
        try:
            while (waiting or running) and not self.stopped():
                self.dispatch(waiting, running, misses, pool)
                done, _ = wait(running, timeout=self.options.poll_interval,
                               return_when=FIRST_COMPLETED)
                for future in done:
                    key = running.pop(future)
                    if self.collect(key, misses[key], future):
                        random.shuffle(waiting)  # another run walks the same texts: part ways
        finally:
            self.halt.set()  # anything waiting or sleeping gives up now
            pool.shutdown()
            if running:
                self.engine.abort()  # and requests in flight end now, not at their deadline
        self.not_attempted += sum(len(misses[key]) for key in [*waiting, *running.values()])

    def dispatch(self, waiting: list[str], running: dict[Future[str], str],
                 misses: Mapping[str, list[PendingSentence]], pool: DaemonPool) -> None:
        """Hand texts to the free workers; those another run translated meanwhile come from
        the cache instead."""
        while waiting and len(running) < self.options.workers and not self.stopped():
            batch = waiting[:self.options.workers - len(running)]
            del waiting[:len(batch)]
            hits = self.from_cache(batch)
            for key in batch:
                if key in hits:
                    self.save(key, misses[key], hits[key], cached=True)
                else:
                    running[pool.submit(self.work, misses[key][0].text)] = key

    # --- batches (the calling thread) ----------------------------------------------------------

    def batching(self) -> bool:
        return (self.paragraphs is not None and self.options.batch_size > 1
                and isinstance(self.engine, BatchEngine))

    def plan(self, misses: Mapping[str, list[PendingSentence]]) -> list[_Batch]:
        """The requests to send: each paragraph's texts in batches of ``batch_size``; a text
        too long for one request, or in no paragraph, alone."""
        assert self.paragraphs is not None
        key_of = {group[0].sentence_id: key for key, group in misses.items()}
        batches: list[_Batch] = []
        planned: set[str] = set()
        for paragraph in self.paragraphs([group[0] for group in misses.values()]):
            keys = [key_of[s.sentence_id] for s in paragraph.sentences
                    if s.sentence_id in key_of and key_of[s.sentence_id] not in planned]
            planned.update(keys)
            fitting = [key for key in keys if self.engine.limit.fits(key)]
            batches.extend(_Batch((key,), None) for key in keys if key not in fitting)
            size = self.options.batch_size
            batches.extend(_Batch(tuple(fitting[at:at + size]), paragraph.context)
                           for at in range(0, len(fitting), size))
        batches.extend(_Batch((key,), None) for key in misses if key not in planned)
        return batches

    def run_batches(self, misses: dict[str, list[PendingSentence]]) -> None:
        pool = DaemonPool(self.options.workers)
        waiting = self.plan(misses)
        running: dict[Future[BatchResult], _Batch] = {}
        try:
            while (waiting or running) and not self.stopped():
                while waiting and len(running) < self.options.workers and not self.stopped():
                    batch = waiting.pop(0)
                    hits = self.from_cache(batch.keys)
                    for key in batch.keys:
                        if key in hits:
                            self.save(key, misses[key], hits[key], cached=True)
                    keys = tuple(key for key in batch.keys if key not in hits)
                    if keys:
                        todo = _Batch(keys, batch.context)
                        texts = [misses[key][0].text for key in keys]
                        running[pool.submit(self.work_batch, todo, texts)] = todo
                done, _ = wait(running, timeout=self.options.poll_interval,
                               return_when=FIRST_COMPLETED)
                for future in done:
                    if self.collect_batch(running.pop(future), misses, future):
                        random.shuffle(waiting)
        finally:
            self.halt.set()
            pool.shutdown()
            if running:
                self.engine.abort()
        self.not_attempted += sum(len(misses[key]) for batch in [*waiting, *running.values()]
                                  for key in batch.keys)

    def collect_batch(self, batch: _Batch, misses: Mapping[str, list[PendingSentence]],
                      future: Future[BatchResult]) -> bool:
        """Save a finished batch's results and errors; True when another run raced us."""
        try:
            results = future.result()
        except _HaltedError:
            self.not_attempted += sum(len(misses[key]) for key in batch.keys)
            return False
        contended = False
        for key in batch.keys:
            value = results[key]
            if isinstance(value, _HaltedError):
                self.not_attempted += len(misses[key])
            elif isinstance(value, MTError):
                self.save_error(misses[key], value)
            else:
                contended = self.save(key, misses[key], value, cached=False) or contended
        return contended


def run_job(
    db: Database, engine: Engine, sentences: Sequence[PendingSentence], source: str,
    target: str = "en", *, options: RunnerOptions | None = None,
    on_progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
    paragraphs: ParagraphReader | None = None,
) -> JobSummary:
    """Translate ``sentences`` with ``engine`` and save every result or error to ``db``.

    ``on_progress(progress, outcome)`` runs in the calling thread after each sentence is saved.
    Identical texts (after :func:`~annotator.core.mt_types.cache_key`) are sent once; cached texts
    are not sent at all. With ``paragraphs`` and a batch engine, a paragraph's texts go
    together (see the module's docstring).
    """
    options = options or RunnerOptions()
    started = time.monotonic()
    meter = getattr(engine, "usage", None)
    used_before = meter.total if isinstance(meter, UsageMeter) else None
    job = _Job(db, engine, source, target, options, on_progress, cancel or threading.Event(),
               paragraphs=paragraphs, total=len(sentences))
    groups: dict[str, list[PendingSentence]] = {}
    for sentence in sentences:
        groups.setdefault(cache_key(sentence.text), []).append(sentence)
    job.run(groups)
    return JobSummary(
        engine=engine.name, total=job.total, translated=job.translated, cached=job.cached,
        failed=dict(job.failed), errors={kind: str(e) for kind, e in job.errors.items()},
        not_attempted=job.not_attempted, cancelled=job.cancel.is_set(), offline=job.offline,
        requests=job.requests, seconds=time.monotonic() - started, first_errors=dict(job.errors),
        gave_up=job.gave_up,
        tokens=meter.total - used_before if isinstance(meter, UsageMeter) and used_before
        is not None else None)


def translate(
    db: Database, engine: Engine, source: str, target: str = "en", *,
    document_ids: Sequence[str] | None = None, sentence_ids: Sequence[int] | None = None,
    mode: SelectMode = "pending", options: RunnerOptions | None = None,
    on_progress: ProgressCallback | None = None, cancel: threading.Event | None = None,
    paragraphs: ParagraphReader | None = None,
) -> JobSummary:
    """Select the annotatable sentences to translate (see ``select_sentences``) and run them.

    ``mode``: ``pending`` (never tried by this engine), ``failed`` (retry the failures alone) or
    ``all`` (everything again; answered from the cache where possible).
    """
    sentences = select_sentences(db, engine.name, source, target, document_ids=document_ids,
                                 sentence_ids=sentence_ids, mode=mode)
    return run_job(db, engine, sentences, source, target, options=options,
                   on_progress=on_progress, cancel=cancel, paragraphs=paragraphs)

