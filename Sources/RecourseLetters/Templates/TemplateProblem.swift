/// Something wrong with a letter template, found when templates are loaded: `de/firm.mustache:12: unknown field 'debtor.nmae'`.
public struct TemplateProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The template's file (or `bundled de/firm` for shipped ones).
    public let file: String
    /// 1-based line, or 0 when the problem is with the file as a whole.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// A problem.
    public init(file: String, line: Int, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// `file:line: message`.
    public var description: String { line > 0 ? "\(file):\(line): \(message)" : "\(file): \(message)" }
}
