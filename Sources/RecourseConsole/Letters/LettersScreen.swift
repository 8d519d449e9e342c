import Foundation
import RecourseCore
import RecourseLetters
import TermUI

/// Screen 2: the letters worklist. Supervisors see every letter waiting for approval first, then
/// their own; caseworkers see their own drafts, submissions, approvals and rejections.
struct LettersScreen {
    private(set) var views: [LetterView] = []
    private(set) var visible: [Int] = []
    private(set) var loadError: String?
    var list = ListState()
    var filter = ListFilter(placeholder: "case, debtor, level, language, state or drafter")

    /// The letter on the selected row.
    var selected: LetterView? {
        list.selection(rowCount: visible.count).map { views[visible[$0]] }
    }

    /// The ids in the order shown, for next/previous in the preview.
    var visibleIds: [Int64] { visible.map { views[$0].id } }

    /// Loads (or reloads) the worklist, keeping the selected letter selected when it is still there.
    mutating func load(_ services: any ConsoleServices) {
        let previous = selected?.id
        switch services.letters {
        case .failure(let problem):
            views = []
            loadError = "Letters are unavailable: \(problem.reason)"
        case .success(let desk):
            do {
                views = try desk.worklist()
                loadError = nil
            } catch {
                views = []
                loadError = "could not load the letters: \(error)"
            }
        }
        applyFilter()
        if let previous, let row = visible.firstIndex(where: { views[$0].id == previous }) {
            list.apply(.to(row), rowCount: visible.count)
        } else {
            list.clamp(rowCount: visible.count)
        }
    }

    /// Selects a letter by id when it is listed.
    mutating func select(_ id: Int64) {
        if let row = visible.firstIndex(where: { views[$0].id == id }) { list.apply(.to(row), rowCount: visible.count) }
    }

    private mutating func applyFilter() {
        let words = filter.text.lowercased().split(separator: " ").map(String.init)
        visible = views.indices.filter { index in
            guard !words.isEmpty else { return true }
            let letter = views[index].letter
            let haystack = [
                letter.caseReference, letter.debtorName, letter.level.rawValue, letter.language, letter.state.rawValue, letter.draftedBy,
                String(letter.id),
            ].joined(separator: " ").lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
        list.clamp(rowCount: visible.count)
    }

    /// Handles a key; the filter line takes keys first while it is open.
    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>, services: any ConsoleServices) -> ScreenCommand {
        if filter.active { return handleFilterKey(key) }
        if key == .escape, filter.clear() {
            applyFilter()
            return .none
        }
        guard let action = keymap.action(for: key) else { return .none }
        let id = selected?.id
        switch action {
        case .quit, .back: return .quit
        case .help: return .help
        case .up: list.apply(.up, rowCount: visible.count)
        case .down: list.apply(.down, rowCount: visible.count)
        case .pageUp: list.apply(.pageUp, rowCount: visible.count)
        case .pageDown: list.apply(.pageDown, rowCount: visible.count)
        case .top: list.apply(.home, rowCount: visible.count)
        case .bottom: list.apply(.end, rowCount: visible.count)
        case .filter: filter.active = true
        case .refresh: load(services)
        case .open: return id.map(ScreenCommand.previewLetter) ?? .none
        case .approve: return id.map { .letter(.approve, $0) } ?? .none
        case .reject: return id.map { .letter(.reject, $0) } ?? .none
        case .submit: return id.map { .letter(.submit, $0) } ?? .none
        case .rerender: return id.map { .letter(.rerender, $0) } ?? .none
        case .export: return .exportLetters
        case .queueScreen: return .showQueue
        case .reviewScreen: return .showReview
        case .unmatchedScreen: return .showPayments
        case .lettersScreen, .toggleScope, .logCall, .draftLetter, .nextItem, .previousItem, .proposeReview, .decideLegal, .decideInsolvency,
             .extendAmicable, .writeOff, .returnToCaseworker, .approvePlan, .declinePlan, .runLadder, .assignPayment, .notOurs:
            break
        }
        return .none
    }

    private mutating func handleFilterKey(_ key: KeyEvent) -> ScreenCommand {
        switch filter.handle(key) {
        case .none: break
        case .cleared: applyFilter()
        case .move(let move): list.apply(move, rowCount: visible.count)
        case .changed:
            applyFilter()
            list.apply(.home, rowCount: visible.count)
        }
        return .none
    }

    /// Draws the title, the table and the filter line; returns the cursor when filtering.
    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext, session: Session) -> Point? {
        let showFilter = filter.isShown
        let parts = Layout.rows(area, [.fixed(1), .fill(1), .fixed(showFilter ? 1 : 0)])
        renderTitle(into: &buffer, area: parts[0], theme: context.theme, session: session)
        LettersTable(views: views, visible: visible, context: context, session: session, emptyMessage: emptyMessage(session))
            .render(into: &buffer, area: parts[1], state: &list, focused: !filter.active)
        guard showFilter else { return nil }
        return filter.render(into: &buffer, area: parts[2], theme: context.theme, counts: " \(visible.count) of \(views.count) ")
    }

    private func emptyMessage(_ session: Session) -> String {
        if let loadError { return loadError }
        if !filter.text.isEmpty { return "No letter matches '\(filter.text)'. Esc clears the filter." }
        return session.user.role.canSupervise
            ? "No letters are waiting for approval. Drafts appear here when caseworkers submit them."
            : "You have no letters in progress. Open a case and press l to draft one."
    }

    private func renderTitle(into buffer: inout Buffer, area: Rect, theme: Theme, session: Session) {
        buffer.fill(area, style: theme.style(.default))
        let waiting = views.filter { $0.letter.state == .submitted && $0.letter.draftedBy != session.user.login }.count
        let title = session.user.role.canSupervise ? "Approvals (\(waiting) waiting)" : "My letters (\(views.count))"
        Tabs(titles: [title], selected: 0).render(into: &buffer, area: area, theme: theme)
        let stale = views.filter(\.isStale).count
        guard stale > 0 else { return }
        let note = Span("\(stale) stale", role: .warning)
        let width = DisplayWidth.width(of: note.text)
        buffer.put(StyledLine([note]), at: Point(x: area.x + max(0, area.width - width - 1), y: area.y), maxWidth: width, theme: theme)
    }
}
