import FixtureAPI
import Foundation
import OpenAPIURLSession
import Testing

@Suite("Asynchronous calls over loopback HTTP")
struct PollingTests {
    private let fastPolling = FixturePolling(interval: .milliseconds(20), timeout: .seconds(30))

    @Test("202 and a location are polled until the job's result arrives")
    func pollsUntilDone() async throws {
        let replies = inOrder(
            acceptedReply(),
            ScriptedReply(.accepted, #"{"location": "http://zstack-mn.invalid:8080/zstack/v1/api-jobs/x"}"#),
            ScriptedReply(.accepted),
            ScriptedReply(.ok, createZoneResult)
        )
        try await withLoopbackServer(reply: replies) { server in
            let response = try await server.fixtureClient().createZone(
                name: "zone-1",
                description: "first zone",
                systemTags: ["tag::1"],
                userTags: ["mine"],
                polling: fastPolling
            )
            #expect(
                response.inventory
                    == ZoneInventory(
                        uuid: "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b",
                        name: "zone-1",
                        description: "first zone",
                        state: .enabled,
                        createDate: gsonExampleInstant,
                        lastOpDate: gsonExampleInstant
                    )
            )

            let requests = await server.requests
            #expect(requests.count == 4)
            let create = requests[0]
            #expect(create.method == .post)
            #expect(create.path == "/zstack/v1/zones")
            #expect(create.headerFields[.authorization] == "OAuth session-1")
            #expect(create.headerFields[.contentType] == "application/json;charset=UTF-8")
            #expect(
                try create.jsonBody()
                    == json(
                        """
                        {"params": {"name": "zone-1", "description": "first zone"},
                         "systemTags": ["tag::1"], "userTags": ["mine"]}
                        """
                    )
            )
            for poll in requests.dropFirst() {
                #expect(poll.method == .get)
                #expect(poll.path == "/zstack/v1/api-jobs/3a0b6ef4a8b24c8f9e0d1c2b3a4f5e6d")
                #expect(poll.headerFields[.authorization] == "OAuth session-1")
                #expect(poll.body.isEmpty)
            }
        }
    }

    @Test("Fields inside the wrapper that are absent are left out")
    func wrapperWithRequiredFieldOnly() async throws {
        try await withLoopbackServer(reply: inOrder(acceptedReply(), ScriptedReply(.ok, "{}"))) { server in
            _ = try await server.fixtureClient().createZone(CreateZone.Request(name: "zone-2"), polling: fastPolling)
            let create = try #require(await server.requests.first)
            #expect(String(decoding: create.body, as: UTF8.self) == #"{"params":{"name":"zone-2"}}"#)
        }
    }

    @Test("A job that fails with 503 throws the decoded error")
    func jobFails() async throws {
        let replies = inOrder(
            acceptedReply(),
            ScriptedReply(.accepted),
            ScriptedReply(.serviceUnavailable, failureReply)
        )
        try await withLoopbackServer(reply: replies) { server in
            let error = try #require(
                await #expect(throws: FixtureAPIError.self) {
                    try await server.fixtureClient().createZone(name: "zone-1", polling: fastPolling)
                }
            )
            #expect(error.operationID == "CreateZone")
            #expect(error.status.code == 503)
            #expect(error.errorCode.code == "SYS.1006")
            #expect(error.errorCode.cause?.code == "SYS.1001")
        }
    }

    @Test("A job that the server does not know is jobNotFound")
    func jobNotFound() async throws {
        try await withLoopbackServer(reply: inOrder(acceptedReply(job: "gone"), ScriptedReply(.notFound))) { server in
            let error = await #expect(throws: FixtureClientError.self) {
                try await server.fixtureClient().createZone(name: "zone-1", polling: fastPolling)
            }
            guard case .jobNotFound("CreateZone", let location) = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(location == "http://zstack-mn.invalid:8080/zstack/v1/api-jobs/gone")
            #expect(
                error?.description
                    == "CreateZone: the server does not know the job at"
                    + " http://zstack-mn.invalid:8080/zstack/v1/api-jobs/gone; it expired or never existed"
            )
        }
    }

    @Test("A job that outlasts the timeout is jobTimedOut, with the configured polling")
    func timeout() async throws {
        let alwaysRunning: @Sendable (RecordedRequest, Int) async throws -> ScriptedReply = { _, index in
            index == 0 ? acceptedReply() : ScriptedReply(.accepted)
        }
        try await withLoopbackServer(reply: alwaysRunning) { server in
            let polling = FixturePolling(interval: .milliseconds(20), timeout: .milliseconds(200))
            let client = server.fixtureClient(configuration: .init(authorization: .session("s"), polling: polling))
            let error = await #expect(throws: FixtureClientError.self) {
                try await client.createZone(name: "zone-1")
            }
            guard case .jobTimedOut("CreateZone", _, let timeout) = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(timeout == .milliseconds(200))
            #expect(await server.requests.count >= 2)
            #expect(error?.description.contains("did not finish within 0.2 seconds; it may still be running") == true)
        }
    }

    @Test("The per-call polling overrides the configured one", .timeLimit(.minutes(1)))
    func perCallPolling() async throws {
        try await withLoopbackServer(reply: inOrder(acceptedReply(), ScriptedReply(.ok, "{}"))) { server in
            let slow = FixturePolling(interval: .seconds(3600), timeout: .seconds(7200))
            let client = server.fixtureClient(configuration: .init(authorization: .session("s"), polling: slow))
            let response = try await client.createZone(name: "zone-1", polling: fastPolling)
            #expect(response == CreateZone.Response())
        }
    }

    @Test("Cancelling the task stops the polling at once", .timeLimit(.minutes(1)))
    func cancellation() async throws {
        try await withLoopbackServer(reply: inOrder(acceptedReply())) { server in
            let client = server.fixtureClient()
            let call = Task {
                try await client.createZone(name: "zone-1", polling: FixturePolling(interval: .seconds(3600)))
            }
            while await server.requests.isEmpty {
                try await Task.sleep(for: .milliseconds(5))
            }
            try await Task.sleep(for: .milliseconds(50))
            call.cancel()
            // With an hour between polls, only a prompt stop ends the call within the time limit.
            await #expect(throws: CancellationError.self) {
                try await call.value
            }
            #expect(await server.requests.count == 1)
        }
    }

    @Test(
        "An accepted reply without a usable location is invalidLocation",
        arguments: [
            (#"{}"#, nil),
            (#"{"location": null}"#, nil),
            (#"{"location": "api-jobs/relative"}"#, "api-jobs/relative"),
            (#"{"location": "ftp://host/zstack/v1/api-jobs/x"}"#, "ftp://host/zstack/v1/api-jobs/x"),
        ] as [(String, String?)]
    )
    func invalidLocation(body: String, location: String?) async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.accepted, body))) { server in
            let error = await #expect(throws: FixtureClientError.self) {
                try await server.fixtureClient().createZone(name: "zone-1", polling: fastPolling)
            }
            guard case .invalidLocation("CreateZone", let given) = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(given == location)
            #expect(await server.requests.count == 1)
        }
    }

    @Test("The location's path and query are polled on the configured server, under its path")
    func locationRewrite() async throws {
        let replies = inOrder(
            ScriptedReply(.accepted, #"{"location": "https://zstack-mn.invalid:8443/zstack/v1/api-jobs/j1?all=1"}"#),
            ScriptedReply(.accepted),
            ScriptedReply(.ok, "{}"),
            ScriptedReply(.accepted, #"{"location": "http://zstack-mn.invalid/gateway/zstack/v1/api-jobs/j2"}"#),
            ScriptedReply(.ok, "{}")
        )
        try await withLoopbackServer(reply: replies) { server in
            let client = FixtureClient(
                serverURL: server.url.appending(path: "gateway"),
                configuration: .init(authorization: .session("s"), polling: fastPolling),
                transport: URLSessionTransport()
            )
            _ = try await client.createZone(name: "zone-1")
            _ = try await client.createZone(name: "zone-2")
            let paths = await server.requests.map(\.path)
            #expect(
                paths == [
                    "/gateway/zstack/v1/zones",
                    "/gateway/zstack/v1/api-jobs/j1?all=1",
                    "/gateway/zstack/v1/api-jobs/j1?all=1",
                    "/gateway/zstack/v1/zones",
                    "/gateway/zstack/v1/api-jobs/j2",
                ]
            )
        }
    }
}
