import Foundation
import RecourseCore
import RecourseLetters
import TermUI

/// The console's letter work: drafting from a case, the worklist, the preview, and the decisions.
extension ConsoleApp {
    /// The desk, or a message in the footer saying why letters are unavailable.
    private mutating func desk() -> LetterDesk? {
        switch services.letters {
        case .success(let desk): return desk
        case .failure(let problem):
            message = ("Letters are unavailable: \(problem.reason)", .error)
            return nil
        }
    }

    /// Screen 2, reloaded.
    mutating func showLetters() {
        top = .letters
        caseScreen = nil
        letters.load(services)
    }

    /// `l` on a case: the level picker with the next letter on the ladder preselected.
    mutating func startDraft(_ reference: String) {
        guard let desk = desk() else { return }
        do {
            picker = LevelPicker(reference: reference, suggested: desk.suggestedLevel(for: try desk.caseDetail(reference: reference)))
        } catch {
            message = ("Cannot draft for \(reference): \(error)", .error)
        }
    }

    mutating func handlePicker(_ key: KeyEvent) -> EventOutcome {
        guard var current = picker else { return .continue }
        let outcome = current.handle(key)
        picker = current
        switch outcome {
        case .none: break
        case .cancel:
            picker = nil
            message = ("No letter drafted.", .dim)
        case .choose(let level):
            picker = nil
            guard let desk = desk() else { break }
            do {
                let letter = try desk.draft(reference: current.reference, level: level)
                preview = LetterPreviewScreen(view: try desk.letter(id: letter.id))
                previewIds = [letter.id]
                letters.load(services)
                message = ("Drafted letter \(letter.id) (\(letter.level.rawValue), \(letter.language)). Press s to submit it for approval.", .success)
            } catch {
                message = ("Not drafted: \(error)", .error)
            }
        }
        return .continue
    }

    /// Enter on the worklist: the full preview.
    mutating func openPreview(_ id: Int64) {
        guard let desk = desk() else { return }
        do {
            preview = LetterPreviewScreen(view: try desk.letter(id: id))
            previewIds = letters.visibleIds
        } catch {
            message = ("\(error)", .error)
        }
    }

    /// J/K in the preview: the next or previous letter of the worklist.
    mutating func stepPreview(by offset: Int) {
        guard let current = preview?.view.id, let desk = desk() else { return }
        let ids = previewIds
        guard let index = ids.firstIndex(of: current) else { return }
        let target = index + offset
        guard ids.indices.contains(target) else {
            message = (offset > 0 ? "That was the last letter in the list." : "That was the first letter in the list.", .dim)
            return
        }
        do {
            preview?.show(try desk.letter(id: ids[target]))
            letters.select(ids[target])
        } catch {
            message = ("\(error)", .error)
        }
    }

    /// Submit, approve, re-render at once; reject asks for the reason first.
    mutating func perform(_ command: LetterCommand, on id: Int64) {
        if command == .reject {
            prompt = ReasonPrompt(title: "Reject letter \(id)", question: "Why? The drafter reads this and reworks the letter.",
                                  purpose: .rejectLetter(id))
            return
        }
        guard let desk = desk() else { return }
        do {
            let letter: Letter
            switch command {
            case .submit: letter = try desk.submit(letterId: id)
            case .approve: letter = try desk.approve(letterId: id)
            case .rerender: letter = try desk.rerender(letterId: id)
            case .reject: return
            }
            afterChange(to: letter, desk: desk, verb: Self.verb(command))
        } catch {
            message = ("\(error)", .error)
        }
    }

    mutating func handlePrompt(_ key: KeyEvent) -> EventOutcome {
        guard var current = prompt else { return .continue }
        let outcome = current.handle(key)
        prompt = current
        switch (outcome, current.purpose) {
        case (.none, _): break
        case (.cancel, .rejectLetter):
            prompt = nil
            message = ("Not rejected.", .dim)
        case (.cancel, .proposeReview):
            prompt = nil
            message = ("Not proposed.", .dim)
        case (.cancel, .notOurs(let id)):
            prompt = nil
            message = ("Payment #\(id) stays open.", .dim)
        case (.confirm(let reason), .notOurs(let id)):
            prompt = nil
            markNotOurs(id, reason: reason)
        case (.confirm(let note), .proposeReview(let reference)):
            prompt = nil
            propose(reference, note: note)
        case (.confirm(let reason), .rejectLetter(let id)):
            prompt = nil
            guard let desk = desk() else { break }
            do {
                afterChange(to: try desk.reject(letterId: id, reason: reason), desk: desk, verb: "Rejected")
            } catch {
                message = ("\(error)", .error)
            }
        }
        return .continue
    }

    /// `x`: every approved letter to the outbox, marked sent.
    mutating func exportLetters() {
        guard let desk = desk() else { return }
        do {
            let batch = try desk.export(to: services.outbox)
            letters.load(services)
            if let directory = batch.directory {
                message = ("Exported \(plural(batch.letters.count, "letter", "letters")) to \(directory.path); marked sent.", .success)
            } else {
                message = ("No approved letters to export.", .dim)
            }
        } catch {
            message = ("\(error)", .error)
        }
    }

    private mutating func afterChange(to letter: Letter, desk: LetterDesk, verb: String) {
        letters.load(services)
        if preview != nil, let view = try? desk.letter(id: letter.id) { preview?.show(view) }
        let next = preview != nil && previewIds.last != letter.id && previewIds.count > 1 ? " J for the next." : ""
        message = ("\(verb) letter \(letter.id) (\(letter.caseReference), \(letter.level.rawValue)); now \(letter.state.rawValue).\(next)", .success)
    }

    private static func verb(_ command: LetterCommand) -> String {
        switch command {
        case .submit: return "Submitted"
        case .approve: return "Approved"
        case .reject: return "Rejected"
        case .rerender: return "Re-rendered"
        }
    }
}
