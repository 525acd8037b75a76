"""Command line: a thin layer over the library. Errors become one line on stderr and an exit code."""

from __future__ import annotations

import argparse
import json
import sqlite3
import sys
from datetime import date
from pathlib import Path

from . import __version__
from .errors import InputError, LagebildError

EXIT_USAGE = 64


def _date(value: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date (YYYY-MM-DD): {value!r}") from None


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lagebild", description="A source-attributed picture of events in news.")
    p.add_argument("--version", action="version", version=f"lagebild {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    a = sub.add_parser("analyze", help="analyse articles (.txt, .html, .jsonl, directories)")
    a.add_argument("paths", nargs="+", type=Path, metavar="PATH")
    a.add_argument("--format", choices=("text", "json", "jsonl"), default="text")
    a.add_argument("--lang", help="language of the articles (default: identified per article)")
    a.add_argument("--published", type=_date, help="publication date (YYYY-MM-DD) to anchor relative times")
    a.add_argument("--encoding", help="encoding of text files that are not UTF-8 (e.g. latin-1)")
    a.add_argument("--max-bytes", type=int, default=10_000_000, help="largest input file (default 10 MB)")
    a.add_argument("--kb-extra", type=Path, help="a TSV of your own actors added to the knowledge base")

    g = sub.add_parser("ingest", help="analyse articles into a store (files, directories, JSONL, HTML, feeds, WARC)")
    g.add_argument("paths", nargs="+", metavar="PATH|URL")
    g.add_argument("--db", type=Path, required=True, help="the store (an SQLite file; created if missing)")
    g.add_argument("--jobs", type=int, default=1, help="analyse in this many processes (default 1; 0 = all cores)")
    g.add_argument("--lang", help="language of the articles (default: identified per article)")
    g.add_argument("--published", type=_date, help="publication date for articles that give none")
    g.add_argument("--encoding", help="encoding of text files that are not UTF-8 (e.g. latin-1)")
    g.add_argument("--max-bytes", type=int, default=10_000_000, help="largest input file or page (default 10 MB)")
    g.add_argument("--allow-private", action="store_true",
                   help="allow fetching from private, loopback and link-local addresses (refused by default)")
    g.add_argument("--timeout", type=float, default=20.0, help="seconds allowed per fetched page or feed (default 20)")
    g.add_argument("--no-progress", action="store_true", help="no progress bar")
    g.add_argument("--kb-extra", type=Path, help="a TSV of your own actors added to the knowledge base")
    g.add_argument("--format", choices=("text", "json"), default="text", help="the closing summary")

    st = sub.add_parser("stats", help="counts of a store's documents, stories, events, claims and links")
    st.add_argument("--db", type=Path, required=True)
    st.add_argument("--format", choices=("text", "json"), default="text")

    q = sub.add_parser("query", help="ask a store: events, claims, stories, a story's claim board, full text")
    qsub = q.add_subparsers(dest="query_command", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--db", type=Path, required=True)
    common.add_argument("--format", choices=("text", "json", "csv"), default="text")
    common.add_argument("--limit", type=int, default=100, help="at most this many rows (default 100)")
    common.add_argument("--offset", type=int, default=0)
    qe = qsub.add_parser("events", parents=[common], help="events by actor, type, place, period, story")
    qe.add_argument("--actor", help="either side: ISO3 country or CAMEO code prefix (RUS, RUSMIL)")
    qe.add_argument("--source", help="the acting side (ISO3 or CAMEO code prefix)")
    qe.add_argument("--target", help="the side acted upon (ISO3 or CAMEO code prefix)")
    qe.add_argument("--type", help="PLOVER event type (ASSAULT, MOBILIZE, AGREE, ...)")
    qe.add_argument("--place", help="place name or GeoNames id")
    qe.add_argument("--since", type=_date)
    qe.add_argument("--until", type=_date)
    qe.add_argument("--story", type=int)
    qe.add_argument("--all", action="store_true", help="also negated, hypothetical, future and demanded events")
    qc = qsub.add_parser("claims", parents=[common], help="claims by speaker, status, story")
    qc.add_argument("--speaker", help="speaker name, words of the speaker, knowledge-base id or ISO3 country")
    qc.add_argument("--status", choices=("asserted", "reported", "claimed", "confirmed", "denied", "disputed",
                                         "speculated", "feared"))
    qc.add_argument("--story", type=int)
    qsub.add_parser("stories", parents=[common], help="stories with their outlets, contradictions and support")
    qb = qsub.add_parser("board", parents=[common], help="a story's claim board: contradictions and corroboration")
    qb.add_argument("--story", type=int, help="the story (default: every story with links)")
    qb.add_argument("--per-side", type=int, default=None, help="text: show at most this many positions per side")
    qs = qsub.add_parser("search", parents=[common], help="full-text search over the articles (FTS5 syntax)")
    qs.add_argument("text")

    x = sub.add_parser("export", help="export a store: jsonl, csv, gdelt (event TSV), geojson, parquet")
    x.add_argument("--db", type=Path, required=True)
    x.add_argument("--format", choices=("jsonl", "csv", "gdelt", "geojson", "parquet"), required=True)
    x.add_argument("--out", type=Path, required=True, help="a file (jsonl, gdelt, geojson) or folder (csv, parquet)")

    sv = sub.add_parser("serve", help="the web app and JSON API over a store")
    sv.add_argument("--db", type=Path, required=True)
    sv.add_argument("--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this machine only)")
    sv.add_argument("--port", type=int, default=8000)
    sv.add_argument("--token", help="allow POST /api/ingest with this bearer token (default: read-only)")
    sv.add_argument("--cors-origin", action="append", default=[], metavar="ORIGIN",
                    help="allow cross-origin GET requests from this origin (repeatable; default: none)")

    spk = sub.add_parser("spark", help="the pipeline on Apache Spark (pip install 'lagebild[spark]')")
    spsub = spk.add_subparsers(dest="spark_command", required=True)
    sr = spsub.add_parser("run", help="analyse JSONL or Parquet articles into Parquet tables")
    sr.add_argument("input", help="JSONL file(s) or Parquet (a path or URL Spark can read)")
    sr.add_argument("output", help="output folder for the Parquet tables")
    sr.add_argument("--master", default=None,
                    help="Spark master (default: the one spark-submit gives, else local[*])")
    sr.add_argument("--partitions", type=int, default=None, help="analyse in this many partitions")

    lp = sub.add_parser("load-parquet", help="bring the documents of a spark run into a store")
    lp.add_argument("folder", type=Path)
    lp.add_argument("--db", type=Path, required=True)

    e = sub.add_parser("eval", help="score a stage against public gold data")
    esub = e.add_subparsers(dest="eval_command", required=True)
    sp = esub.add_parser("spkatt", help="speaker attribution: GermEval 2023 SpkAtt (task 2) JSON files")
    sp.add_argument("directory", type=Path)
    sp.add_argument("--part", choices=("heldout", "dev", "all"), default="heldout",
                    help="the project's fixed 80/20 split of the files (default: heldout)")
    sp.add_argument("--limit", type=int, default=None, help="at most this many documents")
    sp.add_argument("--format", choices=("text", "json"), default="text")

    gp = esub.add_parser("geoparsing", help="toponyms: TR-News or GeoVirus XML (precision, recall, accuracy@161km)")
    gp.add_argument("file", type=Path)
    gp.add_argument("--limit", type=int, default=None, help="at most this many articles")
    gp.add_argument("--format", choices=("text", "json"), default="text")

    ne = esub.add_parser("ner", help="named entities: GermEval 2014 TSV (strict, outer level)")
    ne.add_argument("file", type=Path)
    ne.add_argument("--limit", type=int, default=None, help="at most this many sentences")
    ne.add_argument("--format", choices=("text", "json"), default="text")

    pe = esub.add_parser("petrarch", help="event coding: PETRARCH2 unit-test records (root, source, target)")
    pe.add_argument("file", type=Path)
    pe.add_argument("--actors", type=Path, help="their actor dictionary (default: PETR.Validate.actors.txt beside)")
    pe.add_argument("--verbs", type=Path, default=None,
                    help="code with this PETRARCH verb dictionary instead of lagebild's own event lexicon "
                         "(e.g. PETR.Validate.verbs.txt beside the records)")
    pe.add_argument("--limit", type=int, default=None, help="at most this many records")
    pe.add_argument("--format", choices=("text", "json"), default="text")

    for name, what in (("events", "event coding: the project's gold sentences (gold/events/<lang>.jsonl)"),
                       ("attribution", "claims: the project's attribution gold (gold/attribution/<lang>.jsonl)")):
        own = esub.add_parser(name, help=what)
        own.add_argument("file", type=Path)
        own.add_argument("--lang", default=None, help="language of the items (default: the file's stem, e.g. de)")
        own.add_argument("--part", choices=("heldout", "dev", "all"), default="all",
                         help="the fixed half of the items to score (by a hash of their ids; default: all)")
        own.add_argument("--errors", action="store_true", help="also list every miss and wrong attribute")
        own.add_argument("--format", choices=("text", "json"), default="text")

    k = sub.add_parser("kb", help="the knowledge base")
    ksub = k.add_subparsers(dest="kb_command", required=True)
    kb = ksub.add_parser("build", help="build the knowledge base from reference data")
    kb.add_argument("--reference", type=Path, default=Path("../shared/data/reference"))
    kb.add_argument("--out", type=Path, default=None, help="output file (default: the packaged artefact)")
    kv = ksub.add_parser("verbs", help="compile a CAMEO verb pattern dictionary (PETRARCH format) into TSV tables")
    kv.add_argument("--source", type=Path, default=None,
                    help="the dictionary (default: ../shared/data/reference/phoenix/CAMEO.2.0.txt beside the project)")
    kv.add_argument("--out", type=Path, default=None, help="folder for the three tables (default: lagebild/lang/en/)")
    look = ksub.add_parser("lookup", help="the records a name stands for")
    look.add_argument("name")
    look.add_argument("--lang", help="also demonyms of this language (de, en)")
    ksub.add_parser("stats", help="counts of the knowledge base by record type")
    return p


def cmd_analyze(args: argparse.Namespace) -> int:
    from .corpus.ingest import published_date
    from .io.readers import read_path
    from .io.report import text_report
    from .pipeline import analyze

    if args.max_bytes <= 0:
        raise InputError("--max-bytes must be a positive number of bytes")
    if args.kb_extra:
        from .kb.extra import use_extra

        use_extra(args.kb_extra)
    failures, crashes = 0, 0
    results = []
    lang = args.lang.lower() if args.lang else None
    for path in args.paths:
        for art in read_path(path, encoding=args.encoding, max_bytes=args.max_bytes):
            if isinstance(art, InputError):
                failures += 1
                print(f"lagebild: error: {art}", file=sys.stderr)
                continue
            published = args.published or published_date(art.published)
            try:
                doc = analyze(art.text, lang=lang or art.lang, published=published, doc_id=art.id,
                              title=art.title, source=art.source, url=art.url)
            except InputError as exc:
                failures += 1
                print(f"lagebild: error: {exc}", file=sys.stderr)
                continue
            except Exception as exc:  # a bug must not cost the other articles; say which one failed
                crashes += 1
                print(f"lagebild: internal error analysing {art.id}: {type(exc).__name__}: {exc}"
                      " (please report it)", file=sys.stderr)
                continue
            out = doc.to_json()
            if args.format == "jsonl":
                sys.stdout.write(json.dumps(out, ensure_ascii=False, allow_nan=False) + "\n")
            elif args.format == "text":
                sys.stdout.write(text_report(out) + "\n")
            else:
                results.append(out)
    if args.format == "json" and results:
        payload = results[0] if len(results) == 1 else results
        sys.stdout.write(json.dumps(payload, ensure_ascii=False, indent=2, allow_nan=False) + "\n")
    if crashes:
        return 3
    return InputError.exit_code if failures else 0


def cmd_ingest(args: argparse.Namespace) -> int:
    import os

    from .corpus.ingest import ingest
    from .io.readers import read_inputs
    from .io.web import WebOptions
    from .store import Store

    if args.max_bytes <= 0:
        raise InputError("--max-bytes must be a positive number of bytes")
    if args.timeout <= 0:
        raise InputError("--timeout must be a positive number of seconds")
    if args.kb_extra:
        from .kb.extra import use_extra

        use_extra(args.kb_extra)
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)

    def on_error(message: str) -> None:
        print(f"lagebild: error: {message}", file=sys.stderr)

    with Store(args.db) as store:
        def known_url(url: str) -> bool:
            return store.conn.execute("SELECT 1 FROM documents WHERE ext_id = ? OR url = ?", (url, url)).fetchone() \
                is not None

        web = WebOptions(allow_private=args.allow_private, timeout=args.timeout, max_bytes=args.max_bytes,
                         known_url=known_url)
        inputs = read_inputs(args.paths, encoding=args.encoding, max_bytes=args.max_bytes, web=web)
        report = ingest(inputs, store, jobs=jobs, lang=args.lang.lower() if args.lang else None,
                        published=args.published, progress=not args.no_progress and sys.stderr.isatty(),
                        on_error=on_error)
        summary = report.to_json() | {"store": store.stats()["counts"]}
    if args.format == "json":
        print(json.dumps(summary, indent=2))
    else:
        print(f"{report.added} added, {report.skipped} already stored, {report.failed} unreadable,"
              f" {report.crashed} failed in analysis ({report.seconds:.1f} s); the store holds"
              f" {summary['store']['documents']} documents in {summary['store']['stories']} stories")
    if report.crashed:
        return 3
    return InputError.exit_code if report.failed else 0


def cmd_stats(args: argparse.Namespace) -> int:
    from .store import Store

    with Store(args.db, readonly=True) as store:
        stats = store.stats()
    if args.format == "json":
        print(json.dumps(stats, indent=2, sort_keys=True))
        return 0
    for table, n in stats["counts"].items():
        print(f"{table:<14} {n:>10,}")
    print(f"{'copies':<14} {stats['syndicated_copies']:>10,}  (syndicated or near-duplicate documents)")
    for kind, n in sorted(stats["claim_links"].items()):
        print(f"{kind:<14} {n:>10,}  (claim links across documents)")
    return 0


QUERY_COLUMNS = {
    "events": ["date", "type", "source_country", "source_text", "target_country", "target_text", "place",
               "status", "outlet", "story_id"],
    "claims": ["published", "status", "speaker_text", "cue_text", "content_text", "outlet", "story_id"],
    "stories": ["story", "first_date", "documents", "independent", "outlets", "languages", "contradictions",
                "supports", "label"],
    "search": ["doc_id", "published", "outlet", "story_id", "title", "snippet"],
}


def cmd_query(args: argparse.Namespace) -> int:
    import csv

    from .io.report import board_report, table_report
    from .store import Store, queries

    what = args.query_command
    try:
        with Store(args.db, readonly=True) as store:
            conn = store.conn
            page = {"limit": args.limit, "offset": args.offset}
            if what == "events":
                rows = queries.events(conn, actor=args.actor, source=args.source, target=args.target,
                                      type=args.type, place=args.place, story=args.story,
                                      since=args.since and args.since.isoformat(),
                                      until=args.until and args.until.isoformat(), include_unreal=args.all, **page)
            elif what == "claims":
                rows = queries.claims(conn, speaker=args.speaker, status=args.status, story=args.story, **page)
            elif what == "stories":
                rows = queries.stories(conn, **page)
            elif what == "search":
                rows = queries.search(conn, args.text, limit=args.limit)
            else:
                ids = [args.story] if args.story is not None else [
                    r[0] for r in conn.execute("SELECT DISTINCT story_id FROM claim_links ORDER BY story_id")]
                if args.story is not None and queries.story(conn, args.story) is None:
                    raise InputError(f"no story {args.story} in {args.db}")
                boards = [{"story": queries.story(conn, i), "board": queries.board(conn, i)} for i in ids]
                if args.format == "json":
                    print(json.dumps(boards, ensure_ascii=False, indent=2))
                else:
                    print("\n\n".join(board_report(b["story"], b["board"], args.per_side) for b in boards))
                return 0
    except ValueError as exc:
        raise InputError(str(exc)) from None
    if args.format == "json":
        print(json.dumps(rows, ensure_ascii=False, indent=2))
    elif args.format == "csv":
        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]), extrasaction="ignore")
            writer.writeheader()
            writer.writerows({k: json.dumps(v) if isinstance(v, list) else v for k, v in r.items()} for r in rows)
    else:
        print(table_report(rows, QUERY_COLUMNS[what]))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    from .io import exports
    from .store import Store

    writers = {"jsonl": exports.write_jsonl, "csv": exports.write_csv, "gdelt": exports.write_gdelt,
               "geojson": exports.write_geojson, "parquet": exports.write_parquet}
    if args.format in ("csv", "parquet") and args.out.exists() and not args.out.is_dir():
        raise InputError(f"{args.out}: exists and is not a folder")
    if args.format not in ("csv", "parquet") and args.out.is_dir():
        raise InputError(f"{args.out}: is a folder; give a file name")
    with Store(args.db, readonly=True) as store:
        try:
            n = writers[args.format](store.conn, args.out)
        except OSError as exc:
            raise InputError(f"{args.out}: cannot write ({exc.strerror})") from None
    print(f"{n} rows written to {args.out}", file=sys.stderr)
    return 0


def cmd_serve(args: argparse.Namespace) -> int:
    import uvicorn

    from .web.app import create_app

    if not 0 < args.port < 65536:
        raise InputError("--port must be between 1 and 65535")
    if args.token is not None and len(args.token) < 16:
        raise InputError("--token must be at least 16 characters")
    app = create_app(args.db, token=args.token, cors_origins=tuple(args.cors_origin))
    print(f"lagebild: serving {args.db} at http://{args.host}:{args.port}/ (API docs at /docs; Ctrl-C stops)",
          file=sys.stderr)
    uvicorn.run(app, host=args.host, port=args.port, log_level="warning")
    return 0


def cmd_spark(args: argparse.Namespace) -> int:
    from .spark import run

    if args.partitions is not None and args.partitions < 1:
        raise InputError("--partitions must be at least 1")
    counts = run(args.input, args.output, master=args.master, partitions=args.partitions)
    print(json.dumps(counts, sort_keys=True))
    return 0


def cmd_load_parquet(args: argparse.Namespace) -> int:
    from .spark.load import load_parquet
    from .store import Store

    def on_error(message: str) -> None:
        print(f"lagebild: error: {message}", file=sys.stderr)

    with Store(args.db) as store:
        counts = load_parquet(args.folder, store, on_error=on_error)
    print(json.dumps(counts, sort_keys=True))
    return InputError.exit_code if counts["failed"] else 0


def cmd_eval(args: argparse.Namespace) -> int:
    if args.eval_command in ("events", "attribution"):
        from .eval import attribution, events

        scorer = events if args.eval_command == "events" else attribution
        if not args.file.is_file():
            raise InputError(f"{args.file}: no such file")
        result = scorer.evaluate(args.file, args.lang, args.part)
        if not args.errors:
            result.pop("errors")
        if args.format == "json":
            print(json.dumps(result, ensure_ascii=False, indent=2))
        else:
            print(scorer.format_report(result))
            for err in result.get("errors", []):
                print(json.dumps(err, ensure_ascii=False))
        return 0
    if args.eval_command == "petrarch":
        from .eval import petrarch

        if not args.file.is_file():
            raise InputError(f"{args.file}: no such file")
        result = petrarch.evaluate(args.file, args.actors, args.limit, args.verbs)
        print(json.dumps(result, indent=2) if args.format == "json" else petrarch.format_report(result))
        return 0
    if args.eval_command in ("geoparsing", "ner"):
        from .eval import geoparsing, ner

        scorer = geoparsing if args.eval_command == "geoparsing" else ner
        if not args.file.is_file():
            raise InputError(f"{args.file}: no such file")
        result = scorer.evaluate(args.file, args.limit)
        print(json.dumps(result, ensure_ascii=False, indent=2) if args.format == "json"
              else scorer.format_report(result))
        return 0
    from .eval.speaker_attribution import evaluate, format_report

    result = evaluate(args.directory, args.part, args.limit)
    if args.format == "json":
        print(json.dumps(result, ensure_ascii=False, indent=2, default=str))
    else:
        print(format_report(result))
    return 0


def cmd_kb(args: argparse.Namespace) -> int:
    if args.kb_command in ("lookup", "stats"):
        from .kb import default_kb
        from .kb.lookup import lookup, stats

        if args.kb_command == "stats":
            print(json.dumps(stats(default_kb()), ensure_ascii=False, indent=2))
            return 0
        found = lookup(default_kb(), args.name, args.lang.lower() if args.lang else None)
        for record in found:
            print(json.dumps(record, ensure_ascii=False, sort_keys=True))
        if not found:
            print(f"lagebild: no record for {args.name!r}", file=sys.stderr)
            return 1
        return 0
    if args.kb_command == "verbs":
        return cmd_kb_verbs(args)
    from .kb.build import build_kb
    from .kb.kb import DEFAULT_PATH

    if not args.reference.is_dir():
        raise InputError(f"{args.reference}: reference data folder not found")
    try:
        counts = build_kb(args.reference, args.out or DEFAULT_PATH)
    except (FileNotFoundError, KeyError, ValueError) as exc:
        raise InputError(f"{args.reference}: incomplete or unexpected reference data ({exc})") from None
    print(json.dumps(counts, sort_keys=True))
    return 0


def cmd_kb_verbs(args: argparse.Namespace) -> int:
    from .lang.cameo_verbs import DEFAULT_OUT, DEFAULT_SOURCE, read_dictionary, write_tables

    source = args.source or DEFAULT_SOURCE
    d = read_dictionary(source, strict=False)
    for message in d.skipped:
        print(f"lagebild: warning: pattern skipped: {message}", file=sys.stderr)
    for name in d.undefined_synsets():
        print(f"lagebild: warning: {source}: &{name} is used but not defined (matches nothing)", file=sys.stderr)
    try:
        counts = write_tables(d, args.out or DEFAULT_OUT)
    except OSError as exc:
        raise InputError(f"{args.out or DEFAULT_OUT}: cannot write ({exc.strerror})") from None
    counts |= {"blocks": len(d.blocks), "synsets": len(d.synsets), "skipped_patterns": len(d.skipped),
               "patterns_read": sum(len(b.patterns) for b in d.blocks)}
    print(json.dumps(counts, sort_keys=True))
    return 0


def main(argv: list[str] | None = None) -> int:
    if hasattr(sys.stdout, "reconfigure"):
        sys.stdout.reconfigure(encoding="utf-8")  # the analysis is UTF-8 whatever the terminal says
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        if args.command == "analyze":
            return cmd_analyze(args)
        if args.command == "ingest":
            return cmd_ingest(args)
        if args.command == "stats":
            return cmd_stats(args)
        if args.command == "spark":
            return cmd_spark(args)
        if args.command == "load-parquet":
            return cmd_load_parquet(args)
        if args.command == "serve":
            return cmd_serve(args)
        if args.command == "query":
            return cmd_query(args)
        if args.command == "export":
            return cmd_export(args)
        if args.command == "kb":
            return cmd_kb(args)
        if args.command == "eval":
            return cmd_eval(args)
    except LagebildError as exc:
        print(f"lagebild: error: {exc}", file=sys.stderr)
        return exc.exit_code
    except KeyboardInterrupt:
        print("lagebild: interrupted", file=sys.stderr)
        return 130
    except sqlite3.Error as exc:  # the store is locked, full or damaged: say so, in one line
        print(f"lagebild: error: the store failed ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return 0
    return EXIT_USAGE


if __name__ == "__main__":
    sys.exit(main())
