import Foundation
import RecourseConsole
import RecourseCore
import RecourseLetters
import Testing
import TermUI

@Suite("The queue screen, headless")
struct QueueScreenTests {
    @Test("120×40: header, tabs, ranked rows with every column, footer from the keymap")
    func wide() {
        var harness = ScreenHarness(size: Size(width: 120, height: 40))
        let lines = harness.screen()
        #expect(Array(lines.prefix(12)) == [
            " Recourse · Work queue   Anna Schmidt (caseworker)  agency.sqlite  as of 2026-11-30 10:00  · 9 open of 12",
            " My cases (8) │ All cases                                                                 1 callback due · 2 actions due",
            "    # Reference Debtor                  CC Stage           Outstanding Days Next           Local Reason",
            "    1 RC-000001 Müller Präzisionstechn… DE amicable      EUR 48,000.00  120 call 12-03     11:00 callback due 09:30",
            "    2 RC-000002 上海精密机械有限公司    CN amicable     CNY 380,000.00   95 call today     18:00 call due",
            "    3 RC-000003 株式会社山田精工        JP amicable      JPY 2,500,000   61 call 11-28     19:00 call due 2 d ago",
            "    4 RC-000004 Brasserie Lefèvre SARL  FR amicable      EUR 12,500.00   75 call 12-03     11:00 call on 12-03",
            "    5 RC-000009 Kuwait Trading W.L.L.   KW legal         KWD 3,000.000   40 call 12-03     13:00 call on 12-03",
            "    6 RC-000005 Happy Bakery 🍰 Ltd     GB amicable       GBP 1,000.00   40 call 12-03     10:00 call on 12-03",
            "    7 RC-000007 gnp.exe                 NL amicable         EUR 700.00   40 call 12-03     11:00 call on 12-03",
            "    8 RC-000008 Control�31m Corp        US amicable         USD 650.00   40 call 12-03     04:00 call on 12-03",
            "",
        ])
        #expect(lines.last == " Enter open case  c log a call  / filter  Tab my/all cases  2 letters  3 review queue  ? help  q quit")
        #expect(lines.count == 40)
    }

    @Test("80×24: the lean column set, wide glyphs never split")
    func narrow() {
        var harness = ScreenHarness(size: Size(width: 80, height: 24))
        let lines = harness.screen()
        #expect(Array(lines.prefix(11)) == [
            " Recourse · Work queue   Anna Schmidt (caseworker)  as of 2026-11-30 10:00",
            " My cases (8) │ All cases                         1 callback due · 2 actions due",
            "    # Reference Debtor         CC     Outstanding Days Local Reason",
            "    1 RC-000001 Müller Präzis… DE   EUR 48,000.00  120 11:00 callback due 09:30",
            "    2 RC-000002 上海精密机械…  CN  CNY 380,000.00   95 18:00 call due",
            "    3 RC-000003 株式会社山田…  JP   JPY 2,500,000   61 19:00 call due 2 d ago",
            "    4 RC-000004 Brasserie Lef… FR   EUR 12,500.00   75 11:00 call on 12-03",
            "    5 RC-000009 Kuwait Tradin… KW   KWD 3,000.000   40 13:00 call on 12-03",
            "    6 RC-000005 Happy Bakery … GB    GBP 1,000.00   40 10:00 call on 12-03",
            "    7 RC-000007 gnp.exe        NL      EUR 700.00   40 11:00 call on 12-03",
            "    8 RC-000008 Control�31m C… US      USD 650.00   40 04:00 call on 12-03",
        ])
        for line in lines { #expect(DisplayWidth.width(of: line) <= 80, "\(line)") }
    }

    @Test("hostile names render inert: no escape, C1 or bidi character reaches a cell")
    func hostileNames() {
        var harness = ScreenHarness(size: Size(width: 120, height: 40))
        harness.press(.tab)
        let frame = harness.frame()
        let text = frame.buffer.lines().joined(separator: "\n")
        #expect(text.contains("All cases (9)"))
        #expect(text.contains("�[2J�]0;owned�"))
        #expect(text.contains("gnp.exe"))
        let forbidden: (Unicode.Scalar) -> Bool = { scalar in
            scalar.value < 0x20 && scalar != "\n" || (0x7F...0x9F).contains(scalar.value)
                || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
        }
        #expect(!text.unicodeScalars.contains(where: forbidden))
    }

    @Test("/ filters as you type, across diacritics written either way; Esc clears")
    func filter() {
        var harness = ScreenHarness(size: Size(width: 120, height: 40))
        harness.press(.character("/"))
        harness.type("lefèvre")
        var lines = harness.screen()
        #expect(lines[3].contains("RC-000004 Brasserie Lefèvre SARL"))
        #expect(lines[4] == "")
        #expect(lines[38].hasPrefix("Filter / lefèvre"))
        #expect(lines[38].hasSuffix("1 of 8"))
        harness.press(.escape)
        lines = harness.screen()
        #expect(lines[10].contains("RC-000008"))
        harness.press(.character("/"))
        harness.type("jp")
        harness.press(.enter)
        lines = harness.screen()
        #expect(lines[3].contains("株式会社山田精工"))
        harness.press(.escape)
        #expect(harness.screen()[4].contains("RC-000002"))
    }

    @Test("Enter opens the selected case; q goes back with the selection kept; q on the queue quits")
    func openAndBack() {
        var harness = ScreenHarness(size: Size(width: 80, height: 24))
        harness.press(.character("j"), .character("j"))
        harness.press(.enter)
        #expect(harness.app.currentScreen == "case")
        #expect(harness.screen()[1].contains("RC-000003  株式会社山田精工"))
        harness.press(.character("q"))
        #expect(harness.app.currentScreen == "queue")
        harness.press(.enter)
        #expect(harness.screen()[1].contains("RC-000003"))
        harness.press(.escape)
        #expect(harness.press(.character("q")) == false)
    }

    @Test("? shows help generated from the bindings, including a rebound key")
    func help() {
        var keymaps = ConsoleKeymaps.defaults
        let problems = keymaps.apply(["down": ["j", "down", "ctrl-n"], "frobnicate": ["x"], "up": ["nonsense-key"]])
        #expect(problems.map(\.actionName).sorted() == ["frobnicate", "up"])
        var harness = ScreenHarness(size: Size(width: 80, height: 24))
        harness.app = ConsoleApp(services: FakeServices(), theme: .mono, keymaps: keymaps)
        harness.press(.character("?"))
        let text = harness.screen().joined(separator: "\n")
        #expect(text.contains("Help: work queue"))
        #expect(text.contains("j/↓/Ctrl-N"))
        #expect(text.contains("open case"))
        harness.press(.character("q"))
        #expect(!harness.screen().joined().contains("Help:"))
        harness.press(.ctrl("n"))
        harness.press(.enter)
        #expect(harness.screen()[1].contains("RC-000002"))
    }

    @Test("below 80×24 a clear message replaces the screen, and the screen comes back")
    func tooSmall() {
        var small = ScreenHarness(size: Size(width: 60, height: 20))
        let text = small.screen().joined(separator: "\n")
        #expect(text.contains("terminal too small: need 80×24, have 60×20"))
        var large = ScreenHarness(size: Size(width: 80, height: 24))
        #expect(large.screen()[0].contains("Recourse"))
    }

    @Test("an empty repository says how to get data in")
    func emptyRepository() {
        var harness = ScreenHarness(services: EmptyServices(), size: Size(width: 120, height: 40))
        #expect(harness.screen()[3].contains("This repository has no cases yet. To try Recourse, quit (q) and run: recourse demo"))
    }
}

/// A repository with nobody's cases in it.
final class EmptyServices: ConsoleServices, @unchecked Sendable {
    let session = Session(user: User(id: 1, login: "root", displayName: "root", role: .admin), osLogin: "root")
    let clock: any Clock = FrozenClock(now: FakeServices.now, timeZone: FakeServices.utc)
    let repositoryName = "recourse.sqlite"
    func queue(scope: QueueScope) throws -> [QueueEntry] { [] }
    func caseDetail(reference: String) throws -> CaseDetail { throw RecourseError.unknownCase(reference) }
    func summary() throws -> PortfolioSummary {
        PortfolioSummary(casesByStage: [:], users: 1, debtors: 0, creditors: 0, isDemo: false)
    }
    let policy = CallPolicy.standard
    let conventions = NumberConventions.pointDecimal
    func prepareCall(_ entry: CallEntry, detail: CaseDetail) -> Result<CallWrite, CallProblems> { .failure(CallProblems()) }
    func saveCall(_ write: CallWrite) throws {}
    func refreshedQueue(_ entries: [QueueEntry], caseId: Int64, scope: QueueScope) throws -> [QueueEntry] { entries }
    let letters: Result<LetterDesk, LettersUnavailable> = .failure(LettersUnavailable(reason: "this test repository has no letters"))
    let outbox = FileManager.default.temporaryDirectory
    var review: ReviewDesk { ReviewDesk(store: NoReviews(), clock: clock, session: session) }
    func runLadder() throws -> LadderRunSummary { throw RecourseError.conflict("no ladder in this test repository") }
    let ladder: LadderPolicy? = nil
    var payments: PaymentDesk { PaymentDesk(store: NoPayments(), clock: clock, session: session, policy: .standard) }
}

/// A repository without imported payments.
struct NoPayments: PaymentImportStoring {
    func fingerprint(of data: [UInt8]) -> String { String(data.count) }
    func importPayments(_ batch: PaymentImportBatch, dryRun: Bool) throws -> [ImportedEntry] { [] }
    func unmatchedPayments(includeDecided: Bool) throws -> [UnmatchedPayment] { [] }
    func assignUnmatched(id: Int64, caseReference: String, actor: User, at: Date, graceDays: Int) throws -> PaymentOutcome {
        throw RecourseError.conflict("no payments here")
    }
    func markNotOurs(id: Int64, reason: String, actor: User, at: Date) throws { throw RecourseError.conflict("no payments here") }
    func searchOpenCases(_ text: String, limit: Int) throws -> [CaseSearchHit] { [] }
}

/// A repository with nothing to review and no lawyers.
struct NoReviews: ReviewStoring, CaseReading {
    func reviewQueue(asOf: LocalDate) throws -> [ReviewItem] { [] }
    func requestReview(caseId: Int64, reason: ReviewReason, note: String?, actor: User, at: Date, on day: LocalDate) throws {
        throw RecourseError.conflict("no cases here")
    }
    func decide(caseId: Int64, decision: ReviewDecision, actor: User, at: Date, on day: LocalDate) throws {
        throw RecourseError.conflict("no cases here")
    }
    func update(caseId: Int64, _ update: EscalationUpdate, actor: User, at: Date) throws { throw RecourseError.conflict("no cases here") }
    func lawyers(country: Country?) throws -> [Lawyer] { [] }
    func addLawyer(name: String, firm: String, country: Country, email: String?, phone: String?, actor: User, at: Date) throws -> Lawyer {
        throw RecourseError.conflict("no directory here")
    }
    func caseDetail(reference: String, asOf: LocalDate) throws -> CaseDetail? { nil }
}
