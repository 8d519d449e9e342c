import Foundation

/// A case a payment could belong to, as the matcher sees it.
public struct MatchCandidate: Hashable, Sendable {
    /// The case's id.
    public let caseId: Int64
    /// Its reference, e.g. `RC-000123`.
    public let reference: String
    /// The debtor's name.
    public let debtorName: String
    /// False once the case is closed: a closed case takes no payments.
    public let isOpen: Bool
    /// What is outstanding, per currency.
    public let outstanding: [Money]

    /// A candidate.
    public init(caseId: Int64, reference: String, debtorName: String, isOpen: Bool, outstanding: [Money]) {
        self.caseId = caseId
        self.reference = reference
        self.debtorName = debtorName
        self.isOpen = isOpen
        self.outstanding = outstanding
    }

    /// True when the case has claims in `currency`.
    public func owes(in currency: Currency) -> Bool { outstanding.contains { $0.currency == currency } }
}

/// Finds cases for the matcher; the repository answers from its indexes.
public protocol MatchLookup {
    /// The case with this exact reference.
    func candidate(reference: String) throws -> MatchCandidate?
    /// The cases with a claim numbered `invoice`.
    func candidates(invoice: String) throws -> [MatchCandidate]
    /// Open cases whose outstanding in the amount's currency is exactly `amount`.
    func candidates(owing amount: Money) throws -> [MatchCandidate]
}

/// The result of matching one entry.
public enum MatchResult: Hashable, Sendable {
    /// Matched to a case that takes the payment.
    case matched(MatchCandidate, MatchMethod)
    /// No rule matched; the reason says why, for the unmatched list.
    case unmatched(String)
}

/// The matching rules, in order: the `RF` reference, a case reference or invoice number in the
/// remittance text, and finally the exact outstanding amount from a payer named like the debtor.
public struct PaymentMatcher {
    private let lookup: any MatchLookup

    /// A matcher over a lookup.
    public init(lookup: any MatchLookup) {
        self.lookup = lookup
    }

    /// Matches one entry. A case found by a rule but closed, or without claims in the entry's
    /// currency, leaves the payment unmatched.
    public func match(_ entry: BankEntry) throws -> MatchResult {
        var refusals: [String] = []
        func accept(_ candidate: MatchCandidate, _ method: MatchMethod) -> MatchResult? {
            guard candidate.isOpen else {
                refusals.append("\(candidate.reference) is closed")
                return nil
            }
            guard candidate.owes(in: entry.amount.currency) else {
                refusals.append("\(candidate.reference) has no claims in \(entry.amount.currency.code)")
                return nil
            }
            return .matched(candidate, method)
        }
        let texts = [entry.reference, entry.remittance].compactMap { $0 }
        for rf in Self.creditorReferences(in: texts) {
            if let found = try caseFor(rf), let result = accept(found, .creditorReference) { return result }
        }
        let words = texts.flatMap(Self.words)
        for word in words where Self.looksLikeCaseReference(word) {
            if let found = try lookup.candidate(reference: word), let result = accept(found, .caseReference) { return result }
        }
        for word in words {
            let found = try lookup.candidates(invoice: word)
            let open = found.filter { $0.isOpen && $0.owes(in: entry.amount.currency) }
            if open.count == 1, let result = accept(open[0], .invoice) { return result }
            if open.isEmpty, let first = found.first { _ = accept(first, .invoice) }
        }
        if let payer = entry.payer, !Self.normalisedName(payer).isEmpty {
            let owing = try lookup.candidates(owing: entry.amount).filter {
                Self.normalisedName($0.debtorName) == Self.normalisedName(payer)
            }
            if owing.count == 1, let result = accept(owing[0], .amountAndName) { return result }
            if owing.count > 1 { refusals.append("\(owing.count) cases of \(payer) owe exactly this amount") }
        }
        return .unmatched(refusals.first ?? "no reference, invoice or amount matched")
    }

    private func caseFor(_ rf: CreditorReference) throws -> MatchCandidate? {
        let body = String(rf.electronic.dropFirst(4))
        var guesses = [body]
        if body.hasPrefix("RC"), body.count > 2 { guesses.insert("RC-" + body.dropFirst(2), at: 0) }
        for guess in guesses {
            if let found = try lookup.candidate(reference: guess),
               let derived = try? CreditorReference(caseReference: found.reference), derived == rf {
                return found
            }
        }
        return nil
    }

    /// Valid `RF` references in the texts (a bad check digit is no reference).
    static func creditorReferences(in texts: [String]) -> [CreditorReference] {
        var found: [CreditorReference] = []
        for text in texts {
            if let whole = try? CreditorReference(validating: text) { found.append(whole) }
            // A reference may be typed as printed, in groups of four: `RF18 C000 123`. Each run of
            // words from an `RF…` word is tried (at most 25 characters); only valid check digits count.
            let all = words(text)
            for (index, word) in all.enumerated() where word.hasPrefix("RF") {
                var candidate = ""
                for piece in all[index...] {
                    candidate += piece
                    guard candidate.count <= 25 else { break }
                    if let reference = try? CreditorReference(validating: candidate), !found.contains(reference) { found.append(reference) }
                }
            }
        }
        return found
    }

    /// Upper-cased words of a text, split at spaces and punctuation other than `-`, `/` and `.`.
    static func words(_ text: String) -> [String] {
        let kept: Set<Character> = ["-", "/", "."]
        let pieces = text.uppercased().split { (character: Character) -> Bool in
            !(character.isLetter || character.isNumber || kept.contains(character))
        }
        let edges = CharacterSet(charactersIn: ".-/")
        let trimmed: [String] = pieces.map { (piece: Substring) -> String in String(piece).trimmingCharacters(in: edges) }
        return trimmed.filter { !$0.isEmpty }
    }

    static func looksLikeCaseReference(_ word: String) -> Bool {
        guard word.hasPrefix("RC-") else { return false }
        let digits = word.dropFirst(3)
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    private static let legalForms: Set<String> = [
        "LTD", "LIMITED", "PLC", "LLC", "INC", "CORP", "GMBH", "AG", "KG", "SA", "SAS", "SARL", "SRL", "SPA", "BV", "NV", "AB", "AS",
        "OY", "APS", "SL", "KK", "CO", "COMPANY", "THE",
    ]

    /// A name reduced for comparison: letters and digits upper-cased and folded (no accents), words
    /// joined, legal forms (Ltd, GmbH, S.A., …) dropped.
    public static func normalisedName(_ name: String) -> String {
        let folded = name.folding(options: [.diacriticInsensitive, .caseInsensitive, .widthInsensitive], locale: nil).uppercased()
        let joined = folded.replacingOccurrences(of: ".", with: "")
        let words = joined.split { !($0.isLetter || $0.isNumber) }.map(String.init)
        return words.filter { !legalForms.contains($0) }.joined(separator: " ")
    }
}
