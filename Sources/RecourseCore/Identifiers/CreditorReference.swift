/// An ISO 11649 structured creditor reference (`RF` + two check digits + up to 21 letters or
/// digits), so that a bank transfer quoting it can be matched to its case.
public struct CreditorReference: Hashable, Sendable, CustomStringConvertible {
    /// The reference in electronic form, e.g. `RF18C000123`.
    public let electronic: String

    /// The reference derived from a case reference: its letters and digits (upper-cased), with the
    /// check digits computed. Fails when nothing usable remains or the body is longer than 21.
    public init(caseReference: String) throws(ValidationError) {
        let body = String(caseReference.uppercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        guard !body.isEmpty, body.count <= 21 else {
            throw ValidationError(field: "reference", message: "'\(caseReference)' cannot make an ISO 11649 reference (1 to 21 letters or digits needed)")
        }
        let remainder = Self.mod97(body + "RF00")
        let check = 98 - remainder
        electronic = "RF" + (check < 10 ? "0" : "") + String(check) + body
    }

    /// Accepts a reference as printed or typed (spaces ignored) when its check digits are right.
    public init(validating text: String) throws(ValidationError) {
        let compact = String(text.uppercased().filter { !$0.isWhitespace })
        guard compact.hasPrefix("RF"), compact.count >= 5, compact.count <= 25,
              compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) else {
            throw ValidationError(field: "reference", message: "'\(text)' is not an ISO 11649 RF reference")
        }
        let rearranged = String(compact.dropFirst(4)) + String(compact.prefix(4))
        guard Self.mod97(rearranged) == 1 else {
            throw ValidationError(field: "reference", message: "'\(text)' has wrong check digits")
        }
        electronic = compact
    }

    /// The paper form: groups of four, e.g. `RF18 C000 123`.
    public var printed: String { Self.grouped(electronic) }

    /// The electronic form.
    public var description: String { electronic }

    /// The ISO 7064 MOD 97-10 remainder of an alphanumeric string (A=10 … Z=35).
    static func mod97(_ text: String) -> Int {
        var remainder = 0
        for character in text {
            guard let scalar = character.unicodeScalars.first?.value else { continue }
            if character.isNumber, let digit = character.wholeNumberValue {
                remainder = (remainder * 10 + digit) % 97
            } else {
                let value = Int(scalar) - 55
                remainder = (remainder * 100 + value) % 97
            }
        }
        return remainder
    }

    /// Text in groups of four characters separated by spaces.
    static func grouped(_ text: String) -> String {
        var result = ""
        for (offset, character) in text.enumerated() {
            if offset > 0 && offset % 4 == 0 { result.append(" ") }
            result.append(character)
        }
        return result
    }
}
