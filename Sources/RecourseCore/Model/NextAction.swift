/// What should happen next on a case, and the words used for it in the queue.
public enum NextAction: Hashable, Sendable {
    /// Phone the debtor.
    case call
    /// Send the letter of a level.
    case letter(LetterLevel)
    /// Put the case before a supervisor.
    case review
    /// Ask the lawyer for news (legal stage).
    case lawyerFollowUp
    /// Follow the insolvency claim (insolvency stage).
    case claimFollowUp

    /// The stored code: `call`, `letter:firm`, `review`, `lawyer-follow-up`, `claim-follow-up`.
    public var code: String {
        switch self {
        case .call: return "call"
        case .letter(let level): return "letter:\(level.rawValue)"
        case .review: return "review"
        case .lawyerFollowUp: return "lawyer-follow-up"
        case .claimFollowUp: return "claim-follow-up"
        }
    }

    /// Reads a stored code; nil when unknown.
    public init?(code: String) {
        switch code {
        case "call": self = .call
        case "review": self = .review
        case "lawyer-follow-up": self = .lawyerFollowUp
        case "claim-follow-up": self = .claimFollowUp
        default:
            guard code.hasPrefix("letter:"), let level = LetterLevel(rawValue: String(code.dropFirst(7))) else { return nil }
            self = .letter(level)
        }
    }

    /// Short words for the queue: `call`, `letter 2`, `review`.
    public var label: String {
        switch self {
        case .call: return "call"
        case .letter(let level):
            if let number = level.ladderNumber { return "letter \(number)" }
            return "letter (\(level.rawValue))"
        case .review: return "review"
        case .lawyerFollowUp: return "lawyer follow-up"
        case .claimFollowUp: return "claim follow-up"
        }
    }
}

extension NextAction: Codable {
    /// Decodes from the stored code.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        let code = try container.decode(String.self)
        guard let action = NextAction(code: code) else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "unknown next action '\(code)'")
        }
        self = action
    }

    /// Encodes as the stored code.
    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(code)
    }
}
