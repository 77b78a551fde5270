#!/usr/bin/env python3
"""Builds NN-slug.txt and NN-slug.gold.csv from the annotated sources in annotated/NN-slug.ann.

Markup: [[printed text|bound|value|value_high|scale|unit|unit_inferred]]; trailing empty fields
may be omitted (unit_inferred defaults to 0). Everything outside [[...]] is copied verbatim.
Offsets in the CSV are UTF-16 code-unit offsets (what .NET string indexes), end exclusive.

Usage: python3 build_gold.py            (rewrites every .txt/.gold.csv from annotated/)
       python3 build_gold.py --check    (exits 1 if any generated file is out of date)
"""
import csv
import io
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
args_dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
if args_dirs:
    HERE = pathlib.Path(args_dirs[0]).resolve()
COLUMNS = ["start", "end", "text", "bound", "value", "value_high", "scale", "unit", "unit_inferred"]
MARK = re.compile(r"\[\[(.*?)\]\]", re.S)


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def build(ann_text):
    out = []
    rows = []
    pos16 = 0
    last = 0
    for m in MARK.finditer(ann_text):
        plain = ann_text[last:m.start()]
        out.append(plain)
        pos16 += utf16_len(plain)
        fields = m.group(1).split("|")
        if len(fields) < 6:
            raise ValueError(f"annotation needs at least text|bound|value|value_high|scale|unit: {m.group(0)}")
        fields += [""] * (7 - len(fields))
        text, bound, value, high, scale, unit, inferred = fields[:7]
        start = pos16
        pos16 += utf16_len(text)
        out.append(text)
        rows.append([str(start), str(pos16), text, bound, value, high, scale, unit, inferred or "0"])
        last = m.end()
    out.append(ann_text[last:])
    txt = "".join(out)
    if "[[" in txt or "]]" in txt:
        raise ValueError("unbalanced [[ ]] markup")
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows)
    return txt, buf.getvalue(), len(rows)


def main():
    check = "--check" in sys.argv[1:]
    stale = []
    total = 0
    for ann in sorted((HERE / "annotated").glob("*.ann")):
        src = ann.read_text(encoding="utf-8")
        if "\r" in src:
            raise SystemExit(f"{ann.name}: CR characters; use LF line ends")
        txt, gold, n = build(src)
        total += n
        t_path = HERE / (ann.stem + ".txt")
        g_path = HERE / (ann.stem + ".gold.csv")
        if check:
            for p, content in ((t_path, txt), (g_path, gold)):
                if not p.exists() or p.read_bytes() != content.encode("utf-8"):
                    stale.append(p.name)
        else:
            t_path.write_bytes(txt.encode("utf-8"))
            g_path.write_bytes(gold.encode("utf-8"))
            print(f"{ann.stem}: {n} figures")
    if check:
        if stale:
            print("out of date (run build_gold.py):", ", ".join(stale))
            return 1
        print(f"generated files up to date ({total} figures)")
        return 0
    print(f"total: {total} figures")
    return 0


if __name__ == "__main__":
    sys.exit(main())
