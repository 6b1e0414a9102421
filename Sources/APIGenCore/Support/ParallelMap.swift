import Foundation

/// Runs independent pieces of work on several threads, results in input order.
enum ParallelMap {
    /// `body(0)`, `body(1)`, ... `body(count - 1)`, with at most `parallelism` running at once.
    static func map<T: Sendable>(count: Int, parallelism: Int, _ body: @Sendable (Int) -> T) -> [T] {
        let workers = max(1, min(parallelism, count))
        if workers == 1 { return (0..<count).map(body) }
        let slots = Slots<T>(count: count)
        DispatchQueue.concurrentPerform(iterations: workers) { _ in
            while let index = slots.take() { slots.set(index, body(index)) }
        }
        return slots.results
    }

    /// Runs `background` on another thread while `body` runs on this one, and returns both
    /// results once both are done.
    static func overlapping<Background: Sendable, Value>(
        _ background: @escaping @Sendable () -> Background, with body: () -> Value
    ) -> (Background, Value) {
        let slot = Slot<Background>()
        let done = DispatchGroup()
        DispatchQueue.global().async(group: done) { slot.value = background() }
        let result = body()
        done.wait()
        return (slot.value!, result)  // set before `done` was left
    }

    /// The default parallelism: one worker per core.
    static var defaultParallelism: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Hands out indices and keeps results by index, under a lock.
private final class Slots<T: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var next = 0
    private var values: [T?]

    init(count: Int) { values = Array(repeating: nil, count: count) }

    func take() -> Int? {
        lock.withLock {
            guard next < values.count else { return nil }
            defer { next += 1 }
            return next
        }
    }

    func set(_ index: Int, _ value: T) { lock.withLock { values[index] = value } }

    /// Every result; call once all work is done (each slot is then set).
    var results: [T] { lock.withLock { values.compactMap { $0 } } }
}

/// One value handed from the thread that sets it to the one that waited for it.
private final class Slot<T>: @unchecked Sendable {
    var value: T?
}
