import RecourseCore
import TOMLKit

extension LadderFileParser {
    /// The keys a step may have.
    static let stepKeys = ["name", "kind", "level", "days", "from", "minimum_balance"]

    /// An array of step tables (`[[ladder]]`, `[[countries.NL.ladder]]`) as a validated ladder; nil
    /// with problems recorded when any step is wrong. `label` opens each message (`ladder`, `NL ladder`).
    mutating func ladder(_ value: (any TOMLValueConvertible)?, path: String, label: String, line: Int?) -> Ladder? {
        guard let array = value?.array else {
            problem(line, "\(label) must be steps written as [[\(path)]] sections, one per step")
            return nil
        }
        var steps: [LadderStep] = []
        var complete = true
        for index in 0..<array.count {
            let table = TOMLLineIndex.Table(path: path, element: index)
            guard let entry = array[index].table else {
                problem(lines.header(table) ?? line, "\(label) step \(index + 1) must be a table of name, kind, days, from")
                complete = false
                continue
            }
            if let step = step(entry, table: table, label: "\(label) step \(index + 1)", fallback: line) {
                steps.append(step)
            } else {
                complete = false
            }
        }
        guard complete else { return nil }
        let ladderProblems = Ladder.problems(in: steps)
        for ladderProblem in ladderProblems {
            guard let index = ladderProblem.index else {
                problem(line, "\(label): \(ladderProblem.message)")
                continue
            }
            let table = TOMLLineIndex.Table(path: path, element: index)
            let key = Self.key(for: ladderProblem.field, of: steps[index])
            problem(lines.line(of: key, in: table) ?? line, "\(label) \(ladderProblem.description)")
        }
        guard ladderProblems.isEmpty else { return nil }
        do {
            return try Ladder(steps: steps)
        } catch {
            problem(line, "\(label): \(error.message)")
            return nil
        }
    }

    /// One step table; nil with problems recorded when it is wrong.
    private mutating func step(_ entry: TOMLTable, table: TOMLLineIndex.Table, label: String, fallback: Int?) -> LadderStep? {
        let index = lines
        let header = index.header(table) ?? fallback
        let line: (String) -> Int? = { key in index.line(of: key, in: table) ?? header }
        var valid = true
        for key in entry.keys.sorted() where !Self.stepKeys.contains(key) {
            problem(line(key), "\(label): unknown key '\(key)' (a step has \(Self.stepKeys.joined(separator: ", ")))")
            valid = false
        }
        let name = entry["name"]?.string
        if entry["name"] == nil { problem(header, "\(label): name is missing"); valid = false }
        else if name == nil { problem(line("name"), "\(label): name must be a string"); valid = false }
        let label = name.map { "\(label) '\($0)'" } ?? label
        let kind = stepKind(entry, label: label, line: line)
        let days = entry["days"]?.int
        if entry["days"] == nil { problem(header, "\(label): days is missing"); valid = false }
        else if days == nil { problem(line("days"), "\(label): days must be a whole number"); valid = false }
        var anchor: LadderAnchor?
        if let text = entry["from"]?.string { anchor = LadderAnchor(rawValue: text) }
        if entry["from"] == nil {
            problem(header, "\(label): from is missing; write from = \"placement\" or from = \"previous\"")
        } else if anchor == nil {
            problem(line("from"), "\(label): from must be \"placement\" or \"previous\"")
        }
        var minimum: Money?
        if entry["minimum_balance"] != nil {
            minimum = amount(entry["minimum_balance"], key: "\(label): minimum_balance", line: line("minimum_balance"))
            if minimum == nil { valid = false }
        }
        guard valid, let name, let kind, let days, let anchor else { return nil }
        return LadderStep(name: name, kind: kind, days: days, from: anchor, minimumBalance: minimum)
    }

    /// `kind` and, for letters, `level`; nil with problems recorded when wrong.
    private mutating func stepKind(_ entry: TOMLTable, label: String, line: (String) -> Int?) -> LadderStepKind? {
        guard let kindValue = entry["kind"] else {
            problem(line("kind"), "\(label): kind is missing; use call, letter or review")
            return nil
        }
        let levelText = entry["level"]?.string
        switch kindValue.string {
        case "call", "review":
            if entry["level"] != nil {
                problem(line("level"), "\(label): level goes only with kind = \"letter\"")
                return nil
            }
            return kindValue.string == "call" ? .call : .review
        case "letter":
            guard entry["level"] != nil else {
                problem(line("kind"), "\(label): a letter needs a level: reminder, firm, final or before-action")
                return nil
            }
            guard let levelText, let level = LetterLevel(rawValue: levelText) else {
                let shown = levelText.map { "'\($0)'" } ?? "that"
                problem(line("level"), "\(label): \(shown) is not a letter level; use reminder, firm, final or before-action")
                return nil
            }
            return .letter(level)
        default:
            let shown = kindValue.string.map { "'\($0)'" } ?? "that"
            problem(line("kind"), "\(label): unknown kind \(shown); use call, letter or review")
            return nil
        }
    }

    /// The TOML key a ladder problem's field is written under.
    private static func key(for field: LadderStepField?, of step: LadderStep) -> String {
        switch field {
        case .name: return "name"
        case .kind:
            if case .letter = step.kind { return "level" }
            return "kind"
        case .days: return "days"
        case .from: return "from"
        case .minimumBalance: return "minimum_balance"
        case nil: return "name"
        }
    }
}
