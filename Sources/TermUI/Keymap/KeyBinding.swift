/// One entry of a keymap: which keys trigger which action, and how it is described.
public struct KeyBinding<Action: Hashable & Sendable>: Sendable {
    /// The keys that trigger the action; the first is the one shown in the footer.
    public var keys: [KeyEvent]
    /// What happens.
    public var action: Action
    /// A short description for the footer and the help overlay ("Open case").
    public var description: String
    /// Whether the footer lists this binding (the help overlay lists all of them).
    public var showInFooter: Bool
    /// The help overlay group heading ("Navigation", "Case"…).
    public var group: String

    /// Creates a binding.
    public init(_ keys: [KeyEvent], _ action: Action, _ description: String, showInFooter: Bool = false, group: String = "") {
        self.keys = keys
        self.action = action
        self.description = description
        self.showInFooter = showInFooter
        self.group = group
    }

    /// Keys shown to people, joined: "j/↓".
    public var keysDisplay: String {
        keys.map(\.displayName).joined(separator: "/")
    }
}

/// A key and what it does, as shown in the status line.
public struct KeyHint: Hashable, Sendable {
    /// The key as displayed ("Enter", "Ctrl-S").
    public var key: String
    /// What it does ("Open").
    public var description: String

    /// Creates a hint.
    public init(key: String, description: String) {
        self.key = key
        self.description = description
    }
}

/// A problem found while applying user key rebinds.
public struct KeymapDiagnostic: Hashable, Sendable, CustomStringConvertible {
    /// The action name as written in the config.
    public var actionName: String
    /// What is wrong.
    public var message: String

    /// Creates a diagnostic.
    public init(actionName: String, message: String) {
        self.actionName = actionName
        self.message = message
    }

    /// `action: message`.
    public var description: String { "\(actionName): \(message)" }
}
