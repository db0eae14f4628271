"""`summarizer schema`: print the JSON schema of the report."""

from __future__ import annotations

import argparse
import json
import sys

HELP = "print the JSON schema of the report (or of the digest with --digest)"


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's flags."""
    parser.add_argument("--digest", action="store_true", help="the digest's schema instead")


def run(args: argparse.Namespace) -> int:
    """Print the schema to stdout."""
    if args.digest:
        from summarizer.briefing.schema import Digest

        schema = Digest.model_json_schema()
    else:
        from summarizer.schema import Report

        schema = Report.model_json_schema()
    sys.stdout.write(json.dumps(schema, indent=2) + "\n")
    return 0
