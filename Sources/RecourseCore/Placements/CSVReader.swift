import Foundation

/// One record of a CSV file: its fields and where it starts, for error messages.
public struct CSVRecord: Hashable, Sendable {
    /// The 1-based line of the file on which the record starts.
    public let line: Int
    /// The fields, unquoted.
    public let fields: [String]
}

/// A malformed CSV file, with the line where reading stopped.
public struct CSVError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The 1-based line.
    public let line: Int
    /// What is wrong.
    public let message: String

    /// `line N: message`.
    public var description: String { "line \(line): \(message)" }
}

/// A small RFC 4180 reader that knows line numbers.
///
/// Hand-written rather than taken from SwiftCSV or CSV.swift because neither reports the line a
/// record starts on, and placement errors must say `file:line:column`. It reads `,` `;` or tab
/// delimited UTF-8, skips a byte-order mark, accepts CRLF or LF, quoted fields with embedded
/// delimiters, doubled quotes and newlines, and skips blank lines. It works on bytes, so 100,000
/// rows read in a fraction of a second.
public struct CSVReader: Sendable {
    /// The delimiter byte.
    public let delimiter: UInt8

    /// A reader for `,`, `;` or tab.
    public init(delimiter: Character) {
        self.delimiter = delimiter.asciiValue ?? UInt8(ascii: ",")
    }

    /// The delimiter most used on the first line outside quotes (`;`, tab, else `,`).
    public static func sniffDelimiter(_ bytes: [UInt8]) -> Character {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, UInt8(ascii: "\t"): 0]
        var quoted = false
        for byte in bytes.dropFirst(bomLength(bytes)) {
            if byte == UInt8(ascii: "\"") { quoted.toggle(); continue }
            if quoted { continue }
            if byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r") { break }
            if counts[byte] != nil { counts[byte, default: 0] += 1 }
        }
        let best = counts.max { lhs, rhs in lhs.value < rhs.value || (lhs.value == rhs.value && lhs.key > rhs.key) }
        guard let best, best.value > 0 else { return "," }
        return Character(Unicode.Scalar(best.key))
    }

    /// 3 when the bytes start with a UTF-8 byte-order mark, else 0.
    static func bomLength(_ bytes: [UInt8]) -> Int {
        bytes.count >= 3 && bytes[0] == 0xEF && bytes[1] == 0xBB && bytes[2] == 0xBF ? 3 : 0
    }

    /// The bytes as a string, nil when they are not valid UTF-8.
    static func decode(_ bytes: [UInt8]) -> String? {
        if bytes.allSatisfy({ $0 < 0x80 }) { return String(decoding: bytes, as: UTF8.self) }
        return String(bytes: bytes, encoding: .utf8)
    }

    /// Every record of the file, blank lines skipped. Throws on invalid UTF-8 or an unclosed quote.
    public func records(_ bytes: [UInt8]) throws(CSVError) -> [CSVRecord] {
        var records: [CSVRecord] = []
        var fields: [String] = []
        var field: [UInt8] = []
        var line = 1
        var recordLine = 1
        var index = Self.bomLength(bytes)
        var inQuotes = false
        var quoteLine = 1
        var fieldWasQuoted = false
        let quote = UInt8(ascii: "\""), newline = UInt8(ascii: "\n"), carriage = UInt8(ascii: "\r")

        func finishField() throws(CSVError) {
            guard let text = Self.decode(field) else {
                throw CSVError(line: line, message: "the file is not valid UTF-8 (save it as UTF-8 and import again)")
            }
            fields.append(text)
            field.removeAll(keepingCapacity: true)
            fieldWasQuoted = false
        }
        func finishRecord() {
            let blank = fields.count == 1 && fields[0].isEmpty
            if !blank { records.append(CSVRecord(line: recordLine, fields: fields)) }
            fields = []
        }

        while index < bytes.count {
            let byte = bytes[index]
            if inQuotes {
                if byte == quote {
                    if index + 1 < bytes.count && bytes[index + 1] == quote {
                        field.append(quote)
                        index += 2
                        continue
                    }
                    inQuotes = false
                } else {
                    if byte == newline { line += 1 }
                    field.append(byte)
                }
                index += 1
                continue
            }
            switch byte {
            case quote where field.isEmpty && !fieldWasQuoted:
                inQuotes = true
                fieldWasQuoted = true
                quoteLine = line
            case delimiter:
                try finishField()
            case carriage, newline:
                if byte == carriage && index + 1 < bytes.count && bytes[index + 1] == newline { index += 1 }
                try finishField()
                finishRecord()
                line += 1
                recordLine = line
            default:
                field.append(byte)
            }
            index += 1
        }
        if inQuotes { throw CSVError(line: quoteLine, message: "a quoted field opened here is never closed") }
        if !field.isEmpty || !fields.isEmpty || fieldWasQuoted {
            try finishField()
            finishRecord()
        }
        return records
    }
}
