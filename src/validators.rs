//! Checksums that tell a real identity or bank number from any run of digits
//! (DESIGN.md §2): Luhn (SIN, payment cards), the French NIR key, IBAN mod 97.

/// Runs the named checksum on a matched string; unknown names never pass.
pub fn check(name: &str, matched: &str) -> bool {
    match name {
        "luhn" => luhn(&digits(matched)),
        "sin" => sin(matched),
        "card" => card(matched),
        "nir" => nir(matched),
        "iban" => iban(matched),
        _ => false,
    }
}

fn digits(s: &str) -> Vec<u8> {
    s.bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| b - b'0')
        .collect()
}

/// Luhn checksum over a digit sequence (at least two digits).
pub fn luhn(d: &[u8]) -> bool {
    if d.len() < 2 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

/// Canadian social insurance number: 9 digits, not starting with 0 or 8, Luhn-valid.
pub fn sin(s: &str) -> bool {
    let d = digits(s);
    d.len() == 9 && d[0] != 0 && d[0] != 8 && luhn(&d)
}

/// Payment card: 13 to 19 digits, Luhn-valid, not all the same digit.
pub fn card(s: &str) -> bool {
    let d = digits(s);
    (13..=19).contains(&d.len()) && d.iter().any(|&x| x != d[0]) && luhn(&d)
}

/// French NIR (numéro de sécurité sociale): 13 characters (digits, or 2A/2B for Corsica
/// in positions 6–7) and a 2-digit key equal to 97 − (number mod 97).
pub fn nir(s: &str) -> bool {
    let chars: Vec<char> = s
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if chars.len() != 15 || !matches!(chars[0], '1' | '2' | '3' | '4' | '7' | '8') {
        return false;
    }
    let mut number: u64 = 0;
    let mut corsica = 0u64;
    for (i, &c) in chars[..13].iter().enumerate() {
        let digit = match c {
            '0'..='9' => u64::from(c as u8 - b'0'),
            'A' | 'B' if i == 6 && chars[5] == '2' => {
                corsica = if c == 'A' { 1_000_000 } else { 2_000_000 };
                0
            }
            _ => return false,
        };
        number = number * 10 + digit;
    }
    // 2A → subtract 1,000,000 from the number; 2B → 2,000,000 (19 and 18 for the department).
    let number = number.saturating_sub(corsica);
    let key: u64 = match chars[13..].iter().collect::<String>().parse() {
        Ok(k) => k,
        Err(_) => return false,
    };
    (1..=97).contains(&key) && key == 97 - number % 97
}

/// IBAN: country code, check digits, up to 30 alphanumerics; ISO 7064 mod 97 == 1.
pub fn iban(s: &str) -> bool {
    let chars: Vec<char> = s
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if !(15..=34).contains(&chars.len())
        || !chars[0].is_ascii_alphabetic()
        || !chars[1].is_ascii_alphabetic()
        || !chars[2].is_ascii_digit()
        || !chars[3].is_ascii_digit()
    {
        return false;
    }
    let mut rem: u32 = 0;
    for &c in chars[4..].iter().chain(chars[..4].iter()) {
        let v = match c.to_digit(36) {
            Some(v) => v,
            None => return false,
        };
        rem = if v >= 10 {
            (rem * 100 + v) % 97
        } else {
            (rem * 10 + v) % 97
        };
    }
    rem == 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sin_vectors() {
        assert!(sin("130 692 544"));
        assert!(!sin("130 692 545"));
        assert!(!sin("046 454 286"));
    }

    #[test]
    fn card_vectors() {
        assert!(card("4539 1488 0343 6467"));
        assert!(card("4111-1111-1111-1111"));
        assert!(!card("4111 1111 1111 1112"));
        assert!(!card("0000 0000 0000 0000"));
    }

    #[test]
    fn nir_vectors() {
        // 1 85 05 78 006 084, key 97 - (1850578006084 mod 97).
        let n: u64 = 1_850_578_006_084;
        let key = 97 - n % 97;
        assert!(nir(&format!("1 85 05 78 006 084 {key:02}")));
        assert!(!nir(&format!("1 85 05 78 006 084 {:02}", (key % 97) + 1)));
        // Corsica: 2A counts as 19 with 1,000,000 subtracted.
        let n: u64 = 2_900_219_123_456;
        let key = 97 - n % 97;
        assert!(nir(&format!("2 90 02 2A 123 456 {key:02}")));
    }

    #[test]
    fn iban_vectors() {
        assert!(iban("FR76 3000 6000 0112 3456 7890 189"));
        assert!(iban("GB82 WEST 1234 5698 7654 32"));
        assert!(!iban("GB82 WEST 1234 5698 7654 33"));
    }
}
