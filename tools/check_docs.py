#!/usr/bin/env python
"""Check the rendered docs with `smalldocs check`, failing only on what is broken.

`smalldocs check` (run in `_proc/`, after `nbdev_proc_nbs` and `smalldocs render`) lists every key and feature it
does not render as Quarto would, and exits 1 if it lists anything, notices included. With nbdev's settings some
notices are always there and harmless, so this script drops exactly those and exits 1 on anything else: a broken
link, Pandoc-only syntax, a key a page relies on.

    python tools/check_docs.py          # from the project's root, after the render
"""
import re, subprocess, sys
from pathlib import Path

# Notices that say only that smalldocs does less than Quarto here, each with why it is harmless.
BENIGN = [
    r"^(warning: )?[\w./-]+\.ipynb: output-file is not read by smalldocs$",  # nbdev's front matter names each page's output file; smalldocs names pages after the notebook, the same name
    r"^(warning: )?format commonmark is not built: smalldocs makes only html$",  # the README format that `nbdev_readme` renders with Quarto; the site is html
    r"^(warning: )?format\.html\.keep-md is ignored$",  # keeps Quarto's intermediate Markdown; nothing on the pages depends on it
]


def main():
    proc = Path(__file__).resolve().parent.parent / "_proc"
    if not (proc / "_site").is_dir(): sys.exit(f"no rendered site in {proc}/_site: run nbdev_proc_nbs and smalldocs render first")
    out = subprocess.run(["smalldocs", "check"], cwd=proc, capture_output=True, text=True)
    lines = [l for l in (out.stdout + out.stderr).splitlines() if l.strip()]
    summary = [l for l in lines if re.search(r"page\(s\); \d+ thing\(s\) to look at", l)]
    problems = [l for l in lines if l not in summary and not any(re.match(p, l) for p in BENIGN)]
    for l in problems: print(l)
    dropped = len(lines) - len(summary) - len(problems)
    print(f"{summary[0].split(';')[0] if summary else '?'}; {len(problems)} problem(s), {dropped} harmless notice(s) dropped")
    sys.exit(1 if problems or out.returncode not in (0, 1) else 0)


if __name__ == "__main__": main()
