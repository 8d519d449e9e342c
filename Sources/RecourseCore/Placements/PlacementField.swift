/// A column of a placement file: what the creditor's export says about an invoice and its debtor.
public enum PlacementField: String, CaseIterable, Hashable, Sendable, Codable {
    case debtorName = "debtor_name"
    case country
    case registrationId = "registration_id"
    case vatId = "vat_id"
    case address1 = "address_line1"
    case address2 = "address_line2"
    case postalCode = "postal_code"
    case city
    case contactName = "contact_name"
    case contactPhone = "contact_phone"
    case contactEmail = "contact_email"
    case language
    case invoiceNumber = "invoice_number"
    case issueDate = "issue_date"
    case dueDate = "due_date"
    case amount
    case currency
    case iban
    case paymentReference = "payment_reference"

    /// Fields every row must have.
    public static let required: [PlacementField] = [.debtorName, .country, .invoiceNumber, .issueDate, .dueDate, .amount, .currency]

    /// Header names recognised without a mapping (compared case-folded, diacritics and punctuation
    /// ignored): English, German and French.
    public var aliases: [String] {
        switch self {
        case .debtorName: return ["debtor name", "debtor", "customer", "customer name", "kunde", "kundenname", "kunde name",
                                  "schuldner", "client", "nom client", "nom du client", "company", "firma", "societe"]
        case .country: return ["country", "debtor country", "land", "pays", "country code", "laenderkennzeichen", "landercode"]
        case .registrationId: return ["registration id", "registration number", "company number", "registration",
                                      "handelsregister", "handelsregisternummer", "hrb", "siren", "siret", "numero d immatriculation"]
        case .vatId: return ["vat id", "vat", "vat number", "vat no", "ust id", "ustid", "ust idnr", "umsatzsteuer id",
                             "ust identifikationsnummer", "tva", "numero tva", "tva intracommunautaire", "n tva"]
        case .address1: return ["address", "address line 1", "address1", "street", "strasse", "anschrift", "adresse", "rue"]
        case .address2: return ["address line 2", "address2", "adresszusatz", "complement d adresse", "adresse 2"]
        case .postalCode: return ["postal code", "postcode", "zip", "zip code", "plz", "postleitzahl", "code postal", "cp"]
        case .city: return ["city", "town", "ort", "stadt", "ville"]
        case .contactName: return ["contact", "contact name", "ansprechpartner", "kontakt", "interlocuteur", "nom du contact"]
        case .contactPhone: return ["phone", "contact phone", "telephone", "telefon", "tel", "telephone du contact"]
        case .contactEmail: return ["email", "e mail", "contact email", "mail", "courriel"]
        case .language: return ["language", "sprache", "langue"]
        case .invoiceNumber: return ["invoice", "invoice number", "invoice no", "invoice id", "rechnung", "rechnungsnummer",
                                     "rechnungsnr", "rechnung nr", "facture", "numero de facture", "n facture", "no facture"]
        case .issueDate: return ["issue date", "invoice date", "date", "issued", "rechnungsdatum", "datum",
                                 "belegdatum", "date de facture", "date facture", "date d emission"]
        case .dueDate: return ["due date", "due", "faellig", "fallig", "faelligkeit", "falligkeit", "faelligkeitsdatum",
                               "falligkeitsdatum", "faellig am", "fallig am", "echeance", "date d echeance", "date echeance"]
        case .amount: return ["amount", "invoice amount", "total", "betrag", "rechnungsbetrag", "summe", "montant", "montant ttc"]
        case .currency: return ["currency", "waehrung", "wahrung", "devise", "monnaie", "ccy"]
        case .iban: return ["iban"]
        case .paymentReference: return ["payment reference", "rf reference", "creditor reference", "zahlungsreferenz",
                                        "reference de paiement", "rf"]
        }
    }

    /// Folds a header for comparison: lower case, no diacritics (`ä` → `a`, `ß` → `ss`),
    /// punctuation as spaces, runs of spaces collapsed.
    public static func foldHeader(_ header: String) -> String {
        let folded = DebtorNameKey.fold(header)
        return folded
    }
}
