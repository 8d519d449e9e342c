extension MergeValue {
    /// The value as compact JSON with sorted keys: what a letter stores as the data it was rendered
    /// from. Written directly (strings, arrays, objects are all a merge value can be), because a
    /// ladder run stores thousands of them and Foundation's encoder was a quarter of a letter's cost.
    /// `JSONDecoder` reads it back as a `MergeValue`.
    public var json: String {
        var out = ""
        write(into: &out)
        return out
    }

    private func write(into out: inout String) {
        switch self {
        case .string(let text): Self.quote(text, into: &out)
        case .list(let items):
            out.append("[")
            for (index, item) in items.enumerated() {
                if index > 0 { out.append(",") }
                item.write(into: &out)
            }
            out.append("]")
        case .object(let fields):
            out.append("{")
            for (index, key) in fields.keys.sorted().enumerated() {
                if index > 0 { out.append(",") }
                Self.quote(key, into: &out)
                out.append(":")
                fields[key]?.write(into: &out)
            }
            out.append("}")
        }
    }

    /// A JSON string literal: quotes, backslashes and control characters escaped.
    private static func quote(_ text: String, into out: inout String) {
        out.append("\"")
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out.append("\\\"")
            case "\\": out.append("\\\\")
            case "\n": out.append("\\n")
            case "\r": out.append("\\r")
            case "\t": out.append("\\t")
            default:
                if scalar.value < 0x20 {
                    let hex = String(scalar.value, radix: 16)
                    out.append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        out.append("\"")
    }
}
