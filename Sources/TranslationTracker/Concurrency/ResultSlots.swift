import Synchronization

/// Fixed slots that parallel workers fill, one slot each, then read once all are done.
final class ResultSlots<R: Sendable>: Sendable {
    private let storage: Mutex<[R?]>

    init(count: Int) { storage = Mutex(Array(repeating: nil, count: count)) }

    func set(_ index: Int, _ value: R) { storage.withLock { $0[index] = value } }

    func values() -> [R] { storage.withLock { $0.map { $0! } } }
}
