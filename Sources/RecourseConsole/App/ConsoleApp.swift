import Foundation
import RecourseCore
import TermUI

/// The caseworker console: the queue, the case screen, help, and the header and footer around them.
public struct ConsoleApp: TerminalApp {
    /// The colours in use.
    public var theme: Theme
    let services: any ConsoleServices
    let keymaps: ConsoleKeymaps
    private let money: MoneyFormatter
    var queue: QueueScreen
    var top = TopScreen.queue
    var letters = LettersScreen()
    var preview: LetterPreviewScreen?
    /// The letters J/K step through: the list as it was when the preview opened, so a letter that
    /// leaves the list on approval or rejection does not lose the supervisor's place.
    var previewIds: [Int64] = []
    var picker: LevelPicker?
    var prompt: ReasonPrompt?
    var confirmation: ConfirmQuestion?
    var caseScreen: CaseScreen?
    var review = ReviewScreen()
    var reviewCase: ReviewCaseScreen?
    var decisionForm: DecisionForm?
    var payments = PaymentsScreen()
    var caseSearch: CaseSearchDialog?
    private var callForm: CallForm?
    private var help: HelpOverlay?
    var message: (text: String, role: ThemeRole)?
    private var summary: PortfolioSummary?
    private let formClock = DebtorClock()

    /// The screens reached with 1, 2, 3 and 4.
    enum TopScreen {
        case queue, letters, review, payments
    }

    /// How long the run loop waits for a key before an idle tick: the header clock moves on, and
    /// work that can wait (the filter's index) is done while the user reads.
    public static let idleInterval = Duration.milliseconds(500)

    /// The smallest terminal the console draws in; below it a clear message is shown instead.
    public static let minimumSize = Size(width: 80, height: 24)

    /// A console over `services`. `notices` (theme or config problems) are shown in the footer at start.
    public init(
        services: any ConsoleServices, theme: Theme, keymaps: ConsoleKeymaps = .defaults,
        conventions: NumberConventions = .pointDecimal, notices: [String] = []
    ) {
        self.services = services
        self.theme = theme
        self.keymaps = keymaps
        self.money = MoneyFormatter(conventions: conventions)
        self.queue = QueueScreen(scope: QueueScope.defaultScope(for: services.session.user.role))
        summary = try? services.summary()
        queue.load(services)
        if !notices.isEmpty { message = (notices.joined(separator: " · "), .warning) }
    }

    /// The name of the screen on top, for the header.
    private var screenTitle: String {
        if callForm != nil { return "Log call" }
        if preview != nil { return "Letter" }
        if reviewCase != nil { return "Review" }
        if caseScreen != nil { return "Case" }
        switch top {
        case .queue: return "Work queue"
        case .letters: return "Letters"
        case .review: return "Review queue"
        case .payments: return "Unmatched payments"
        }
    }

    /// The screen on top, for tests and the benchmark.
    public var currentScreen: String {
        if callForm != nil { return "call" }
        if decisionForm != nil { return "decision" }
        if preview != nil { return "letter" }
        if reviewCase != nil { return "review-case" }
        if caseScreen != nil { return "case" }
        switch top {
        case .queue: return "queue"
        case .letters: return "letters"
        case .review: return "review"
        case .payments: return "payments"
        }
    }

    /// The keymap of the screen on top.
    private var activeKeymap: Keymap<ConsoleAction> {
        if preview != nil { return keymaps.preview }
        if reviewCase != nil { return keymaps.reviewCase }
        if caseScreen != nil { return keymaps.caseView }
        switch top {
        case .queue: return keymaps.queue
        case .letters: return keymaps.letters
        case .review: return keymaps.review
        case .payments: return keymaps.payments
        }
    }

    /// The footer's hints: the dialog's keys while one is open; on the review screens only the
    /// decisions the item takes, and none for caseworkers.
    private var footerHints: [KeyHint] {
        if callForm != nil { return ConsoleKeymaps.formHints }
        if caseSearch != nil { return [] }
        if caseScreen == nil && top == .payments && !services.session.user.role.canSupervise {
            return Keymap(keymaps.payments.bindings.filter { $0.group != "Payments" }).footerHints
        }
        if let form = decisionForm { return form.hints }
        let keymap = activeKeymap
        let item = reviewCase?.item ?? (caseScreen == nil && preview == nil && top == .review ? review.selected : nil)
        guard reviewCase != nil || (caseScreen == nil && preview == nil && top == .review) else { return keymap.footerHints }
        let supervisor = services.session.user.role.canSupervise
        let kept = keymap.bindings.filter { binding in
            guard let kind = DecisionKind(action: binding.action) else { return true }
            guard supervisor, let item else { return false }
            return kind.isPlanDecision == (item.reason == .planApproval)
        }
        return Keymap(kept).footerHints
    }

    /// Draws header, the current screen (or help over it) and the footer.
    public mutating func render(into frame: inout Frame) {
        let clock = services.clock
        let context = RenderContext(theme: theme, money: money, now: clock.now, today: clock.today, timeZone: clock.timeZone)
        let parts = Layout.rows(frame.area, [.fixed(1), .fill(1), .fixed(1)])
        renderHeader(into: &frame.buffer, area: parts[0], context: context)
        if var form = callForm {
            frame.cursor = CallFormView(context: context, clock: formClock).render(&form, into: &frame.buffer, area: parts[1])
            callForm = form
        } else if preview != nil {
            let position = previewIds.firstIndex(of: preview?.view.id ?? 0).map { ($0, previewIds.count) }
            preview?.render(into: &frame.buffer, area: parts[1], context: context, position: position)
            frame.cursor = nil
        } else if reviewCase != nil {
            let position = review.list.selection(rowCount: review.items.count).map { ($0, review.items.count) }
            reviewCase?.render(into: &frame.buffer, area: parts[1], context: context, position: position)
            frame.cursor = nil
        } else if caseScreen != nil {
            caseScreen?.render(into: &frame.buffer, area: parts[1], context: context)
            frame.cursor = nil
        } else if top == .review {
            review.render(into: &frame.buffer, area: parts[1], context: context, session: services.session, ladder: services.ladder)
            frame.cursor = nil
        } else if top == .payments {
            payments.render(into: &frame.buffer, area: parts[1], context: context, session: services.session)
            frame.cursor = nil
        } else if top == .letters {
            frame.cursor = letters.render(into: &frame.buffer, area: parts[1], context: context, session: services.session)
        } else {
            frame.cursor = queue.render(into: &frame.buffer, area: parts[1], context: context, summaryCases: summary?.totalCases)
        }
        if let picker {
            picker.render(into: &frame.buffer, area: parts[1], theme: theme)
            frame.cursor = nil
        }
        if prompt != nil {
            frame.cursor = prompt?.render(into: &frame.buffer, area: parts[1], theme: theme)
        }
        if var dialog = caseSearch {
            frame.cursor = dialog.render(into: &frame.buffer, area: parts[1], theme: theme, money: money)
            caseSearch = dialog
        }
        if let confirmation {
            confirmation.render(into: &frame.buffer, area: parts[1], theme: theme)
            frame.cursor = nil
        }
        if var form = decisionForm {
            frame.cursor = DecisionFormView(context: context).render(&form, into: &frame.buffer, area: parts[1])
            decisionForm = form
        }
        if let help {
            frame.render(help, in: parts[1].inset(top: 1, left: 4, bottom: 1, right: 4), theme: theme)
            frame.cursor = nil
        }
        frame.render(StatusLine(hints: footerHints, message: message?.text, messageRole: message?.role ?? .statusline),
                     in: parts[2], theme: theme)
    }

    /// The top bar: screen, user, repository, "as of" date and counts — dropping the least
    /// important parts (counts, then the file name, then the role) when the terminal is narrow.
    private func renderHeader(into buffer: inout Buffer, area: Rect, context: RenderContext) {
        let user = services.session.user
        let acting = services.session.isActingAsOther ? ", as by \(services.session.osLogin)" : ""
        let title = Span(" Recourse · \(screenTitle) ", role: .titleFocus)
        let name = [Span("  "), Span(user.displayName, role: .header)]
        let role = Span(" (\(user.role.rawValue)\(acting))", role: .dim)
        let file = Span("  \(services.repositoryName)", role: .default)
        let demo = summary?.isDemo == true ? [Span(" [demo]", role: .warning)] : []
        let asOf = Span("  as of \(context.today) \(Timestamp.clockTime(of: context.now, in: context.timeZone))", role: .dim)
        let counts = summary.map { [Span("  · \(grouped($0.openCases)) open of \(grouped($0.totalCases))", role: .dim)] } ?? []
        let choices: [[Span]] = [
            [title] + name + [role, file] + demo + [asOf] + counts,
            [title] + name + [role, file] + demo + [asOf],
            [title] + name + [role] + demo + [asOf],
            [title] + name + demo + [asOf],
        ]
        let line = choices.map(StyledLine.init).first { $0.width <= area.width } ?? StyledLine(choices[3]).truncated(toWidth: area.width)
        let bar = theme.style(.statusline)
        buffer.fill(area, style: bar)
        buffer.put(line, at: Point(x: area.x, y: area.y), maxWidth: area.width, theme: theme, base: bar)
    }

    /// Routes a key to help, the case screen or the queue.
    public mutating func handle(_ event: InputEvent) -> EventOutcome {
        if event == .idle {
            queue.prepareSearch()
            return .continue
        }
        guard case .key(let key) = event else { return .continue }
        message = nil
        if help != nil { return handleHelp(key) }
        if confirmation != nil { return handleConfirmation(key) }
        if prompt != nil { return handlePrompt(key) }
        if caseSearch != nil { return handleCaseSearch(key) }
        if picker != nil { return handlePicker(key) }
        if decisionForm != nil { return handleDecision(key) }
        if callForm != nil { return handleForm(key) }
        let command: ScreenCommand
        if var screen = preview {
            let outcome = screen.handle(key, keymap: keymaps.preview)
            preview = screen
            switch outcome {
            case .screen(let screenCommand): command = screenCommand
            case .step(let offset):
                stepPreview(by: offset)
                return .continue
            }
        } else if var screen = reviewCase {
            let outcome = screen.handle(key, keymap: keymaps.reviewCase)
            reviewCase = screen
            switch outcome {
            case .screen(let screenCommand): command = screenCommand
            case .step(let offset):
                stepReview(by: offset)
                return .continue
            }
        } else if var screen = caseScreen {
            command = screen.handle(key, keymap: keymaps.caseView, services: services)
            caseScreen = screen
        } else if top == .review {
            command = review.handle(key, keymap: keymaps.review, services: services)
        } else if top == .payments {
            command = payments.handle(key, keymap: keymaps.payments, services: services)
        } else if top == .letters {
            command = letters.handle(key, keymap: keymaps.letters, services: services)
        } else {
            command = queue.handle(key, keymap: keymaps.queue, services: services)
        }
        switch command {
        case .none: break
        case .quit: return .quit
        case .back:
            if preview != nil { preview = nil } else if reviewCase != nil { reviewCase = nil } else { caseScreen = nil }
        case .help: openHelp()
        case .open(let reference): openCase(reference)
        case .logCall(let reference): openCallForm(reference)
        case .showQueue: top = .queue
        case .showLetters: showLetters()
        case .draftLetter(let reference): startDraft(reference)
        case .previewLetter(let id): openPreview(id)
        case .letter(let action, let id): perform(action, on: id)
        case .exportLetters: exportLetters()
        case .showReview: showReview()
        case .showPayments: showPayments()
        case .assignPayment(let payment): startAssign(payment)
        case .notOurs(let payment): startNotOurs(payment)
        case .openReview(let item): openReview(item)
        case .decide(let kind, let item): startDecision(kind, on: item)
        case .proposeReview(let reference): startProposal(reference)
        case .runLadder:
            guard services.session.user.role.canSupervise else {
                message = ("Only a supervisor runs the ladder; you are a \(services.session.user.role.rawValue).", .error)
                break
            }
            confirmation = ConfirmQuestion(
                title: "Run the ladder", question: "Run the escalation ladder for \(services.clock.today)? Letters are drafted for approval.",
                action: .runLadder)
        }
        return .continue
    }

    /// Reads the header's counts again after a change that closes or opens cases.
    mutating func refreshSummary() {
        summary = try? services.summary()
    }

    mutating func openCase(_ reference: String) {
        var screen = CaseScreen(reference: reference)
        screen.load(services)
        if let error = screen.loadError { message = (error, .error) } else { caseScreen = screen }
    }

    private mutating func openCallForm(_ reference: String) {
        do {
            var form = CallForm(detail: try services.caseDetail(reference: reference))
            form.recheck(services)
            callForm = form
        } catch {
            message = ("could not open \(reference): \(error)", .error)
        }
    }

    private mutating func handleForm(_ key: KeyEvent) -> EventOutcome {
        guard var form = callForm else { return .continue }
        switch form.handle(key) {
        case .none:
            form.recheck(services)
            callForm = form
        case .cancel:
            callForm = nil
            message = ("Call not logged.", .dim)
        case .save(let andNext):
            callForm = form
            save(andNext: andNext)
        }
        return .continue
    }

    /// Checks and saves the form. On any failure the form stays open with everything typed.
    private mutating func save(andNext: Bool) {
        guard var form = callForm else { return }
        form.checking = true
        form.saveError = nil
        switch services.prepareCall(form.entry, detail: form.detail) {
        case .failure(let problems):
            form.problems = problems
            form.focusFirstProblem()
            callForm = form
        case .success(let write):
            do {
                try services.saveCall(write)
            } catch {
                form.saveError = String(describing: error)
                callForm = form
                return
            }
            callForm = nil
            let next = andNext ? queue.reference(after: write.reference) : nil
            queue.refresh(afterChangeTo: write.caseId, select: next, services)
            let detail = write.record.outcomeDetail.map { ": \($0)" } ?? ""
            message = ("Logged \(write.record.outcome.rawValue) on \(write.reference)\(detail). Next: \(write.nextAction.label) on \(write.nextActionOn).", .success)
            if let next {
                openCase(next)
            } else if andNext {
                caseScreen = nil
                message = ("Logged on \(write.reference); that was the last case in the queue.", .success)
            } else if var screen = caseScreen {
                screen.load(services)
                caseScreen = screen
            }
        }
    }

    private mutating func openHelp() {
        help = HelpOverlay(title: "Help: \(screenTitle.lowercased())", sections: activeKeymap.helpSections() + [
            HelpSection(title: "Everywhere", entries: [KeyHint(key: "Ctrl-C", description: "quit at once, terminal restored")]),
        ])
    }

    private mutating func handleHelp(_ key: KeyEvent) -> EventOutcome {
        switch key {
        case .character("j"), .down: help?.scroll += 1
        case .character("k"), .up:
            let scroll = help?.scroll ?? 0
            help?.scroll = max(0, scroll - 1)
        default: help = nil
        }
        return .continue
    }
}
