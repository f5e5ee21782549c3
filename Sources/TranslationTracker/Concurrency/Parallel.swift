import Dispatch

/// Order-keeping parallel map for independent work items (one file, one translation).
package enum Parallel {
    /// Maps on every core, keeping order. Small inputs run inline, where threads cost more
    /// than they save.
    package static func map<T: Sendable, R: Sendable>(_ items: [T], _ transform: @Sendable (T) -> R) -> [R] {
        if items.count < 4 { return items.map(transform) }
        let results = ResultSlots<R>(count: items.count)
        DispatchQueue.concurrentPerform(iterations: items.count) { index in
            results.set(index, transform(items[index]))
        }
        return results.values()
    }
}
