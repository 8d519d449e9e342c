import Foundation

/// The key debtors are matched on when no registration or VAT id settles it: the name case-folded,
/// without diacritics, with legal-form punctuation dropped (`G.m.b.H.` = `GmbH`, `S.A.` = `SA`)
/// and whitespace collapsed — so `Müller  Präzisionstechnik G.m.b.H.` and
/// `MULLER PRAZISIONSTECHNIK GMBH` are one debtor.
public enum DebtorNameKey {
    private static let letterMap: [Character: String] = [
        "ß": "ss", "æ": "ae", "œ": "oe", "ø": "o", "ł": "l", "đ": "d", "ð": "d", "þ": "th", "ı": "i",
    ]

    /// The matching key of a debtor name.
    public static func of(_ name: String) -> String { fold(name) }

    /// Lower case, diacritics removed, `.` `'` dropped, other punctuation and spaces collapsed to one space.
    public static func fold(_ text: String) -> String {
        let lowered = text.lowercased()
        var mapped = ""
        mapped.reserveCapacity(lowered.utf8.count)
        for character in lowered {
            if let replacement = letterMap[character] { mapped += replacement } else { mapped.append(character) }
        }
        let plain = mapped.allSatisfy(\.isASCII) ? mapped : mapped.folding(options: [.diacriticInsensitive], locale: nil)
        var result = ""
        result.reserveCapacity(plain.utf8.count)
        var pendingSpace = false
        for character in plain {
            if character == "." || character == "'" || character == "\u{2019}" { continue }
            if character.isLetter || character.isNumber {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(character)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    /// An identifier (registration or VAT id) compacted for comparison: upper case, letters and digits only.
    public static func identifier(_ text: String) -> String {
        String(text.uppercased().filter { $0.isLetter || $0.isNumber })
    }
}
