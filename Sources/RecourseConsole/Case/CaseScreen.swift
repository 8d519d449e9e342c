import Foundation
import RecourseCore
import TermUI

/// The case screen: a title line and the whole case as one scrollable document.
struct CaseScreen {
    private(set) var reference: String
    private(set) var detail: CaseDetail?
    private(set) var loadError: String?
    var scroll = ScrollState()
    private let clock = DebtorClock()

    init(reference: String) {
        self.reference = reference
    }

    /// Loads (or reloads) the case, keeping the scroll position.
    mutating func load(_ services: any ConsoleServices) {
        do {
            detail = try services.caseDetail(reference: reference)
            loadError = nil
        } catch {
            detail = nil
            loadError = "could not load \(reference): \(error)"
        }
    }

    mutating func handle(_ key: KeyEvent, keymap: Keymap<ConsoleAction>, services: any ConsoleServices) -> ScreenCommand {
        guard let action = keymap.action(for: key) else { return .none }
        switch action {
        case .quit, .back: return .back
        case .help: return .help
        case .up: scroll.apply(.up)
        case .down: scroll.apply(.down)
        case .pageUp: scroll.apply(.pageUp)
        case .pageDown: scroll.apply(.pageDown)
        case .top: scroll.apply(.home)
        case .bottom: scroll.apply(.end)
        case .refresh: load(services)
        case .logCall: return .logCall(reference)
        case .draftLetter: return .draftLetter(reference)
        case .proposeReview: return .proposeReview(reference)
        default: break
        }
        return .none
    }

    mutating func render(into buffer: inout Buffer, area: Rect, context: RenderContext) {
        let parts = Layout.rows(area, [.fixed(1), .fill(1)])
        renderTitle(into: &buffer, area: parts[0], context: context)
        let body = parts[1].inset(top: 0, left: 1, bottom: 0, right: 1)
        guard let detail else {
            buffer.fill(parts[1], style: context.theme.style(.default))
            buffer.put(loadError ?? "Loading…", at: Point(x: body.x, y: body.y), maxWidth: body.width, style: context.theme.style(.error))
            return
        }
        let lines = CaseDocument(detail: detail, context: context, clock: clock).lines(width: body.width)
        buffer.fill(parts[1], style: context.theme.style(.default))
        TextView(lines: lines, wrap: false).render(into: &buffer, area: body, theme: context.theme, state: &scroll)
    }

    private func renderTitle(into buffer: inout Buffer, area: Rect, context: RenderContext) {
        let theme = context.theme
        buffer.fill(area, style: theme.style(.titleFocus))
        var title = [Span(" \(reference) ", role: .titleFocus)]
        if let detail {
            title.append(Span(" \(detail.debtor.name) ", role: .titleFocus))
            let balance = detail.balance.outstanding.nonZero.map { context.money.string($0) }
            if !balance.isEmpty { title.append(Span(" · " + balance.joined(separator: " + ") + " ", role: .titleFocus)) }
        }
        buffer.put(StyledLine(title), at: Point(x: area.x, y: area.y), maxWidth: area.width, theme: theme)
    }
}
