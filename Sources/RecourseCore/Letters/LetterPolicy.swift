/// The agency's rules for letters (the `[letters]` table of policy.toml).
public struct LetterPolicy: Hashable, Sendable {
    /// Business days from the letter's date to its pay-by date.
    public var payByBusinessDays: Int

    /// A policy.
    public init(payByBusinessDays: Int) {
        self.payByBusinessDays = payByBusinessDays
    }

    /// Seven business days to pay.
    public static let standard = LetterPolicy(payByBusinessDays: 7)
}
