/// A screen's key bindings, as data: lookup, footer hints and help all come from the same list.
public struct Keymap<Action: Hashable & Sendable>: Sendable {
    /// The bindings, in display order.
    public private(set) var bindings: [KeyBinding<Action>]

    /// Creates a keymap from bindings (earlier bindings win if two share a key).
    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action bound to `key`, if any.
    public func action(for key: KeyEvent) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// The binding for `action`, if any.
    public func binding(for action: Action) -> KeyBinding<Action>? {
        bindings.first { $0.action == action }
    }

    /// Footer hints: the first key of each binding marked `showInFooter`.
    public var footerHints: [KeyHint] {
        bindings.filter { $0.showInFooter && !$0.keys.isEmpty }.compactMap { binding in
            binding.keys.first.map { KeyHint(key: $0.displayName, description: binding.description) }
        }
    }

    /// Help overlay content: every binding with keys, grouped by `group` in first-seen order.
    public func helpSections(defaultGroup: String = "Keys") -> [HelpSection] {
        var sections: [HelpSection] = []
        for binding in bindings where !binding.keys.isEmpty {
            let title = binding.group.isEmpty ? defaultGroup : binding.group
            let entry = KeyHint(key: binding.keysDisplay, description: binding.description)
            if let index = sections.firstIndex(where: { $0.title == title }) {
                sections[index].entries.append(entry)
            } else {
                sections.append(HelpSection(title: title, entries: [entry]))
            }
        }
        return sections
    }

    /// Applies user rebinds (`actionName → [key names]`): the action's keys are replaced, and the
    /// new keys are taken away from any other binding. Unknown actions and bad key names are
    /// reported and skipped; the rest still apply.
    /// An empty list unbinds the action; a list of only bad names leaves it as it was.
    public mutating func applyRebinds(_ rebinds: [String: [String]], actionName: (Action) -> String) -> [KeymapDiagnostic] {
        var diagnostics: [KeymapDiagnostic] = []
        for name in rebinds.keys.sorted() {
            let keyNames = rebinds[name] ?? []
            guard let index = bindings.firstIndex(where: { actionName($0.action) == name }) else {
                diagnostics.append(KeymapDiagnostic(actionName: name, message: "no such action here"))
                continue
            }
            var keys: [KeyEvent] = []
            for keyName in keyNames {
                do {
                    let key = try KeyEvent(name: keyName)
                    if !keys.contains(key) { keys.append(key) }
                } catch {
                    diagnostics.append(KeymapDiagnostic(actionName: name, message: error.description))
                }
            }
            if keys.isEmpty && !keyNames.isEmpty { continue }
            for other in bindings.indices where other != index {
                bindings[other].keys.removeAll { keys.contains($0) }
            }
            bindings[index].keys = keys
        }
        return diagnostics
    }
}

extension Keymap where Action: RawRepresentable, Action.RawValue == String {
    /// Applies user rebinds, naming actions by their raw value.
    public mutating func applyRebinds(_ rebinds: [String: [String]]) -> [KeymapDiagnostic] {
        applyRebinds(rebinds, actionName: { $0.rawValue })
    }
}
