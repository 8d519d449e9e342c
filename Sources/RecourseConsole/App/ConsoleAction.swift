import TermUI

/// Everything a key can do in the console. The raw value is the name used in the config file's `[keys]`.
public enum ConsoleAction: String, Hashable, Sendable, CaseIterable {
    case quit, back, help
    case up, down, pageUp = "page-up", pageDown = "page-down", top, bottom
    case filter, open, toggleScope = "toggle-scope", refresh, logCall = "log-call"
}

/// The key bindings of each screen, as data: the footer and the help overlay are generated from them.
public struct ConsoleKeymaps: Sendable {
    /// Keys of the queue screen.
    public var queue: Keymap<ConsoleAction>
    /// Keys of the case screen.
    public var caseView: Keymap<ConsoleAction>

    /// The defaults of DESIGN.md §6.
    public static let defaults = ConsoleKeymaps(
        queue: Keymap(movement + [
            KeyBinding([.enter], .open, "open case", showInFooter: true, group: "Queue"),
            KeyBinding([.character("c")], .logCall, "log a call", showInFooter: true, group: "Queue"),
            KeyBinding([.character("/")], .filter, "filter", showInFooter: true, group: "Queue"),
            KeyBinding([.tab], .toggleScope, "my/all cases", showInFooter: true, group: "Queue"),
            KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the queue", group: "Queue"),
        ] + general(back: "quit")),
        caseView: Keymap(movement + [
            KeyBinding([.character("c")], .logCall, "log a call", showInFooter: true, group: "Case"),
            KeyBinding([.ctrl("r"), .function(5)], .refresh, "reload the case", group: "Case"),
        ] + general(back: "back")))

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
        let forQueue = valid.filter { name, _ in queue.bindings.contains { $0.action.rawValue == name } }
        let forCase = valid.filter { name, _ in caseView.bindings.contains { $0.action.rawValue == name } }
        diagnostics += queue.applyRebinds(forQueue)
        for diagnostic in caseView.applyRebinds(forCase) where !diagnostics.contains(diagnostic) {
            diagnostics.append(diagnostic)
        }
        return diagnostics
    }
}
