/// The jobs of asynchronous calls: running, or finished with the reply that a poll of the job gets.
///
/// A server answers an asynchronous call with `202 Accepted` and the job's location, runs the handler in a task
/// recorded here, and answers polls of the location from here. So that a long-running server does not grow
/// without bound, a finished job is forgotten ``finishedJobLifetime`` after it finished, or earlier when more than
/// ``maximumFinishedJobs`` jobs have finished since; polling a forgotten job gets `404 Not Found`, as polling an
/// expired job does. Running jobs are never forgotten.
public actor ZStackJobTable {
    /// How long a finished job's reply is kept.
    public nonisolated let finishedJobLifetime: Duration

    /// How many finished jobs are kept at most; the oldest are forgotten first.
    public nonisolated let maximumFinishedJobs: Int

    /// What the table knows of a job.
    enum State: Sendable {
        /// The handler is still running.
        case running
        /// The handler has finished with this reply.
        case finished(ZStackServerReply)
    }

    private struct Job {
        var state: State
        var task: Task<Void, Never>?
        var finishedAt: ContinuousClock.Instant?
    }

    private let clock = ContinuousClock()
    private var jobs: [String: Job] = [:]

    /// The IDs of the finished jobs from ``finishedStart`` on, oldest first.
    private var finished: [String] = []
    private var finishedStart = 0

    /// Creates an empty table.
    ///
    /// - Parameters:
    ///   - finishedJobLifetime: How long a finished job's reply is kept.
    ///   - maximumFinishedJobs: How many finished jobs are kept at most.
    public init(finishedJobLifetime: Duration = .seconds(60 * 60), maximumFinishedJobs: Int = 10_000) {
        self.finishedJobLifetime = finishedJobLifetime
        self.maximumFinishedJobs = max(0, maximumFinishedJobs)
    }

    /// The number of jobs whose handler is still running.
    public var runningJobCount: Int {
        jobs.values.count(where: { $0.finishedAt == nil })
    }

    /// The number of finished jobs whose reply is still kept.
    public var finishedJobCount: Int {
        expireFinishedJobs()
        return finished.count - finishedStart
    }

    /// Cancels the task of every running job, for example when the server shuts down.
    ///
    /// The jobs stay in the table and finish with whatever their handlers make of the cancellation.
    public func cancelRunningJobs() {
        for job in jobs.values {
            job.task?.cancel()
        }
    }

    /// Starts a job, unless the table has a job with the same ID.
    ///
    /// - Parameters:
    ///   - id: The job's ID.
    ///   - work: Runs the handler and returns the reply to polls of the finished job.
    /// - Returns: Whether the job was started; `false` if the table already has a job with this ID, which is left
    ///   as it is, so that a call repeated with the same job ID runs once.
    @discardableResult
    func start(id: String, work: @escaping @Sendable () async -> ZStackServerReply) -> Bool {
        expireFinishedJobs()
        guard jobs[id] == nil else { return false }
        // The task starts on this actor, so it cannot finish before the job is recorded below.
        let task = Task {
            let reply = await work()
            self.finish(id, with: reply)
        }
        jobs[id] = Job(state: .running, task: task)
        return true
    }

    /// What the table knows of a job.
    ///
    /// - Parameter id: The job's ID.
    /// - Returns: The job's state, or `nil` if the job is unknown or has been forgotten.
    func state(of id: String) -> State? {
        expireFinishedJobs()
        return jobs[id]?.state
    }

    private func finish(_ id: String, with reply: ZStackServerReply) {
        guard jobs[id] != nil else { return }
        jobs[id] = Job(state: .finished(reply), task: nil, finishedAt: clock.now)
        finished.append(id)
        expireFinishedJobs()
    }

    /// Forgets the finished jobs that are too old or too many.
    private func expireFinishedJobs() {
        let now = clock.now
        while finishedStart < finished.count {
            let id = finished[finishedStart]
            if let finishedAt = jobs[id]?.finishedAt {
                let isTooMany = finished.count - finishedStart > maximumFinishedJobs
                guard isTooMany || now >= finishedAt + finishedJobLifetime else { break }
                jobs[id] = nil
            }
            finishedStart += 1
        }
        // Drop the forgotten IDs once they make up half of the array, so that removal stays amortized O(1).
        if finishedStart > 64, finishedStart * 2 > finished.count {
            finished.removeFirst(finishedStart)
            finishedStart = 0
        }
    }
}
