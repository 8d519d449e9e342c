/// Input that breaks a rule, naming the field and what is wrong, e.g. `country: 'XX' is not …`.
public struct ValidationError: Error, Equatable, Sendable, CustomStringConvertible {
    /// The field or argument the message is about.
    public let field: String
    /// What is wrong, as a sentence for the user.
    public let message: String

    /// An error about one field.
    public init(field: String, message: String) {
        self.field = field
        self.message = message
    }

    /// `field: message`.
    public var description: String { "\(field): \(message)" }
}
