import Testing

@testable import ZStackServer

@Suite("The job table")
struct JobTableTests {
    @Test("A job ID is started once; its reply is kept once it has finished")
    func startOnce() async throws {
        let table = ZStackJobTable()
        let runs = CallLog<Int>()
        for attempt in 0..<3 {
            let started = await table.start(id: "a") {
                await runs.append(attempt)
                return ZStackServerReply(status: .ok, body: .init("{}".utf8))
            }
            #expect(started == (attempt == 0))
        }
        let reply = try await finishedReply(table, "a")
        #expect(reply.status == .ok)
        #expect(await runs.values == [0])
        #expect(await table.state(of: "unknown") == nil)
    }

    @Test("At most the configured number of finished jobs is kept, the oldest forgotten first")
    func countLimit() async throws {
        let table = ZStackJobTable(maximumFinishedJobs: 10)
        for index in 0..<500 {
            await table.start(id: "job-\(index)") { ZStackServerReply(status: .ok, body: .init()) }
            _ = try await finishedReply(table, "job-\(index)")
        }
        #expect(await table.finishedJobCount == 10)
        #expect(await table.state(of: "job-489") == nil)
        #expect(await table.state(of: "job-490") != nil)
        #expect(await table.state(of: "job-499") != nil)
    }

    @Test("A finished job is forgotten after its lifetime; a running one never is")
    func lifetime() async throws {
        let table = ZStackJobTable(finishedJobLifetime: .seconds(1))
        let gate = Gate()
        await table.start(id: "slow") {
            await gate.wait()
            return ZStackServerReply(status: .ok, body: .init())
        }
        await table.start(id: "fast") { ZStackServerReply(status: .ok, body: .init()) }
        _ = try await finishedReply(table, "fast")
        try await Task.sleep(for: .milliseconds(1500))
        #expect(await table.state(of: "fast") == nil)
        #expect(await table.runningJobCount == 1)
        await gate.open()
        _ = try await finishedReply(table, "slow")
    }

    @Test("Cancelling the running jobs cancels their handlers' tasks")
    func cancellation() async throws {
        let table = ZStackJobTable()
        await table.start(id: "sleeper") {
            do {
                try await Task.sleep(for: .seconds(3600))
                return ZStackServerReply(status: .ok, body: .init())
            } catch {
                return ZStackServerReply(status: .serviceUnavailable, body: .init())
            }
        }
        await table.cancelRunningJobs()
        #expect(try await finishedReply(table, "sleeper").status == .serviceUnavailable)
    }

    /// Waits until a job has finished and returns its reply. It sleeps between looks rather than
    /// spinning, which would starve the job's own task on a busy machine's small thread pool.
    private func finishedReply(_ table: ZStackJobTable, _ id: String) async throws -> ZStackServerReply {
        let deadline = ContinuousClock.now.advanced(by: .seconds(120))
        while ContinuousClock.now < deadline {
            if case .finished(let reply) = await table.state(of: id) {
                return reply
            }
            try await Task.sleep(for: .milliseconds(2))
        }
        throw JobTableTestError.timedOut(id)
    }
}

enum JobTableTestError: Error {
    case timedOut(String)
}
