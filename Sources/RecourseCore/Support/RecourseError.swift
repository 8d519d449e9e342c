/// A refusal the user can act on. Every case reads as a sentence naming what is wrong.
public enum RecourseError: Error, Equatable, Sendable, CustomStringConvertible {
    /// No case has this reference.
    case unknownCase(String)
    /// No user has this login.
    case unknownUser(String)
    /// The operating-system login is not a user of the repository.
    case notAUser(String)
    /// The user's role does not allow the operation.
    case notPermitted(String)
    /// A user with this login exists already.
    case duplicateUser(String)
    /// The input breaks a rule.
    case invalid(ValidationError)
    /// The operation conflicts with the state of the repository.
    case conflict(String)

    /// A message for the user.
    public var description: String {
        switch self {
        case .unknownCase(let reference):
            return "no case with reference '\(reference)' (references look like RC-000123; `recourse queue` lists them)"
        case .unknownUser(let login):
            return "no user '\(login)' in this repository (`recourse users list` shows them)"
        case .notAUser(let login):
            return "'\(login)' is not a user of this repository; ask an admin to run `recourse users add \(login) --role caseworker`"
        case .notPermitted(let message):
            return message
        case .duplicateUser(let login):
            return "a user '\(login)' exists already"
        case .invalid(let error):
            return error.description
        case .conflict(let message):
            return message
        }
    }
}
