#!/usr/bin/env python3
"""Checks the links of the repository's Markdown pages, so docs/clinical-rules.md and docs/api.md cannot silently
point at code that moved or was renamed.

For every [text](target) in the given files (default: README.md, docs/*.md and each module's README.md):
  - a relative target must exist inside the repository (nothing outside it, e.g. ../shared/...);
  - a #fragment must name a heading of the target page;
  - when the target is a .java file and the text is `Name.member` (or `Name.Inner.member`), the file must declare
    the member (a method, field, constant or nested type of that name); `Name` alone must be the file's type.
Exit status 1 lists every broken link. Usage: scripts/check-doc-links.py [file.md ...]
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
LINK = re.compile(r"(?<!!)\[([^\]]+)\]\(([^)\s]+)\)")


def slug(heading):
    text = re.sub(r"[`*_]", "", heading.strip().lower())
    text = re.sub(r"[^\w\- ]", "", text)
    return text.replace(" ", "-")


def anchors(md_file):
    found = set()
    in_fence = False
    for line in md_file.read_text(encoding="utf-8").splitlines():
        if line.startswith("```"):
            in_fence = not in_fence
        elif not in_fence and line.startswith("#"):
            found.add(slug(line.lstrip("#")))
    return found


def declares(java_file, member):
    source = java_file.read_text(encoding="utf-8")
    return re.search(r"\b" + re.escape(member) + r"\b\s*[(=;,{<]|\b(class|record|enum|interface)\s+"
                     + re.escape(member) + r"\b|^\s*" + re.escape(member) + r"\b", source, re.M) is not None


def check(md_file):
    problems = []
    text = md_file.read_text(encoding="utf-8")
    text = re.sub(r"```.*?```", "", text, flags=re.S)  # links inside code blocks are examples
    for label, target in LINK.findall(text):
        if re.match(r"[a-z]+:", target):
            continue  # http(s), mailto: not checked here
        path_part, _, fragment = target.partition("#")
        resolved = (md_file.parent / path_part).resolve() if path_part else md_file
        where = f"{md_file.relative_to(ROOT)}: [{label}]({target})"
        if ROOT not in resolved.parents and resolved != ROOT:
            problems.append(f"{where}: points outside the repository")
            continue
        if not resolved.exists():
            problems.append(f"{where}: {resolved.relative_to(ROOT)} does not exist")
            continue
        if fragment and resolved.suffix == ".md" and fragment not in anchors(resolved):
            problems.append(f"{where}: no heading #{fragment}")
        name = label.strip("`")
        if resolved.suffix == ".java" and re.fullmatch(r"[A-Z]\w*(\.\w+)*", name):
            parts = name.split(".")
            if parts[0] != resolved.stem:
                problems.append(f"{where}: the file is {resolved.stem}.java, not {parts[0]}")
            for member in parts[1:]:
                if not declares(resolved, member):
                    problems.append(f"{where}: {resolved.stem}.java declares no {member}")
    return problems


def main(args):
    files = [pathlib.Path(a).resolve() for a in args] or sorted(
        {ROOT / "README.md", *ROOT.glob("docs/*.md"), *ROOT.glob("*/README.md")})
    problems = [p for f in files if f.exists() for p in check(f)]
    for p in problems:
        print(p)
    print(f"{len(files)} pages checked, {len(problems)} broken links")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
