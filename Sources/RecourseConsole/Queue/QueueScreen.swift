import Foundation
import RecourseCore
import TermUI

/// Screen 1, the start screen: the ranked work queue with filter-as-you-type and my/all tabs.
struct QueueScreen {
    private(set) var scope: QueueScope
    private(set) var entries: [QueueEntry] = []
    private(set) var visible: [Int] = []
    private(set) var counts = QueueCounts()
    private(set) var loadError: String?
    var list = ListState()
    var filter = ListFilter(placeholder: "debtor, reference, country or stage")
    private var index: QueueSearchIndex?
    private let clock = DebtorClock()

    init(scope: QueueScope) {
        self.scope = scope
    }

    /// The reference of the selected row, if any.
    var selectedReference: String? {
        list.selection(rowCount: visible.count).map { entries[visible[$0]].candidate.reference }
    }

    /// Loads (or reloads) the queue, keeping the selected case selected when it is still there.
    mutating func load(_ services: any ConsoleServices) {
        let previous = selectedReference
        do {
            entries = try services.queue(scope: scope)
            loadError = nil
        } catch {
            entries = []
            loadError = "could not load the queue: \(error)"
        }
        counts = QueueCounts(entries)
        index = nil
        applyFilter()
        if let previous, let row = visible.firstIndex(where: { entries[$0].candidate.reference == previous }) {
            list.apply(.to(row), rowCount: visible.count)
        } else {
            list.apply(.home, rowCount: visible.count)
        }
    }

    /// The case after `reference` in the queue as it is shown (for save-and-next).
    func reference(after reference: String) -> String? {
        guard let row = visible.firstIndex(where: { entries[$0].candidate.reference == reference }) else {
            return selectedReference
        }
        return row + 1 < visible.count ? entries[visible[row + 1]].candidate.reference : nil
    }

    /// Re-ranks after one case changed, without a full reload; the selection stays on the same
    /// case, or moves to `select` when given.
    mutating func refresh(afterChangeTo caseId: Int64, select: String? = nil, _ services: any ConsoleServices) {
        let keep = select ?? selectedReference
        do {
            entries = try services.refreshedQueue(entries, caseId: caseId, scope: scope)
        } catch {
            load(services)
            return
        }
        counts = QueueCounts(entries)
        index = nil
        applyFilter()
        if let keep, let row = visible.firstIndex(where: { entries[$0].candidate.reference == keep }) {
            list.apply(.to(row), rowCount: visible.count)
        }
    }

    /// Switches between my cases and all cases.
    mutating func toggleScope(_ services: any ConsoleServices) {
        scope = scope == .mine ? .all : .mine
        load(services)
    }

    /// Builds the filter's search index ahead of the first `/`, when the user pauses.
    mutating func prepareSearch() {
        if index == nil && !entries.isEmpty { index = QueueSearchIndex(entries: entries) }
    }

    private mutating func applyFilter() {
        let query = filter.text
        if query.trimmingCharacters(in: .whitespaces).isEmpty {
            visible = Array(entries.indices)
        } else {
            if index == nil { index = QueueSearchIndex(entries: entries) }
            visible = index?.matches(query) ?? Array(entries.indices)
        }
        list.clamp(rowCount: visible.count)
    }

    /// Handles a key; the filter line takes keys first while it is open.
    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>, services: any ConsoleServices) -> ScreenCommand {
        if filter.active { return handleFilterKey(key) }
        if key == .escape {
            if filter.clear() { applyFilter() }
            return .none
        }
        guard let action = keymap.action(for: key) else { return .none }
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
        case .open: return selectedReference.map(ScreenCommand.open) ?? .none
        case .toggleScope: toggleScope(services)
        case .refresh: load(services)
        case .logCall: return selectedReference.map(ScreenCommand.logCall) ?? .none
        case .lettersScreen: return .showLetters
        case .reviewScreen: return .showReview
        case .unmatchedScreen: return .showPayments
        default: break
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

    /// Draws tabs, the table and the filter line into `area`; returns the cursor when filtering.
    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext, summaryCases: Int?) -> Point? {
        let showFilter = filter.isShown
        let parts = Layout.rows(area, [.fixed(1), .fill(1), .fixed(showFilter ? 1 : 0)])
        renderTabs(into: &buffer, area: parts[0], theme: context.theme)
        let table = QueueTable(entries: entries, visible: visible, context: context, emptyMessage: emptyMessage(summaryCases))
        table.render(into: &buffer, area: parts[1], state: &list, clock: clock, focused: !filter.active)
        guard showFilter else { return nil }
        return filter.render(into: &buffer, area: parts[2], theme: context.theme, counts: " \(grouped(visible.count)) of \(grouped(entries.count)) ")
    }

    private func emptyMessage(_ summaryCases: Int?) -> String {
        if let loadError { return loadError }
        if !filter.text.isEmpty { return "No case matches '\(filter.text)'. Esc clears the filter." }
        if summaryCases == 0 {
            return "This repository has no cases yet. To try Recourse, quit (q) and run: recourse demo"
        }
        return scope == .mine
            ? "No open cases are assigned to you. Tab shows all cases."
            : "No open cases. Everything is closed."
    }

    private func renderTabs(into buffer: inout Buffer, area: Rect, theme: Theme) {
        buffer.fill(area, style: theme.style(.default))
        let titles = ["My cases", "All cases"]
        let selected = scope == .mine ? 0 : 1
        Tabs(titles: titles.enumerated().map { index, title in
            index == selected ? "\(title) (\(grouped(counts.open)))" : title
        }, selected: selected).render(into: &buffer, area: area, theme: theme)
        var summary: [Span] = []
        if counts.callbacks > 0 { summary.append(Span(plural(counts.callbacks, "callback", "callbacks") + " due", role: .callbackDue)) }
        if counts.brokenPromises > 0 { summary.append(Span(plural(counts.brokenPromises, "broken promise", "broken promises"), role: .brokenPromise)) }
        if counts.due > 0 { summary.append(Span(plural(counts.due, "action", "actions") + " due", role: .warning)) }
        var spans: [Span] = []
        for (offset, span) in summary.enumerated() {
            if offset > 0 { spans.append(Span(" · ", role: .dim)) }
            spans.append(span)
        }
        let line = StyledLine(spans)
        let width = min(line.width, max(0, area.width - 30))
        guard width > 0 else { return }
        buffer.put(line.truncated(toWidth: width), at: Point(x: area.x + area.width - width, y: area.y), maxWidth: width, theme: theme)
    }
}

/// `60,085`: counts with thousands separators.
func grouped(_ value: Int) -> String {
    let digits = String(value)
    var text = ""
    for (offset, character) in digits.enumerated() {
        if offset > 0 && (digits.count - offset) % 3 == 0 { text.append(",") }
        text.append(character)
    }
    return text
}

/// `1 callback`, `3 callbacks`.
func plural(_ count: Int, _ one: String, _ many: String) -> String {
    "\(grouped(count)) \(count == 1 ? one : many)"
}
