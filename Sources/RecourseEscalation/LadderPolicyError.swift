/// What is wrong with a ladder policy file: one `file:line: message` per problem. A file with any
/// problem is not used at all, and the console refuses to run the ladder on it.
public struct LadderPolicyError: Error, CustomStringConvertible, Equatable, Sendable {
    /// The problems, each naming the file and, where known, the line.
    public let problems: [String]

    /// An error listing problems.
    public init(problems: [String]) {
        self.problems = problems
    }

    /// The problems, one per line.
    public var description: String { problems.joined(separator: "\n") }
}
