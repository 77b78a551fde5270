#!/usr/bin/env python3
"""Checks the extraction development set: every NN-slug.txt has an NN-slug.gold.csv, and every
gold row is valid and matches its offsets.

Offsets are UTF-16 code-unit offsets (what .NET's File.ReadAllText + string indexing give),
end exclusive, into the file content decoded as UTF-8 (no BOM, LF line ends).

Usage: python3 check_gold.py   (exit status 0 when everything is valid)
"""
import csv
import pathlib
import re
import subprocess
import sys
from decimal import Decimal, InvalidOperation

HERE = pathlib.Path(__file__).resolve().parent
args_dirs = [a for a in sys.argv[1:] if not a.startswith("--")]
if args_dirs:
    HERE = pathlib.Path(args_dirs[0]).resolve()
COLUMNS = ["start", "end", "text", "bound", "value", "value_high", "scale", "unit", "unit_inferred"]
BOUNDS = {"exact", "approximately", "under", "at_most", "over", "at_least", "range", "plus_minus"}
SCALES = {"", "thousand", "million", "billion", "trillion"}
CURRENCIES = {"USD", "EUR", "GBP", "RUB", "PLN", "BYN", "CNY", "UAH", "CHF", "JPY", "NOK", "INR", "XDR"}
SYMBOLS = CURRENCIES | {"1", "ft3", "bcf", "boe", "kWh", "therm", "m3", "bcm", "MWh", "GJ", "MMBtu", "bbl", "t", "percent", "pp", "bp",
                        "year", "quarter", "month", "day"}
SIDE = re.compile(r"^(?:(\d+) )?([A-Za-z0-9]+)$")
WORD_NUMBERS = {"a billion", "a million", "a thousand", "a trillion", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty",
                "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "half", "fold", "times"}


def utf16_units(s):
    """The string as a list of UTF-16 code units (ints), so slicing matches .NET offsets."""
    b = s.encode("utf-16-le")
    return [int.from_bytes(b[i:i + 2], "little") for i in range(0, len(b), 2)]


def from_units(units):
    return b"".join(u.to_bytes(2, "little") for u in units).decode("utf-16-le")


def valid_unit(unit):
    parts = unit.split("/")
    if len(parts) > 2:
        return False
    for i, part in enumerate(parts):
        m = SIDE.match(part)
        if not m or m.group(2) not in SYMBOLS:
            return False
        if m.group(1) is not None and (i == 0 or int(m.group(1)) <= 0):
            return False
    return True


def digits_of(value):
    return value.lstrip("-").replace(".", "").lstrip("0").rstrip("0")


def check_file(txt_path, errors):
    raw = txt_path.read_bytes()
    name = txt_path.name
    if raw.startswith(b"\xef\xbb\xbf"):
        errors.append(f"{name}: starts with a BOM")
    if b"\r" in raw:
        errors.append(f"{name}: contains CR; use LF line ends")
    if not raw.endswith(b"\n"):
        errors.append(f"{name}: does not end with a newline")
    text = raw.decode("utf-8")
    units = utf16_units(text)
    gold_path = txt_path.with_name(txt_path.name[:-4] + ".gold.csv")
    if not gold_path.exists():
        errors.append(f"{name}: missing {gold_path.name}")
        return 0
    gname = gold_path.name
    with gold_path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    if not rows or rows[0] != COLUMNS:
        errors.append(f"{gname}: header must be {','.join(COLUMNS)}")
        return 0
    prev_end = -1
    for line, row in enumerate(rows[1:], start=2):
        where = f"{gname}:{line}"
        if len(row) != len(COLUMNS):
            errors.append(f"{where}: {len(row)} fields, expected {len(COLUMNS)}")
            continue
        r = dict(zip(COLUMNS, row))
        try:
            start, end = int(r["start"]), int(r["end"])
        except ValueError:
            errors.append(f"{where}: start/end must be integers")
            continue
        if not 0 <= start < end <= len(units):
            errors.append(f"{where}: bad offsets [{start},{end}) for a text of {len(units)} UTF-16 units")
            continue
        span = from_units(units[start:end])
        if span != r["text"]:
            errors.append(f"{where}: text {r['text']!r} but offsets [{start},{end}) give {span!r}")
        if span != span.strip():
            errors.append(f"{where}: span has leading or trailing whitespace")
        if start < prev_end:
            errors.append(f"{where}: overlaps or is out of order with the previous row")
        prev_end = end
        if r["bound"] not in BOUNDS:
            errors.append(f"{where}: bound {r['bound']!r} not one of {sorted(BOUNDS)}")
        try:
            value = Decimal(r["value"])
        except InvalidOperation:
            errors.append(f"{where}: value {r['value']!r} is not a decimal")
            value = None
        if r["bound"] == "range":
            try:
                high = Decimal(r["value_high"])
                if value is not None and high <= value:
                    errors.append(f"{where}: value_high must be greater than value")
            except InvalidOperation:
                errors.append(f"{where}: range needs a decimal value_high, got {r['value_high']!r}")
        elif r["value_high"]:
            errors.append(f"{where}: value_high only for range")
        for col in ("value", "value_high"):
            if r[col] and ("," in r[col] or "e" in r[col].lower()):
                errors.append(f"{where}: {col} must be plain invariant decimal")
        if r["scale"] not in SCALES:
            errors.append(f"{where}: scale {r['scale']!r} not one of {sorted(SCALES)}")
        if not valid_unit(r["unit"]):
            errors.append(f"{where}: unit {r['unit']!r} not in EnergyFigures unit syntax")
        if r["unit_inferred"] not in ("0", "1"):
            errors.append(f"{where}: unit_inferred must be 0 or 1")
        # Plausibility: the printed digits of the value appear in the span (or a number word does).
        plain = span.replace(",", "").replace("'", "").replace("’", "").replace(".", "")
        d = digits_of(r["value"])
        if d and d not in plain and not any(w in span.lower() for w in WORD_NUMBERS):
            errors.append(f"{where}: value {r['value']} does not appear in {span!r}")
    return len(rows) - 1


def main():
    errors = []
    total = 0
    txts = sorted(HERE.glob("*.txt"))
    for gold in sorted(HERE.glob("*.gold.csv")):
        if not gold.with_name(gold.name[:-9] + ".txt").exists():
            errors.append(f"{gold.name}: no matching .txt")
    per_file = []
    for t in txts:
        n = check_file(t, errors)
        per_file.append((t.name, n))
        total += n
    build = pathlib.Path(__file__).resolve().parent / "build_gold.py"
    if build.exists() and (HERE / "annotated").is_dir():
        res = subprocess.run([sys.executable, str(build), str(HERE), "--check"], capture_output=True, text=True)
        if res.returncode != 0:
            errors.append(res.stdout.strip() or res.stderr.strip())
    for name, n in per_file:
        print(f"{name}: {n} gold figures")
    print(f"{len(txts)} texts, {total} gold figures")
    for e in errors:
        print("ERROR", e)
    if "--heldout" not in sys.argv and (len(txts) < 12 or total < 180):
        print("ERROR development set too small (need >= 12 texts and >= 180 figures)")
        return 1
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
