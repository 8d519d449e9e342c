import Foundation
import RecourseCore

/// One export: a directory of letter files and a manifest, written all at once.
public struct OutboxBatch: Sendable {
    /// The batch's directory, nil when nothing was approved.
    public let directory: URL?
    /// The manifest file (JSON lines), nil when nothing was approved.
    public let manifest: URL?
    /// Each letter's file, relative to the outbox.
    public let files: [Int64: String]
    /// The letters now marked sent.
    public var letters: [Letter]
}

/// Writes approved letters into the outbox: a new batch directory per export holding each letter as
/// UTF-8 text and `manifest.jsonl`, one JSON line per letter (id, case, debtor, address, language,
/// level, file, format). The batch is written under a temporary name and renamed into place, so a
/// print room never sees half a batch. A later PDF renderer adds files with `format` `pdf` beside them.
struct OutboxWriter {
    let directory: URL
    let at: Date

    private struct ManifestLine: Encodable {
        let letter: Int64
        let caseReference: String
        let debtor: String
        let address: [String]
        let language: String
        let level: String
        let file: String
        let format: String
        let totalDue: String

        enum CodingKeys: String, CodingKey {
            case letter, debtor, address, language, level, file, format
            case caseReference = "case"
            case totalDue = "total_due"
        }
    }

    /// Writes the batch and returns it with each letter's file (relative to the outbox).
    func write(_ letters: [Letter]) throws -> OutboxBatch {
        let manager = FileManager.default
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        let name = "batch-" + Timestamp.utcString(at).replacingOccurrences(of: ":", with: "").replacingOccurrences(of: "-", with: "")
            + "-" + String(letters.map(\.id).min() ?? 0)
        let partial = directory.appendingPathComponent(".partial-\(UUID().uuidString)")
        let final = directory.appendingPathComponent(name)
        guard !manager.fileExists(atPath: final.path) else {
            throw RecourseError.conflict("outbox batch \(final.path) exists already; nothing was exported")
        }
        try manager.createDirectory(at: partial, withIntermediateDirectories: false)
        do {
            var files: [Int64: String] = [:]
            var manifest = ""
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
            for letter in letters {
                let fileName = "letter-\(letter.id)-\(Self.safe(letter.caseReference))-\(letter.level.rawValue)-\(letter.language).txt"
                try Data(letter.body.utf8).write(to: partial.appendingPathComponent(fileName), options: .withoutOverwriting)
                files[letter.id] = name + "/" + fileName
                let data = try JSONDecoder().decode(MergeValue.self, from: Data(letter.mergeData.utf8))
                let address: [String]
                if case .list(let lines)? = data["debtor.address_lines"] {
                    address = lines.compactMap { if case .string(let line) = $0 { return line } else { return nil } }
                } else {
                    address = []
                }
                let line = ManifestLine(
                    letter: letter.id, caseReference: letter.caseReference, debtor: letter.debtorName, address: address,
                    language: letter.language, level: letter.level.rawValue, file: fileName, format: "text/plain; charset=utf-8",
                    totalDue: letter.totalDue)
                manifest += String(decoding: try encoder.encode(line), as: UTF8.self) + "\n"
            }
            try Data(manifest.utf8).write(to: partial.appendingPathComponent("manifest.jsonl"), options: .withoutOverwriting)
            try manager.moveItem(at: partial, to: final)
            return OutboxBatch(directory: final, manifest: final.appendingPathComponent("manifest.jsonl"), files: files, letters: [])
        } catch {
            try? manager.removeItem(at: partial)
            throw error
        }
    }

    /// Letters, digits and dashes only, for file names.
    private static func safe(_ text: String) -> String {
        String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "_" })
    }
}
