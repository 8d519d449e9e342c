/// The names a letter template may use (docs/letter-fields.md), as a tree. Templates are checked
/// against it when loaded, so a misspelt field is reported with its line instead of printing blank.
public indirect enum MergeField: Hashable, Sendable {
    /// A formatted string.
    case scalar
    /// A list of strings (`{{.}}` inside its section).
    case strings
    /// A list of objects with these fields.
    case records([String: MergeField])
    /// An object with these fields (optional objects render their section only when present).
    case object([String: MergeField])

    /// The fields of an object or list of records; nil for scalars and lists of strings.
    var children: [String: MergeField]? {
        switch self {
        case .object(let fields), .records(let fields): return fields
        case .scalar, .strings: return nil
        }
    }

    /// Every letter field.
    public static let letter: [String: MergeField] = [
        "level": .scalar, "language": .scalar, "letter_date": .scalar, "reference": .scalar,
        "agency": .object(["name": .scalar, "address_lines": .strings, "phone": .scalar, "email": .scalar]),
        "creditor": .object(["name": .scalar]),
        "debtor": .object(["name": .scalar, "vat_id": .scalar, "address_lines": .strings]),
        "contact": .object(["name": .scalar, "role": .scalar]),
        "claims": .records([
            "invoice": .scalar, "issued_on": .scalar, "due_on": .scalar, "amount": .scalar, "outstanding": .scalar,
            "days_overdue": .scalar,
        ]),
        "claims_table": .scalar,
        "outstanding": .strings,
        "interest": .object([
            "law": .scalar, "rate_basis": .scalar, "as_of": .scalar, "amounts": .strings, "compensation": .strings,
            "compensation_basis": .scalar, "table": .scalar,
        ]),
        "total_due": .strings,
        "pay_by": .scalar,
        "payment": .object(["beneficiary": .scalar, "iban": .scalar, "bic": .scalar, "rf_reference": .scalar]),
        "caseworker": .object(["name": .scalar]),
        "promise": .object(["amount": .scalar, "due_on": .scalar, "made_on": .scalar]),
        "plan": .object(["instalments": .records(["number": .scalar, "due_on": .scalar, "amount": .scalar]), "total": .scalar]),
    ]
}
