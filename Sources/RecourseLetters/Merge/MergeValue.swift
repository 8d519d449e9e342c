/// Letter merge data as a tree of strings, lists and objects: stored with the letter as JSON and
/// handed to Mustache for rendering. Absent optional fields are simply missing keys.
public enum MergeValue: Hashable, Sendable, Codable {
    /// A formatted value.
    case string(String)
    /// A list (of strings or objects).
    case list([MergeValue])
    /// Named fields.
    case object([String: MergeValue])

    /// Decodes from plain JSON strings, arrays and objects.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .string(text)
        } else if let items = try? container.decode([MergeValue].self) {
            self = .list(items)
        } else {
            self = .object(try container.decode([String: MergeValue].self))
        }
    }

    /// Encodes as plain JSON strings, arrays and objects.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .string(let text): try container.encode(text)
        case .list(let items): try container.encode(items)
        case .object(let fields): try container.encode(fields)
        }
    }

    /// The value as Mustache sees it: `String`, `[Any]` and `[String: Any]`.
    var mustacheValue: Any {
        switch self {
        case .string(let text): return text
        case .list(let items): return items.map(\.mustacheValue)
        case .object(let fields): return fields.mapValues(\.mustacheValue)
        }
    }

    /// The field at a dotted path (`payment.iban`), or nil.
    public subscript(path: String) -> MergeValue? {
        var value: MergeValue? = self
        for name in path.split(separator: ".") {
            guard case .object(let fields)? = value else { return nil }
            value = fields[String(name)]
        }
        return value
    }

    /// The string at a dotted path, or nil.
    public func string(_ path: String) -> String? {
        guard case .string(let text)? = self[path] else { return nil }
        return text
    }
}
