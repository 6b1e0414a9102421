import FixtureAPI
import FixtureServer
import Foundation
import Testing

/// Serves a fresh ``FakeCloud`` of ``fleet`` with its session check, and a log of the traffic, for `body`.
private func withFakeCloud<Result>(
    startGate: Gate? = nil,
    _ body: (URL, FakeCloud, TrafficLog) async throws -> Result
) async throws -> Result {
    let cloud = FakeCloud(vms: fleet)
    let traffic = TrafficLog()
    return try await withServer(
        FakeCloudHandler(cloud: cloud, startGate: startGate),
        middlewares: [traffic, SessionCheck(sessions: cloud.sessions)]
    ) { server in
        try await body(server, cloud, traffic)
    }
}

@Suite("The SDK's first hour, against a stateful fake ZStack")
struct FirstHourTests {
    @Test("Log in, page 250 VMs by state and memory, start one and poll, read an ErrorCode, log out")
    func firstHour() async throws {
        let gate = Gate()
        try await withFakeCloud(startGate: gate) { server, cloud, traffic in
            // Log in: the client that openSession returns sends the new session.
            let client = try await fixtureClient(server, authorization: nil).openSession(
                LogInByAccount.Request(accountName: FakeCloud.account.name, password: FakeCloud.account.passwordDigest))

            // Every stopped VM with at least 4 GiB, largest first, 50 per call.
            var stopped: [VmInstanceInventory] = []
            let pages = client.queryVmInstanceItems(pageSize: 50, sortedBy: { $0.memorySize.descending }) {
                [$0.state == .stopped, $0.memorySize >= 4 * gib]
            }
            for try await vm in pages {
                stopped.append(vm)
            }
            let expected = fleet.filter { $0.state == .stopped && $0.memorySize! >= 4 * gib }
                .enumerated().sorted { ($0.element.memorySize!, -$0.offset) > ($1.element.memorySize!, -$1.offset) }.map(\.element)
            #expect(stopped.count == 250)
            #expect(stopped == expected)

            // Start the largest: the call is accepted as a job and polled; while it runs, the VM is Starting.
            let uuid = try #require(stopped.first?.uuid)
            async let started = client.startVmInstance(uuid: uuid)
            #expect(await traffic.waitFor("FixtureQueryJob 202"))
            let starting = try await client.queryVmInstanceItems { [$0.uuid == uuid] }.first()
            #expect(starting?.state == .starting)
            await gate.open()
            let running = try await started.inventory
            #expect(running?.state == .running)
            #expect(running?.hostUuid == FakeCloud.host)

            // Starting it again fails in its job; the error is ZStack's ErrorCode.
            let error = await #expect(throws: FixtureAPIError.self) { try await client.startVmInstance(uuid: uuid) }
            #expect(error?.errorCode.code == "VM.1010")
            #expect(error?.errorCode.details == "the VM[uuid:\(uuid)] is in state Running, cannot start it")
            #expect(error?.isInvalidSession == false)

            // Log out: the server then refuses the session, and the error says so.
            try await client.closeSession()
            let refused = await #expect(throws: FixtureAPIError.self) { _ = try await client.queryVmInstanceItems().first() }
            #expect(refused?.isInvalidSession == true)
            #expect(await cloud.sessions.open.isEmpty)
            #expect(await cloud.vms.filter { $0.state == .running }.count == 101)

            // Polls that found the job running are left out: how many there are depends on timing.
            #expect(await traffic.entries.filter { $0 != "FixtureQueryJob 202" } == [
                "LogInByAccount 200",
                "QueryVmInstance 200", "QueryVmInstance 200", "QueryVmInstance 200", "QueryVmInstance 200", "QueryVmInstance 200",
                "StartVmInstance 202", "QueryVmInstance 200", "FixtureQueryJob 200",
                "StartVmInstance 202", "FixtureQueryJob 503",
                "LogOut 200",
                "QueryVmInstance 503",
            ])
            #expect(await traffic.queries.prefix(2) == [
                "q=state%3DStopped&q=memorySize%3E%3D4294967296&limit=50&start=0&replyWithCount=true&sort=-memorySize",
                "q=state%3DStopped&q=memorySize%3E%3D4294967296&limit=50&start=50&sort=-memorySize",
            ])
        }
    }

    @Test("A wrong password is ZStack's ID.1000, and opens no session")
    func wrongPassword() async throws {
        try await withFakeCloud { server, cloud, _ in
            let error = await #expect(throws: FixtureAPIError.self) {
                _ = try await fixtureClient(server, authorization: nil).openSession(
                    LogInByAccount.Request(accountName: FakeCloud.account.name, password: "password"))
            }
            #expect(error?.errorCode.code == "ID.1000")
            #expect(await cloud.sessions.open.isEmpty)
        }
    }

    @Test(
        "A condition the query cannot use is ZStack's SYS.1007, with its details",
        arguments: [
            ("colour=red", "inventory[VmInstanceInventory] has no field[colour]"),
            ("memorySize>=lots", "failed to parse value[lots]"),
            ("state=Sleeping", "failed to parse value[Sleeping]"),
            ("createDate>=Jan 6, 2017", "failed to parse value[Jan 6, 2017]"),
            ("memorySize~=4%", "field[memorySize] cannot be compared with ~="),
            ("name", "the 'name' in the parameter[q] doesn't contain any query operator"),
        ])
    func invalidConditions(condition: String, details: String) async throws {
        try await withFakeCloud { server, cloud, _ in
            let client = try await fixtureClient(server, authorization: nil).openSession(
                LogInByAccount.Request(accountName: FakeCloud.account.name, password: FakeCloud.account.passwordDigest))
            let error = await #expect(throws: FixtureAPIError.self) {
                _ = try await client.queryVmInstance(QueryVmInstance.Request(q: [condition]))
            }
            #expect(error?.errorCode.code == "SYS.1007")
            #expect(error?.errorCode.details == details)
        }
    }
}
