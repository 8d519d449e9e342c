import RecourseCore

/// The human summary of a placement import.
enum PlacementReport {
    static func text(_ summary: PlacementSummary) -> String {
        var lines: [String] = []
        let verb = summary.dryRun ? "Dry run, nothing stored" : "Imported"
        lines.append("\(verb): \(summary.file), \(summary.rows) rows for \(summary.creditor) (\(summary.creditorCreated ? "new creditor" : "existing creditor")).")
        if let earlier = summary.sameContentImportedAt {
            lines.append("Note: a file with the same content was imported at \(earlier).")
        }
        let would = summary.dryRun ? "would be " : ""
        lines.append("  debtors:    \(summary.debtorsNew) new, \(summary.debtorsMatched) matched")
        lines.append("  cases:      \(summary.casesNew) new (stage new, unassigned, call due today), \(summary.casesExtended) extended")
        lines.append("  claims:     \(summary.claimsNew) \(would)added")
        lines.append("  duplicates: \(summary.duplicates) skipped (invoice already a claim)")
        lines.append("  changed amounts: \(summary.changedAmounts.count) reported, none applied")
        for message in summary.changedAmounts.prefix(50) { lines.append("    " + message) }
        if summary.changedAmounts.count > 50 { lines.append("    … \(summary.changedAmounts.count - 50) more (--json lists all)") }
        if let first = summary.newCaseReferences.first, let last = summary.newCaseReferences.last {
            lines.append("  new case references: \(first == last ? first : "\(first) … \(last)")")
        }
        return lines.joined(separator: "\n")
    }
}

/// A refused placement file as JSON: every problem with file, line, column, header and message.
struct PlacementRejectionJSON: Encodable {
    struct Problem: Encodable {
        let file: String
        let line: Int
        let column: Int
        let header: String
        let message: String
    }

    let stored = false
    let errors: [Problem]

    init(_ rejected: PlacementRejected) {
        errors = rejected.issues.map {
            Problem(file: $0.file, line: $0.line, column: $0.column, header: $0.header, message: $0.message)
        }
    }

    enum CodingKeys: String, CodingKey { case stored, errors }
}
