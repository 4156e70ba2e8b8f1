"""The ``dialogue-extract`` command: one release (``extract``) or a whole corpus (``batch``).

Built with typer (already installed with spaCy); progress with tqdm. Exit status: 0 when every
document succeeded, 1 when any failed, 2 for usage errors (bad option, missing input), 130 when
interrupted (everything finished so far is on disk: rerun with ``--resume``).
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from pathlib import Path
from typing import Any, List, Optional

import typer

from . import __version__
from .optional import MissingDependency

app = typer.Typer(
    name="dialogue-extract",
    no_args_is_help=True,
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


class TableFormat(str, Enum):
    parquet = "parquet"
    csv = "csv"


class InputFormat(str, Enum):
    auto = "auto"
    text = "text"
    html = "html"


def _check_date(value: Optional[str]) -> Optional[str]:
    if value is None:
        return None
    from .extractor import coerce_reference_date

    try:
        return coerce_reference_date(value).isoformat()  # type: ignore[union-attr]
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in the form YYYY-MM-DD") from None


def _version(value: bool) -> None:
    if value:
        typer.echo(f"dialogue-extract {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                 help="Print the version and exit."),
) -> None:
    """Officials, countries, dates and cooperation sectors from diplomatic press releases.

    \b
    Examples:
      dialogue-extract extract release.txt --reference-date 2024-03-04
      dialogue-extract batch releases/ pages/*.html more.jsonl --out results/ --workers 4
    """


ACTORS_HELP = ("A list of known officials (CSV/TSV with a header row, or JSONL: name, aliases, country, "
               "titles, organization, start, end, id): listed actors are found without a title, get "
               "the listed country and name, and their id (see examples/actors.csv).")


def _read_actors(path: Path) -> Any:
    from .actors import read_actors

    try:
        return read_actors(path)
    except (OSError, ValueError) as e:
        raise typer.BadParameter(str(e), param_hint="--actors")


@app.command("extract")
def extract_cmd(
    file: str = typer.Argument(..., metavar="FILE|-", help="A .txt or .html file, or - to read stdin."),
    reference_date: Optional[str] = typer.Option(
        None, "--reference-date", "-d", metavar="YYYY-MM-DD", callback=_check_date,
        help="Date of issue: anchors weekdays and relative dates (default: the release's dateline)."),
    compact: bool = typer.Option(False, "--compact", help="One line of JSON instead of indented JSON."),
    input_format: InputFormat = typer.Option(
        InputFormat.auto, "--input-format", help="auto: by file suffix (.html/.htm) or, for stdin, by content."),
    record: bool = typer.Option(
        False, "--record", help="Print the full document record (text, reference-date origin, extraction) "
                                "as written to documents.jsonl by 'batch'."),
    actors: Optional[Path] = typer.Option(
        None, "--actors", metavar="FILE", help=ACTORS_HELP),
) -> None:
    """Print one release's Extraction as JSON.

    HTML input is reduced to the page's main text first (needs the 'html' extra); offsets then
    refer to that text (see --record).

    \b
    Examples:
      dialogue-extract extract release.txt
      dialogue-extract extract page.html --reference-date 2024-03-04 --compact
      cat release.txt | dialogue-extract extract - --record
    """
    from . import get_extractor
    from .batch import process_records
    from .sources import HTML_SUFFIXES, SourceRecord

    if file == "-":
        data = sys.stdin.buffer.read()
        kind = "auto"
    else:
        path = Path(file)
        if not path.is_file():
            raise typer.BadParameter(f"no such file: {file!r}", param_hint="FILE")
        data = path.read_bytes()
        kind = "html" if path.suffix.lower() in HTML_SUFFIXES else "text"
    if input_format is not InputFormat.auto:
        kind = input_format.value
    rec = SourceRecord(id=file, path=file, kind=kind, content=data)
    extractor = get_extractor()
    if actors is not None:  # the shared pipeline, with the user's actor list
        import copy

        extractor = copy.copy(extractor)
        extractor.actors = _read_actors(actors)
    (doc,) = process_records([rec], extractor, default_reference_date=reference_date)
    if doc["error"]:
        typer.echo(f"dialogue-extract: {file}: {doc['error']}", err=True)
        raise typer.Exit(1)
    payload = doc if record else doc["extraction"]
    typer.echo(json.dumps(payload, ensure_ascii=False, indent=None if compact else 2))


@app.command("batch")
def batch_cmd(
    inputs: List[str] = typer.Argument(
        ..., metavar="INPUT...",
        help="Folders (searched recursively), globs, .txt, .html/.htm, .json (a record or a list) and "
             ".jsonl files (records with id, text or html, optional date and url)."),
    out: Path = typer.Option(..., "--out", "-o", help="Output folder (created if needed)."),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Processes, each loading the pipeline once."),
    batch_size: int = typer.Option(32, "--batch-size", "-b", min=1, help="Documents per chunk sent to a worker."),
    table_format: TableFormat = typer.Option(TableFormat.parquet, "--format", "-f", help="Table file format."),
    resume: bool = typer.Option(False, "--resume", help="Continue an interrupted run into the same --out: "
                                                         "documents already in documents.jsonl are skipped."),
    overwrite: bool = typer.Option(False, "--overwrite", help="Replace the results of a previous run in --out."),
    reference_date: Optional[str] = typer.Option(
        None, "--reference-date", "-d", metavar="YYYY-MM-DD", callback=_check_date,
        help="Default date of issue for documents whose record has no date."),
    timeout_per_doc: float = typer.Option(
        60.0, "--timeout-per-doc", "-t", min=0, metavar="SECONDS",
        help="Wall time one document may take; a document taking longer becomes an error record "
             "and the run goes on (0: no limit)."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar and no summary line."),
    actors: Optional[Path] = typer.Option(
        None, "--actors", metavar="FILE", help=ACTORS_HELP),
    scheduler: Optional[str] = typer.Option(
        None, "--scheduler", metavar="ADDRESS",
        help="Run on Dask: 'local:N' (a local cluster of N worker processes) or a scheduler's address "
             "('tcp://host:8786'); needs dialogue-extract[dask]. Writes the same --out folder."),
) -> None:
    """Extract a corpus into a folder: documents.jsonl, tables, entities.jsonl.

    \b
    Writes into --out:
      documents.jsonl   one line per document: id, source, text, reference date, extraction or error
      officials, mentions, countries, dates, sectors   tables (.parquet, or .csv with --format csv)
      entities.jsonl    one line per official across the corpus (stable entity ids)

    \b
    Examples:
      dialogue-extract batch releases/ --out results/
      dialogue-extract batch 'archive/**/*.html' feed.jsonl --out results/ --workers 4
      dialogue-extract batch releases/ --out results/ --format csv --reference-date 2024-01-01
      dialogue-extract batch releases/ --out results/ --resume     # after an interruption
      dialogue-extract batch archive/ --out results/ --scheduler tcp://scheduler:8786

    Exit status: 0 all succeeded, 1 some failed, 2 usage error, 130 interrupted.
    """
    from .batch import run_batch

    try:
        summary = run_batch(inputs, out, workers=workers, batch_size=batch_size,
                            table_format=table_format.value, resume=resume, overwrite=overwrite,
                            reference_date=reference_date, progress=False if quiet else None,
                            timeout_per_doc=timeout_per_doc,
                            actors=_read_actors(actors) if actors is not None else None,
                            scheduler=scheduler)
    except (FileNotFoundError, FileExistsError, ValueError, MissingDependency) as e:
        typer.echo(f"dialogue-extract batch: error: {e}", err=True)
        raise typer.Exit(2)
    except KeyboardInterrupt as e:
        s = getattr(e, "summary", None)
        done = f" ({s.processed} documents done and saved)" if s is not None else ""
        typer.echo(f"dialogue-extract batch: interrupted{done}; rerun with --resume to continue", err=True)
        raise typer.Exit(130)
    if not quiet:
        typer.echo(f"dialogue-extract batch: {summary.line()}", err=True)
        for doc_id, reason in summary.errors[:5]:
            typer.echo(f"  failed: {doc_id}: {reason}", err=True)
        if summary.failed > 5:
            typer.echo(f"  ... and {summary.failed - 5} more (see 'error' in documents.jsonl)", err=True)
    raise typer.Exit(1 if summary.failed else 0)


def main(argv: Optional[list[str]] = None) -> None:
    """Entry point of the ``dialogue-extract`` script."""
    app(args=argv, prog_name="dialogue-extract")


if __name__ == "__main__":  # pragma: no cover
    main()
