import Foundation
import RecourseConsole
import RecourseCore
import Testing

/// policy.toml: `[calls]` and `[letters]` in one file, each read with its problems named by line.
@Suite("Policy file")
struct PolicyFileTests {
    static func write(_ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("policy-\(UUID().uuidString).toml")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test("both tables apply; a bad letters value is named with its line and the default kept; calls are unaffected")
    func bothTables() throws {
        let good = try Self.write("[calls]\npromise_grace_days = 5\n\n[letters]\npay_by_business_days = 10\n")
        defer { try? FileManager.default.removeItem(at: good) }
        #expect(LetterPolicyFile.load(from: good).policy.payByBusinessDays == 10)
        #expect(CallPolicyFile.load(from: good).policy.promiseGraceDays == 5)
        let bad = try Self.write("[calls]\npromise_grace_days = 5\n[letters]\npay_by_business_days = 0\n")
        defer { try? FileManager.default.removeItem(at: bad) }
        let (policy, problems) = LetterPolicyFile.load(from: bad)
        #expect(policy == .standard)
        #expect(problems.first == "\(bad.path):4: letters.pay_by_business_days must be a whole number from 1 to 60")
        #expect(CallPolicyFile.load(from: bad).problems.isEmpty)
        let broken = try Self.write("[letters\n")
        defer { try? FileManager.default.removeItem(at: broken) }
        #expect(LetterPolicyFile.load(from: broken).problems.first?.hasPrefix("\(broken.path):1:") == true)
    }
}
