/// A payments file that cannot be read; names the line (CSV) or the entry (camt.053).
public struct PaymentFileError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Where: `line 4`, `entry 2`, or the file.
    public let location: String
    /// What is wrong.
    public let message: String

    /// An error.
    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// A message for the user.
    public var description: String { "\(location): \(message)" }
}

/// The formats `recourse import payments` reads.
public enum PaymentFileFormat: String, Sendable, CaseIterable {
    /// Comma, semicolon or tab separated: date, amount, currency, reference, payer.
    case csv
    /// An ISO 20022 bank-to-customer statement, versions 001.02 to 001.08.
    case camt053

    /// The format a file's content suggests: XML is a statement, anything else CSV.
    public static func sniff(_ data: [UInt8]) -> PaymentFileFormat {
        let text = String(decoding: withoutByteOrderMark(data).prefix(512), as: UTF8.self).trimmingWhitespace()
        return text.hasPrefix("<") ? .camt053 : .csv
    }

    /// The bytes without a leading UTF-8 byte order mark.
    public static func withoutByteOrderMark(_ data: [UInt8]) -> ArraySlice<UInt8> {
        data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...]
    }
}
