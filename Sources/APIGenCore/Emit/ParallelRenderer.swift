import Foundation

/// Renders independent files on several threads. The result is sorted by path, so the bytes
/// and their order are the same whatever the parallelism.
public enum ParallelRenderer {
    /// One file to render.
    public typealias Job = @Sendable () throws -> GeneratedFile

    /// Runs `jobs` with at most `parallelism` at once; the first template error (in job order) is thrown.
    public static func run(_ jobs: [Job], parallelism: Int) throws(TemplateError) -> [GeneratedFile] {
        try run(groups: [jobs], parallelism: parallelism)[0].get()
    }

    /// Runs several lists of jobs in one pool, so that no core waits while a list is left, and
    /// returns each list's files sorted by path, or its first template error (in job order).
    public static func run(groups: [[Job]], parallelism: Int) -> [Result<[GeneratedFile], TemplateError>] {
        let jobs = groups.flatMap { $0 }
        let results = ResultSlots(count: jobs.count)
        let workers = max(1, min(parallelism, jobs.count))
        if workers == 1 {
            for (index, job) in jobs.enumerated() { results.set(index, Result { try job() }) }
        } else {
            let next = Counter()
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = next.take(below: jobs.count) {
                    results.set(index, Result { try jobs[index]() })
                }
            }
        }
        var all = results.all[...]
        return groups.map { group in
            let groupResults = all.prefix(group.count)
            all = all.dropFirst(group.count)
            var files: [GeneratedFile] = []
            for result in groupResults {
                switch result {
                case .success(let file): files.append(file)
                case .failure(let error as TemplateError): return .failure(error)
                case .failure(let error):
                    let location = SourceLocation(file: "templates", line: 1, column: 1)
                    return .failure(TemplateError(diagnostics: [Diagnostic(.renderFailed("\(error)"), at: location)]))
                }
            }
            return .success(files.sorted { $0.path < $1.path })
        }
    }

    /// The default parallelism: one worker per core.
    public static var defaultParallelism: Int { ProcessInfo.processInfo.activeProcessorCount }
}

/// Hands out job indices to workers.
private final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0

    func take(below limit: Int) -> Int? {
        lock.withLock {
            guard value < limit else { return nil }
            defer { value += 1 }
            return value
        }
    }
}

/// Results by job index, written by workers under a lock.
private final class ResultSlots: @unchecked Sendable {
    private let lock = NSLock()
    private var slots: [Result<GeneratedFile, any Error>?]

    init(count: Int) { slots = Array(repeating: nil, count: count) }

    func set(_ index: Int, _ result: Result<GeneratedFile, any Error>) {
        lock.withLock { slots[index] = result }
    }

    var all: [Result<GeneratedFile, any Error>] { lock.withLock { slots.compactMap { $0 } } }
}
