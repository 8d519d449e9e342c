import Testing
@testable import TermUI

@Suite("Key names and keymaps")
struct KeyTests {
    @Test(arguments: [
        ("j", KeyEvent.character("j")), ("?", .character("?")), ("G", .character("G")),
        ("enter", .enter), ("esc", .escape), ("tab", .tab), ("shift-tab", .backTab),
        ("ctrl-s", .ctrl("s")), ("Ctrl-S", .ctrl("s")), ("pgdn", .pageDown), ("pgup", .pageUp),
        ("up", .up), ("down", .down), ("home", .home), ("end", .end), ("f1", .function(1)),
        ("space", .character(" ")), ("escape", .escape), ("PageDown", .pageDown), ("F12", .function(12)),
    ])
    func parsesKeyNames(name: String, key: KeyEvent) throws {
        #expect(try KeyEvent(name: name) == key)
    }

    @Test(arguments: ["", "ctrl-", "ctrl-ss", "f0", "f99", "hyper-x", "\u{1b}", "jj"])
    func rejectsBadKeyNames(name: String) {
        #expect(throws: KeyNameError.self) { try KeyEvent(name: name) }
    }

    @Test func namesRoundTripAndDisplayNicely() throws {
        let keys: [KeyEvent] = [.ctrl("s"), .enter, .escape, .pageDown, .up, .backTab, .character(" "), .function(5), .character("q")]
        for key in keys {
            #expect(try KeyEvent(name: key.name) == key)
        }
        #expect(keys.map(\.displayName) == ["Ctrl-S", "Enter", "Esc", "PgDn", "↑", "Shift-Tab", "Space", "F5", "q"])
    }

    enum Action: String, Hashable, Sendable {
        case open, call, quit, help, down
    }

    var keymap: Keymap<Action> {
        Keymap([
            KeyBinding([.enter], .open, "Open", showInFooter: true, group: "Queue"),
            KeyBinding([.character("c")], .call, "Log call", showInFooter: true, group: "Queue"),
            KeyBinding([.character("j"), .down], .down, "Down", group: "Move"),
            KeyBinding([.character("?")], .help, "Help", showInFooter: true),
            KeyBinding([.character("q"), .escape], .quit, "Back"),
        ])
    }

    @Test func lookupFooterAndHelpComeFromTheSameBindings() {
        let map = keymap
        #expect(map.action(for: .down) == .down)
        #expect(map.action(for: .character("J")) == nil, "character keys are case-sensitive")
        #expect(map.footerHints == [
            KeyHint(key: "Enter", description: "Open"), KeyHint(key: "c", description: "Log call"),
            KeyHint(key: "?", description: "Help"),
        ])
        let sections = map.helpSections()
        #expect(sections.map(\.title) == ["Queue", "Move", "Keys"])
        #expect(sections[1].entries == [KeyHint(key: "j/↓", description: "Down")])
        #expect(sections[2].entries.last == KeyHint(key: "q/Esc", description: "Back"))
    }

    @Test func userRebindsReplaceKeysAndStealThemFromOtherActions() {
        var map = keymap
        let problems = map.applyRebinds(["call": ["ctrl-l", "o"], "open": ["o", "enter"]])
        #expect(problems.isEmpty)
        #expect(map.action(for: .ctrl("l")) == .call)
        #expect(map.action(for: .character("c")) == nil)
        #expect(map.action(for: .character("o")) == .open, "rebinds apply in name order; the later one wins")
        #expect(map.binding(for: .call)?.keys == [.ctrl("l")])
    }

    @Test func badRebindsAreReportedAndTheRestStillApply() {
        var map = keymap
        let problems = map.applyRebinds(["call": ["ctrl-"], "dance": ["d"], "help": ["f1", "hyper-h"]])
        #expect(problems.count == 3)
        #expect(problems.contains { $0.actionName == "dance" && $0.message.contains("no such action") })
        #expect(problems.contains { $0.actionName == "help" && $0.message.contains("hyper-h") })
        #expect(map.action(for: .character("c")) == .call, "an all-bad list keeps the old keys")
        #expect(map.action(for: .function(1)) == .help)
        #expect(map.action(for: .character("?")) == nil)
    }
}
