#!/usr/bin/env python3
"""Regenerates the embedded ISO 4217 / ISO 3166-1 tables of CrossBorder.Core.

Usage: python3 eng/generate-iso-data.py <codes-all.csv> <iso_3166-1.json>

Inputs: ISO 4217 List One + List Three as republished by the `datasets/currency-codes`
project (SIX Interbank Clearing data, amendment 180, ODC-PDDL-1.0) and ISO 3166-1 from
Debian `iso-codes` 4.15.0 (LGPL-2.1+ data). Outputs go to src/CrossBorder.Core/Data/.
Facts that the lists do not carry (exact validity days, fund flags, primary currency where
a country has several) are the small, sourced tables below.
"""
import csv, datetime, json, re, sys, pathlib

AMENDMENT = 180

# Exact validity days that ISO's month-precision withdrawal column cannot give.
# Source: the ISO 4217 amendment texts (numbers given) as quoted in shared/reference/money-fx.md section 4.
VALID_FROM = {
    "VED": ("2021-10-01", "ISO 4217 amendment 170"),
    "SLE": ("2022-04-01", "ISO 4217 amendment 171"),
    "ZWG": ("2024-06-25", "ISO 4217 amendment 177"),
    "XCG": ("2025-03-31", "ISO 4217 amendment 176"),
    "XAD": ("2025-05-12", "ISO 4217 amendment 179"),
}
VALID_TO = {
    "SLL": ("2023-12-31", "ISO 4217 amendments 172, 173, 175"),
    "HRK": ("2022-12-31", "ISO 4217 amendment 174; euro in Croatia from 2023-01-01"),
    "ANG": ("2025-03-30", "ISO 4217 amendment 176; XCG from 2025-03-31"),
    "ZWL": ("2024-08-31", "ISO 4217 amendment 177"),
    "BGN": ("2025-12-31", "ISO 4217 amendment 180; euro in Bulgaria from 2026-01-01"),
    # Euro changeovers with notes and coins from day one: the last day before the euro (Council Decisions).
    "SIT": ("2006-12-31", "Euro in Slovenia from 2007-01-01 (Council Decision 2006/495/EC)"),
    "CYP": ("2007-12-31", "Euro in Cyprus from 2008-01-01 (Council Decision 2007/503/EC)"),
    "MTL": ("2007-12-31", "Euro in Malta from 2008-01-01 (Council Decision 2007/504/EC)"),
    "SKK": ("2008-12-31", "Euro in Slovakia from 2009-01-01 (Council Decision 2008/608/EC)"),
    "EEK": ("2010-12-31", "Euro in Estonia from 2011-01-01 (Council Decision 2010/416/EU)"),
    "LVL": ("2013-12-31", "Euro in Latvia from 2014-01-01 (Council Decision 2013/387/EU)"),
    "LTL": ("2014-12-31", "Euro in Lithuania from 2015-01-01 (Council Decision 2014/509/EU)"),
}
# IsFund="true" in ISO List One (published 2024-06-25), plus XAD, which amendment 179 adds to Lists One and Two.
FUNDS = {"BOV", "CHE", "CHW", "CLF", "COU", "MXV", "USN", "UYI", "XAD"}
# Indexed units of account: ISO lists them for a country, but nobody prices goods in them.
UNITS_OF_ACCOUNT = {"UYW"}
# List Three carries no minor unit. ANG, BGN, CUC: ISO List One published 2024-06-25. HRK, LTL, LVL: their last
# List One value as carried by the ISO 4217 table of Dinero.js (@dinero.js/currencies). Others stay unknown.
HISTORIC_MINOR_UNITS = {"ANG": "2", "BGN": "2", "CUC": "2", "HRK": "2", "LTL": "2", "LVL": "2"}
# Where ISO lists several currencies for a country, the one prices are quoted in.
PRIMARY = {"BT": "BTN", "SV": "USD", "PA": "USD"}
# ISO 4217 entity names that differ from ISO 3166-1 short names.
ENTITY_ALIASES = {
    "HOLY SEE (THE)": "VA",
    "KOREA (THE DEMOCRATIC PEOPLE’S REPUBLIC OF)": "KP",
    "KOREA (THE REPUBLIC OF)": "KR",
    "MOLDOVA (THE REPUBLIC OF)": "MD",
    "TÜRKİYE": "TR",
}


def norm(name):
    return re.sub(r"[^A-Z0-9]", "", re.sub(r"\(THE\)", "", name.upper()))


def day_before_withdrawal(text):
    """ISO gives a month, a year or a range ("1989 to 1990"): the currency is taken as withdrawn
    from the first day of the last month (or year) named, so it is valid until the day before."""
    year, month = re.findall(r"(\d{4})(?:-(\d{2})(?!\d))?", text)[-1]
    return (datetime.date(int(year), int(month or 1), 1) - datetime.timedelta(days=1)).isoformat()


def main(codes_path, countries_path):
    out = pathlib.Path(__file__).resolve().parent.parent / "src/CrossBorder.Core/Data"
    rows = list(csv.DictReader(open(codes_path, encoding="utf-8")))
    countries = json.load(open(countries_path, encoding="utf-8"))["3166-1"]
    by_name = {norm(c[k]): c["alpha_2"] for c in countries for k in ("name", "official_name") if k in c}
    by_name.update({norm(k): v for k, v in ENTITY_ALIASES.items()})

    current, historic = {}, {}
    for r in rows:
        code = r["AlphabeticCode"].strip()
        if not code:
            continue
        target = historic if r["WithdrawalDate"] else current
        prev = target.get(code)
        if prev is None or (r["WithdrawalDate"] and r["WithdrawalDate"] > prev["WithdrawalDate"]):
            target[code] = r

    with open(out / "iso4217.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["code", "numeric", "minor_unit", "name", "fund", "valid_from", "valid_to", "withdrawn", "source"])
        for code in sorted(current):
            r = current[code]
            minor = r["MinorUnit"] if r["MinorUnit"].isdigit() else ""
            vf, src = VALID_FROM.get(code, ("", ""))
            w.writerow([code, r["NumericCode"], minor, r["Currency"].strip(), int(code in FUNDS), vf, "", "", src or f"ISO 4217 List One, amendment {AMENDMENT}"])
        for code in sorted(set(historic) - set(current)):
            r = historic[code]
            vt, src = VALID_TO.get(code, (day_before_withdrawal(r["WithdrawalDate"]), f"ISO 4217 List Three (withdrawn {r['WithdrawalDate']})"))
            vf = VALID_FROM.get(code, ("",))[0]
            w.writerow([code, r["NumericCode"], HISTORIC_MINOR_UNITS.get(code, ""), r["Currency"].strip(), 0, vf, vt, r["WithdrawalDate"], src])

    currencies_of = {}
    for r in rows:
        if r["WithdrawalDate"] or not r["AlphabeticCode"]:
            continue
        alpha2 = by_name.get(norm(r["Entity"]))
        if alpha2 and r["AlphabeticCode"] not in FUNDS | UNITS_OF_ACCOUNT:
            currencies_of.setdefault(alpha2, []).append(r["AlphabeticCode"])
    with open(out / "iso3166.csv", "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(["alpha2", "alpha3", "numeric", "name", "currencies"])
        for c in sorted(countries, key=lambda c: c["alpha_2"]):
            codes = currencies_of.get(c["alpha_2"], [])
            primary = PRIMARY.get(c["alpha_2"])
            if primary:
                codes = [primary] + [x for x in codes if x != primary]
            w.writerow([c["alpha_2"], c["alpha_3"], c["numeric"], c["name"], " ".join(codes)])


if __name__ == "__main__":
    main(*sys.argv[1:3])
