import Foundation
import RecourseCore
import RecourseImport
import RecourseStore

/// Imports a generated placement file (one row per invoice, about four invoices per debtor) into a
/// fresh repository, and prints the time.
enum PlacementBench {
    static func run(rows: Int, directory: URL, today: LocalDate) throws {
        let csv = directory.appendingPathComponent("placements.csv")
        let countries = ["DE", "FR", "NL", "GB", "IT", "ES", "PL", "AT"]
        var text = "Customer;Country;Registration;Street;Postcode;City;Contact;Invoice;Invoice date;Due date;Amount;Currency\n"
        text.reserveCapacity(rows * 120)
        for index in 0..<rows {
            let debtor = index / 4
            let country = countries[debtor % countries.count]
            let month = 1 + index % 9
            text += "Bench Debtor \(debtor) GmbH;\(country);HRB \(debtor);Street \(debtor % 97);\(10000 + debtor % 89999);City \(debtor % 50);"
            text += "Contact \(debtor);INV-\(index);0\(month).01.2026;0\(month).02.2026;\(1 + index % 5000),\(index % 100 < 10 ? "0" : "")\(index % 100);EUR\n"
        }
        try Data(text.utf8).write(to: csv)
        let path = directory.appendingPathComponent("placements.sqlite").path
        let repository = try SQLiteRepository.open(path: path, mode: .createIfNeeded(creator: "bench"))
        defer { try? repository.close() }
        var summary: PlacementSummary?
        let seconds = try Measure.seconds {
            summary = try PlacementImport(repository: repository).run(
                path: csv.path, creditor: "Bench Creditor", creditorCountry: try Country(code: "DE"), actorId: 1, today: today,
                at: Date(), dryRun: false)
        }
        guard let summary, summary.claimsNew == rows else {
            throw RecourseError.conflict("placement bench: expected \(rows) claims, got \(summary?.claimsNew ?? 0)")
        }
        print(String(format: "import placements, %d rows:  %.2f s (%d cases, %d debtors, fresh repository)",
                     rows, seconds, summary.casesNew, summary.debtorsNew))
    }
}
