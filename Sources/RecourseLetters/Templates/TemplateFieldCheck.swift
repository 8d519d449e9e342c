import Foundation

/// Finds every tag of a Mustache template and checks its name against the merge fields, so that a
/// misspelt or unknown field is reported at load with its line rather than printing nothing.
struct TemplateFieldCheck {
    private enum Scope {
        case fields([String: MergeField])
        case item
        case unchanged
    }

    let fields: [String: MergeField]
    /// The partials a template may include (`{{> letterhead}}`); empty inside a partial, which may not include another.
    var partials: Set<String> = []
    /// True while checking a partial's own text.
    var checkingPartial = false

    /// Every problem in `text`, in order; empty when every name is known.
    func problems(in text: String, file: String) -> [TemplateProblem] {
        var problems: [TemplateProblem] = []
        var scopes: [Scope] = [.fields(fields)]
        var line = 1
        var index = text.startIndex
        while let open = text[index...].range(of: "{{") {
            line += text[index..<open.lowerBound].filter(\.isNewline).count
            let triple = text[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            let bodyStart = triple ? text.index(after: open.upperBound) : open.upperBound
            guard let close = text[bodyStart...].range(of: closer) else { break }
            let tag = text[bodyStart..<close.lowerBound]
            let tagLine = line
            line += tag.filter(\.isNewline).count
            index = close.upperBound
            let trimmed = tag.trimmingCharacters(in: .whitespaces)
            guard let sigil = trimmed.first else { continue }
            let name = String(trimmed.dropFirst()).trimmingCharacters(in: .whitespaces)
            func report(_ message: String) { problems.append(TemplateProblem(file: file, line: tagLine, message: message)) }
            switch sigil {
            case "!", "%":
                continue
            case ">":
                if checkingPartial {
                    report("a partial cannot include another partial ('{{\(trimmed)}}')")
                } else if scopes.count > 1 {
                    report("partials can only be included outside sections ('{{\(trimmed)}}')")
                } else if !partials.contains(name) {
                    let known = partials.sorted().joined(separator: ", ")
                    report("unknown partial '\(name)' (this language has: \(known.isEmpty ? "none" : known))")
                }
            case "<", "$":
                report("template inheritance is not supported in letter templates ('{{\(trimmed)}}')")
            case "=":
                report("changing delimiters is not supported in letter templates")
            case "#":
                let resolved = resolve(name, in: scopes)
                if let error = resolved.error { report(error) }
                scopes.append(resolved.section)
            case "^":
                if let error = resolve(name, in: scopes).error { report(error) }
                scopes.append(.unchanged)
            case "/":
                if scopes.count > 1 { scopes.removeLast() }
            case "&":
                if let error = resolve(name, in: scopes).error { report(error) }
            default:
                if let error = resolve(trimmed, in: scopes).error { report(error) }
            }
        }
        return problems
    }

    /// Looks a (possibly dotted, possibly transformed) name up the way Mustache does: the first part
    /// from the innermost section outwards, the rest through that field's children.
    private func resolve(_ rawName: String, in scopes: [Scope]) -> (error: String?, section: Scope) {
        let name = Self.strippingTransforms(rawName)
        if name == "." {
            let insideItem = scopes.last.map { if case .item = $0 { return true } else { return false } } ?? false
            return insideItem ? (nil, .item) : ("'.' is only meaningful inside a list of strings", .unchanged)
        }
        let parts = name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        guard let first = parts.first, !first.isEmpty || parts.count > 1 else { return ("empty tag", .unchanged) }
        var field: MergeField?
        for scope in scopes.reversed() {
            if case .fields(let available) = scope, let found = available[first] {
                field = found
                break
            }
        }
        for part in parts.dropFirst() {
            field = field?.children?[part]
        }
        guard let field else {
            return ("unknown field '\(rawName)' (the fields are listed in docs/letter-fields.md)", .unchanged)
        }
        switch field {
        case .object(let children), .records(let children): return (nil, .fields(children))
        case .strings, .scalar: return (nil, .item)
        }
    }

    /// `uppercased(debtor.name)` → `debtor.name`.
    static func strippingTransforms(_ name: String) -> String {
        var inner = Substring(name)
        while let open = inner.firstIndex(of: "("), inner.last == ")" {
            inner = inner[inner.index(after: open)..<inner.index(before: inner.endIndex)]
        }
        return inner.trimmingCharacters(in: .whitespaces)
    }
}
