import RecourseCore

/// The numbers in the queue's header: open cases and how many are in each urgent group.
struct QueueCounts: Equatable {
    var open = 0
    var callbacks = 0
    var brokenPromises = 0
    var due = 0

    init() {}

    init(_ entries: [QueueEntry]) {
        open = entries.count
        for entry in entries {
            switch entry.group {
            case .callbackDue: callbacks += 1
            case .brokenPromise: brokenPromises += 1
            case .actionDue: due += 1
            case .other: break
            }
        }
    }
}
