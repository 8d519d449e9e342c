import TermUI

/// Everything a key can do in the console. The raw value is the name used in the config file's `[keys]`.
public enum ConsoleAction: String, Hashable, Sendable, CaseIterable {
    case quit, back, help
    case up, down, pageUp = "page-up", pageDown = "page-down", top, bottom
    case filter, open, toggleScope = "toggle-scope", refresh, logCall = "log-call"
    case queueScreen = "queue-screen", lettersScreen = "letters-screen", reviewScreen = "review-screen", runLadder = "run-ladder"
    case unmatchedScreen = "unmatched-screen", assignPayment = "assign-payment", notOurs = "not-ours"
    case draftLetter = "draft-letter", submit, approve, reject, rerender, export
    case nextItem = "next-item", previousItem = "previous-item"
    case proposeReview = "propose-review", decideLegal = "decide-legal", decideInsolvency = "decide-insolvency"
    case extendAmicable = "extend", writeOff = "write-off", returnToCaseworker = "return-to-caseworker"
    case approvePlan = "approve-plan", declinePlan = "decline-plan"
}

/// The key bindings of each screen, as data: the footer and the help overlay are generated from them.
public struct ConsoleKeymaps: Sendable {
    /// Keys of the queue screen.
    public var queue: Keymap<ConsoleAction>
    /// Keys of the case screen.
    public var caseView: Keymap<ConsoleAction>
    /// Keys of the letters list (screen 2).
    public var letters: Keymap<ConsoleAction> = ConsoleKeymaps.lettersDefaults
    /// Keys of the letter preview.
    public var preview: Keymap<ConsoleAction> = ConsoleKeymaps.previewDefaults
    /// Keys of the review queue (screen 3).
    public var review: Keymap<ConsoleAction> = ConsoleKeymaps.reviewDefaults
    /// Keys of a review item's case summary.
    public var reviewCase: Keymap<ConsoleAction> = ConsoleKeymaps.reviewCaseDefaults
    /// Keys of the unmatched payments (screen 4).
    public var payments: Keymap<ConsoleAction> = ConsoleKeymaps.paymentsDefaults

    /// The defaults of DESIGN.md §6.
    public static let defaults = ConsoleKeymaps(
        queue: Keymap(movement + [
            KeyBinding([.enter], .open, "open case", showInFooter: true, group: "Queue"),
            KeyBinding([.character("c")], .logCall, "log a call", showInFooter: true, group: "Queue"),
            KeyBinding([.character("/")], .filter, "filter", showInFooter: true, group: "Queue"),
            KeyBinding([.tab], .toggleScope, "my/all cases", showInFooter: true, group: "Queue"),
            KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the queue", group: "Queue"),
        ] + screens() + general(back: "quit")),
        caseView: Keymap(movement + [
            KeyBinding([.character("c")], .logCall, "log a call", showInFooter: true, group: "Case"),
            KeyBinding([.character("l")], .draftLetter, "draft a letter", showInFooter: true, group: "Case"),
            KeyBinding([.character("v")], .proposeReview, "propose for review", showInFooter: true, group: "Case"),
            KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the case", group: "Case"),
        ] + general(back: "back")))

    /// The letters list: the approval queue for supervisors, one's own letters for caseworkers.
    public static let lettersDefaults = Keymap<ConsoleAction>(movement + [
        KeyBinding([.enter], .open, "preview", showInFooter: true, group: "Letters"),
        KeyBinding([.character("a")], .approve, "approve", showInFooter: true, group: "Letters"),
        KeyBinding([.character("r")], .reject, "reject", showInFooter: true, group: "Letters"),
        KeyBinding([.character("s")], .submit, "submit", group: "Letters"),
        KeyBinding([.character("e")], .rerender, "re-render from the case", group: "Letters"),
        KeyBinding([.character("x")], .export, "export approved to the outbox", group: "Letters"),
        KeyBinding([.character("/")], .filter, "filter", showInFooter: true, group: "Letters"),
        KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the letters", group: "Letters"),
    ] + screens() + general(back: "quit"))

    /// The letter preview: the exact text, with the decisions at hand.
    public static let previewDefaults = Keymap<ConsoleAction>(movement + [
        KeyBinding([.character("a")], .approve, "approve", showInFooter: true, group: "Letter"),
        KeyBinding([.character("r")], .reject, "reject", showInFooter: true, group: "Letter"),
        KeyBinding([.character("s")], .submit, "submit", showInFooter: true, group: "Letter"),
        KeyBinding([.character("e")], .rerender, "re-render", showInFooter: true, group: "Letter"),
        KeyBinding([.character("J")], .nextItem, "next letter", showInFooter: true, group: "Letter"),
        KeyBinding([.character("K")], .previousItem, "previous letter", group: "Letter"),
    ] + general(back: "back"))

    /// The review queue: supervisors decide, caseworkers look.
    public static let reviewDefaults = Keymap<ConsoleAction>(movement + [
        KeyBinding([.enter], .open, "summary", showInFooter: true, group: "Review"),
        KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the review queue", group: "Review"),
        KeyBinding([.character("R")], .runLadder, "run the ladder for today", group: decideGroup),
    ] + decisions + screens(inFooter: []) + general(back: "quit"))

    /// The unmatched payments: supervisors assign or set aside, caseworkers look.
    public static let paymentsDefaults = Keymap<ConsoleAction>(movement + [
        KeyBinding([.enter, .character("a")], .assignPayment, "assign to a case", showInFooter: true, group: "Payments"),
        KeyBinding([.character("n")], .notOurs, "not ours", showInFooter: true, group: "Payments"),
        KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the payments", group: "Payments"),
    ] + screens(inFooter: []) + general(back: "quit"))

    /// A review item's case summary, with the decisions at hand.
    public static let reviewCaseDefaults = Keymap<ConsoleAction>(movement + decisions + [
        KeyBinding([.character("J")], .nextItem, "next item", showInFooter: true, group: "Review"),
        KeyBinding([.character("K")], .previousItem, "previous item", group: "Review"),
    ] + general(back: "back"))

    /// The supervisor's decisions on a review item (group "Decide": hidden from caseworkers' footers).
    private static let decisions: [KeyBinding<ConsoleAction>] = [
        KeyBinding([.character("L")], .decideLegal, "legal", showInFooter: true, group: decideGroup),
        KeyBinding([.character("I")], .decideInsolvency, "insolvency", showInFooter: true, group: decideGroup),
        KeyBinding([.character("E")], .extendAmicable, "extend", showInFooter: true, group: decideGroup),
        KeyBinding([.character("W")], .writeOff, "write off", showInFooter: true, group: decideGroup),
        KeyBinding([.character("B")], .returnToCaseworker, "return", showInFooter: true, group: decideGroup),
        KeyBinding([.character("a")], .approvePlan, "approve plan", showInFooter: true, group: decideGroup),
        KeyBinding([.character("d")], .declinePlan, "decline plan", showInFooter: true, group: decideGroup),
    ]

    /// The help group of the decision keys.
    static let decideGroup = "Decide"

    /// 1, 2, 3 and 4 switch between the top screens; `inFooter` says which are hinted in the footer.
    private static func screens(inFooter: Set<ConsoleAction> = [.lettersScreen, .reviewScreen]) -> [KeyBinding<ConsoleAction>] {
        [
            KeyBinding([.character("1")], .queueScreen, "work queue", showInFooter: inFooter.contains(.queueScreen), group: "Screens"),
            KeyBinding([.character("2")], .lettersScreen, "letters", showInFooter: inFooter.contains(.lettersScreen), group: "Screens"),
            KeyBinding([.character("3")], .reviewScreen, "review queue", showInFooter: inFooter.contains(.reviewScreen), group: "Screens"),
            KeyBinding([.character("4")], .unmatchedScreen, "unmatched payments", showInFooter: inFooter.contains(.unmatchedScreen), group: "Screens"),
        ]
    }

    private static let movement: [KeyBinding<ConsoleAction>] = [
        KeyBinding([.character("j"), .down], .down, "down", group: "Move"),
        KeyBinding([.character("k"), .up], .up, "up", group: "Move"),
        KeyBinding([.pageDown, .ctrl("f")], .pageDown, "page down", group: "Move"),
        KeyBinding([.pageUp, .ctrl("b")], .pageUp, "page up", group: "Move"),
        KeyBinding([.character("g"), .home], .top, "first", group: "Move"),
        KeyBinding([.character("G"), .end], .bottom, "last", group: "Move"),
    ]

    private static func general(back: String) -> [KeyBinding<ConsoleAction>] {
        [
            KeyBinding([.character("?")], .help, "help", showInFooter: true, group: "General"),
            KeyBinding([.character("q"), .escape], .back, back, showInFooter: true, group: "General"),
        ]
    }

    /// The call form's keys, shown in its footer and help (the form's own keys are fixed).
    public static let formHints: [KeyHint] = [
        KeyHint(key: "Ctrl-S", description: "save"), KeyHint(key: "Ctrl-N", description: "save & next case"),
        KeyHint(key: "Tab", description: "next field"), KeyHint(key: "←/→", description: "choose"),
        KeyHint(key: "Esc", description: "cancel"),
    ]

    /// Applies `[keys]` rebinds from the config file to every screen; returns what could not be applied.
    public mutating func apply(_ rebinds: [String: [String]]) -> [KeymapDiagnostic] {
        var diagnostics: [KeymapDiagnostic] = []
        for name in rebinds.keys.sorted() where ConsoleAction(rawValue: name) == nil {
            let known = ConsoleAction.allCases.map(\.rawValue).joined(separator: ", ")
            diagnostics.append(KeymapDiagnostic(actionName: name, message: "no such action (known: \(known))"))
        }
        let valid = rebinds.filter { ConsoleAction(rawValue: $0.key) != nil }
        for keyPath in [\ConsoleKeymaps.queue, \.caseView, \.letters, \.preview, \.review, \.reviewCase, \.payments] {
            let mine = valid.filter { name, _ in self[keyPath: keyPath].bindings.contains { $0.action.rawValue == name } }
            for diagnostic in self[keyPath: keyPath].applyRebinds(mine) where !diagnostics.contains(diagnostic) {
                diagnostics.append(diagnostic)
            }
        }
        return diagnostics
    }
}
