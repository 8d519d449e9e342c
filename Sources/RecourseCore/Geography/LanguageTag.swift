/// A BCP-47 language tag such as `de`, `en-GB`, `zh-Hans-CN`, checked for shape.
public struct LanguageTag: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The tag as written, normalised (`zh-Hans-CN`).
    public let identifier: String

    /// Validates the shape of a tag: a 2–3 letter language, then optional script (4 letters),
    /// region (2 letters or 3 digits) and variants.
    public init(_ identifier: String) throws(ValidationError) {
        let parts = identifier.replacingUnderscores().split(separator: "-", omittingEmptySubsequences: false)
        guard let language = parts.first, (2...3).contains(language.count), language.allSatisfy(\.isASCIILetter) else {
            throw ValidationError(field: "language", message: "'\(identifier)' is not a BCP-47 language tag (e.g. de, en-GB, zh-Hans)")
        }
        var normalised = [language.lowercased()]
        for part in parts.dropFirst() {
            if part.count == 4 && part.allSatisfy(\.isASCIILetter) {
                normalised.append(part.prefix(1).uppercased() + part.dropFirst().lowercased())
            } else if part.count == 2 && part.allSatisfy(\.isASCIILetter) {
                normalised.append(part.uppercased())
            } else if part.count == 3 && part.allSatisfy(\.isASCIIDigit) {
                normalised.append(String(part))
            } else if (5...8).contains(part.count) && part.allSatisfy({ $0.isASCIILetter || $0.isASCIIDigit }) {
                normalised.append(part.lowercased())
            } else {
                throw ValidationError(field: "language", message: "'\(identifier)' is not a BCP-47 language tag (e.g. de, en-GB, zh-Hans)")
            }
        }
        self.identifier = normalised.joined(separator: "-")
    }

    /// Decodes from the bare tag, refusing malformed ones.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let text = try container.decode(String.self)
        do {
            try self.init(text)
        } catch {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: error.description)
        }
    }

    /// Encodes as the bare tag.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(identifier)
    }

    /// The primary language subtag, e.g. `zh` for `zh-Hans-CN`.
    public var language: String {
        String(identifier.prefix(while: { $0 != "-" }))
    }

    /// The tag.
    public var description: String { identifier }
}

extension String {
    fileprivate func replacingUnderscores() -> String {
        String(map { $0 == "_" ? "-" : $0 })
    }
}

extension Character {
    /// True for `a`–`z` and `A`–`Z` only.
    var isASCIILetter: Bool { isASCII && isLetter }
    /// True for `0`–`9` only.
    var isASCIIDigit: Bool { isASCII && isNumber }
}
