#!/usr/bin/env python3
"""Fictional but checksum-valid personal numbers for the holdout2 set (deterministic)."""
import random

rng = random.Random(20261123)


def luhn_ok(digits: str) -> bool:
    s = 0
    for i, ch in enumerate(reversed(digits)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        s += d
    return s % 10 == 0


def luhn_complete(prefix: str) -> str:
    for last in "0123456789":
        if luhn_ok(prefix + last):
            return prefix + last
    raise AssertionError


def sin(first: str) -> str:
    body = first + "".join(rng.choice("0123456789") for _ in range(7))
    return luhn_complete(body)


def card(first: str) -> str:
    body = first + "".join(rng.choice("0123456789") for _ in range(15 - len(first)))
    return luhn_complete(body)


def nir(sex: str, yy: str, mm: str, dept: str) -> str:
    body = sex + yy + mm + dept + "".join(rng.choice("0123456789") for _ in range(6))
    assert len(body) == 13
    key = 97 - (int(body) % 97)
    return body + f"{key:02d}"


def iban_fr() -> str:
    bank = "".join(rng.choice("0123456789") for _ in range(5))
    branch = "".join(rng.choice("0123456789") for _ in range(5))
    account = "".join(rng.choice("0123456789") for _ in range(11))
    rib = 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)
    bban = bank + branch + account + f"{rib:02d}"
    rearranged = bban + "1527" + "00"  # F=15 R=27
    check = 98 - (int(rearranged) % 97)
    iban = f"FR{check:02d}{bban}"
    assert iban_ok(iban)
    return iban


def iban_ok(iban: str) -> bool:
    s = iban.replace(" ", "")
    r = s[4:] + s[:4]
    num = "".join(str(int(c, 36)) for c in r)
    return int(num) % 97 == 1


def group(s: str, n: int) -> str:
    return " ".join(s[i:i + n] for i in range(0, len(s), n))


SIN1 = sin("4"); SIN2 = sin("2"); SIN3 = sin("5")
CARD1 = card("4"); CARD2 = card("53"); CARD3 = card("45")
NIR1 = nir("1", "84", "03", "69"); NIR2 = nir("1", "15", "09", "33")
IBAN1 = iban_fr(); IBAN2 = iban_fr()
_bad = card("45")
BADCARD = _bad[:-1] + str((int(_bad[-1]) + 3) % 10)
assert not luhn_ok(BADCARD)

NUMBERS = {
    "SIN1": f"{SIN1[:3]} {SIN1[3:6]} {SIN1[6:]}",
    "SIN2": f"{SIN2[:3]}-{SIN2[3:6]}-{SIN2[6:]}",
    "SIN3": SIN3,
    "CARD1": group(CARD1, 4),
    "CARD2": "-".join(CARD2[i:i + 4] for i in range(0, 16, 4)),
    "CARD3": CARD3,
    "NIR1": f"{NIR1[0]} {NIR1[1:3]} {NIR1[3:5]} {NIR1[5:7]} {NIR1[7:10]} {NIR1[10:13]} {NIR1[13:]}",
    "NIR2": NIR2,
    "IBAN1": group(IBAN1, 4),
    "IBAN2": IBAN2,
    "BADCARD": group(BADCARD, 4),
}

if __name__ == "__main__":
    for k, v in NUMBERS.items():
        print(k, v)
