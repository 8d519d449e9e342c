/// An International Bank Account Number, checked with ISO 7064 MOD 97-10.
public struct IBAN: Hashable, Sendable, CustomStringConvertible {
    /// The electronic form, e.g. `DE89370400440532013000`.
    public let electronic: String

    /// Accepts an IBAN as printed or typed (spaces ignored, any case) when its structure and check digits are right.
    public init(_ text: String) throws(ValidationError) {
        let compact = String(text.uppercased().filter { !$0.isWhitespace })
        guard compact.count >= 15, compact.count <= 34, compact.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }),
              compact.prefix(2).allSatisfy(\.isLetter), compact.dropFirst(2).prefix(2).allSatisfy(\.isNumber) else {
            throw ValidationError(field: "iban", message: "'\(text)' is not an IBAN (country code, two check digits, up to 30 letters or digits)")
        }
        let rearranged = String(compact.dropFirst(4)) + String(compact.prefix(4))
        guard CreditorReference.mod97(rearranged) == 1 else {
            throw ValidationError(field: "iban", message: "'\(text)' has wrong check digits")
        }
        electronic = compact
    }

    /// The paper form in groups of four, e.g. `DE89 3704 0044 0532 0130 00`.
    public var printed: String { CreditorReference.grouped(electronic) }

    /// The electronic form.
    public var description: String { electronic }
}
