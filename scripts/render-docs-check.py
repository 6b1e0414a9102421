#!/usr/bin/env python3
"""Render every Markdown page of the generated docs and check the HTML.

Usage: scripts/render-docs-check.py [FOLDER ...]      (default: docs/api)

Each page is rendered with python-markdown (extensions: tables, fenced_code) and, when the
`cmark-gfm` command is installed, also with GitHub's cmark-gfm (extension: table, raw HTML
kept so that any injected tag would show). For each rendering it checks that:
  - the HTML is well formed: every tag is closed, in order;
  - only the tags Markdown itself produces appear, plus <br> (so no <script>, <img>, <div>
    ... leaked from spec text), and no attribute but href on <a> and class on <code>;
  - every Markdown table became a <table>, and each table row has as many cells as the
    table's header row;
  - every relative link target exists.
Exits 1 when any page fails, 2 on a usage or setup error.

Needs: python3 -m pip install markdown     (optional: apt-get install -y cmark-gfm)
"""

import html.parser
import os
import re
import shutil
import subprocess
import sys
import urllib.parse

try:
    import markdown
except ImportError:
    sys.exit("render-docs-check: python-markdown is missing: python3 -m pip install markdown")

VOID = {"br", "hr", "img", "input"}
ALLOWED = {
    "p", "h1", "h2", "h3", "h4", "h5", "h6", "a", "code", "pre", "strong", "em", "ul", "ol", "li",
    "blockquote", "table", "thead", "tbody", "tr", "th", "td", "br", "hr",
}
ALLOWED_ATTRIBUTES = {("a", "href"), ("code", "class"), ("th", "align"), ("td", "align"), ("th", "style"), ("td", "style")}
DELIMITER_ROW = re.compile(r"^\|(\s*:?-{3,}:?\s*\|)+\s*$")


class HTMLChecker(html.parser.HTMLParser):
    """Tracks open tags and table shapes; collects problems."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []
        self.problems = []
        self.tables = []  # per table: list of cell counts per row
        self.links = []

    def handle_starttag(self, tag, attrs):
        if tag not in ALLOWED:
            self.problems.append(f"unexpected tag <{tag}> at line {self.getpos()[0]}")
        for name, value in attrs:
            if (tag, name) not in ALLOWED_ATTRIBUTES:
                self.problems.append(f"unexpected attribute {name}= on <{tag}> at line {self.getpos()[0]}")
            if (tag, name) == ("a", "href"):
                self.links.append(value or "")
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append(0)
        elif tag in ("td", "th") and self.tables and self.tables[-1]:
            self.tables[-1][-1] += 1
        if tag not in VOID:
            self.stack.append((tag, self.getpos()[0]))

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag not in VOID and self.stack and self.stack[-1][0] == tag:
            self.stack.pop()

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if not self.stack:
            self.problems.append(f"</{tag}> closes nothing at line {self.getpos()[0]}")
        elif self.stack[-1][0] != tag:
            open_tag, line = self.stack[-1]
            self.problems.append(f"</{tag}> at line {self.getpos()[0]} closes <{open_tag}> from line {line}")
            if any(t == tag for t, _ in self.stack):
                while self.stack and self.stack[-1][0] != tag:
                    self.stack.pop()
                self.stack.pop()
        else:
            self.stack.pop()

    def handle_comment(self, data):
        pass

    def close(self):
        super().close()
        for tag, line in self.stack:
            self.problems.append(f"<{tag}> from line {line} is never closed")


def markdown_tables(text):
    """Number of tables: delimiter rows outside fenced code."""
    count, fence = 0, None
    for line in text.split("\n"):
        stripped = line.strip()
        if fence:
            if stripped.startswith(fence) and set(stripped) == {"`"}:
                fence = None
            continue
        match = re.match(r"^(`{3,})", stripped)
        if match:
            fence = match.group(1)
            continue
        if DELIMITER_ROW.match(stripped):
            count += 1
    return count


def render_python_markdown(text):
    return markdown.markdown(text, extensions=["tables", "fenced_code"], output_format="html")


def render_cmark(text):
    result = subprocess.run(
        ["cmark-gfm", "--unsafe", "-e", "table", "-e", "strikethrough", "-e", "autolink"],
        input=text.encode("utf-8"), capture_output=True, check=True)
    return result.stdout.decode("utf-8")


def check_page(path, renderers):
    with open(path, encoding="utf-8") as handle:
        text = handle.read()
    expected_tables = markdown_tables(text)
    problems = []
    for name, render in renderers:
        checker = HTMLChecker()
        checker.feed(render(text))
        checker.close()
        for problem in checker.problems:
            problems.append(f"{name}: {problem}")
        if len(checker.tables) != expected_tables:
            problems.append(f"{name}: {expected_tables} Markdown tables became {len(checker.tables)} <table>s")
        for number, rows in enumerate(checker.tables, 1):
            if rows and any(cells != rows[0] for cells in rows):
                problems.append(f"{name}: table {number} has rows of {sorted(set(rows))} cells")
        for href in checker.links:
            target = urllib.parse.urlsplit(href)
            if target.scheme or target.netloc:
                continue
            if not target.path:
                continue
            resolved = os.path.normpath(os.path.join(os.path.dirname(path), urllib.parse.unquote(target.path)))
            if not os.path.isfile(resolved):
                problems.append(f"{name}: link {href} leads to a missing file")
    return expected_tables, problems


def main(argv):
    folders = argv[1:] or ["docs/api"]
    renderers = [("python-markdown", render_python_markdown)]
    if shutil.which("cmark-gfm"):
        renderers.append(("cmark-gfm", render_cmark))
    pages = []
    for folder in folders:
        if not os.path.isdir(folder):
            print(f"render-docs-check: no such folder: {folder}", file=sys.stderr)
            return 2
        for base, _, files in os.walk(folder):
            pages += [os.path.join(base, name) for name in files if name.endswith(".md")]
    if not pages:
        print(f"render-docs-check: no Markdown pages under {', '.join(folders)}", file=sys.stderr)
        return 2
    failed, tables = 0, 0
    for path in sorted(pages):
        count, problems = check_page(path, renderers)
        tables += count
        if problems:
            failed += 1
            print(f"FAIL {path}")
            for problem in problems:
                print(f"  {problem}")
    names = " and ".join(name for name, _ in renderers)
    if failed:
        print(f"render-docs-check: {failed} of {len(pages)} pages failed ({names})")
        return 1
    print(f"render-docs-check: all {len(pages)} pages render to well-formed HTML with {tables} tables ({names})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
