import FixtureSplit
import Foundation
import OpenAPIURLSession
import Testing

/// The fixture API's client split into modules per category (`modules: per-category`): the
/// calls go through the umbrella module alone, over loopback HTTP, into a category module's
/// endpoints and the core module's runtime. It is generated with `flattened-methods: false`, so each
/// endpoint has one method, which takes its `Request`.
@Suite("A client split into modules per category")
struct SplitClientTests {
    private let fastPolling = FixturePolling(interval: .milliseconds(20), timeout: .seconds(30))

    private func client(_ server: LoopbackServer) -> FixtureClient {
        FixtureClient(
            serverURL: server.url, configuration: FixtureConfiguration(authorization: .session("session-1")),
            transport: URLSessionTransport())
    }

    @Test("An asynchronous call in one category module is polled to its result")
    func asynchronousCall() async throws {
        let replies = inOrder(acceptedReply(), ScriptedReply(.accepted), ScriptedReply(.ok, createZoneResult))
        try await withLoopbackServer(reply: replies) { server in
            let response = try await client(server).createZone(.init(name: "zone-1", description: "first zone"), polling: fastPolling)
            #expect(response.inventory?.uuid == "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b")
            #expect(response.inventory?.state == .enabled)
            #expect(response.inventory?.createDate == gsonExampleInstant)

            let requests = await server.requests
            #expect(requests.map(\.path) == ["/zstack/v1/zones"] + Array(repeating: "/zstack/v1/api-jobs/3a0b6ef4a8b24c8f9e0d1c2b3a4f5e6d", count: 2))
            #expect(requests.first?.headerFields[.authorization] == "OAuth session-1")
            #expect(try requests.first?.jsonBody() == json(#"{"params": {"name": "zone-1", "description": "first zone"}}"#))
        }
    }

    @Test("Another category module's call sends its body and decodes recursive and opaque fields")
    func synchronousCall() async throws {
        let reply = #"{"thing": {"description": "d", "kind": "with-dash", "parent": {"kind": "unknown"}, "attributes": {"a": [1]}}}"#
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, reply))) { server in
            let response = try await client(server).updateAwkwardThing(.init(thingUuid: "0f0e", default: "x", tags: ["t"]))
            #expect(response.thing?.kind == .withDash)
            #expect(response.thing?.parent?.kind == .unknown)
            #expect(response.thing?.attributes == .object(["a": .array([.integer(1)])]))

            let request = try #require(await server.requests.first)
            #expect(request.method == .put)
            #expect(request.path == "/fixture/v1/things/0f0e/actions")
            #expect(try request.jsonBody() == json(#"{"updateAwkwardThing": {"default": "x"}, "tags": ["t"]}"#))
        }
    }

    @Test("A query's failure decodes into the core module's error type")
    func failure() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.serviceUnavailable, failureReply))) { server in
            let error = try #require(
                await #expect(throws: FixtureAPIError.self) {
                    try await client(server).queryZone(.init(limit: 1, state: .enabled))
                }
            )
            #expect(await server.requests.first?.path == "/zstack/v1/zones?limit=1&state=Enabled")
            #expect(error.operationID == "QueryZone")
            #expect(error.errorCode.code == "SYS.1006")
            #expect(error.errorCode.cause?.code == "SYS.1001")
        }
    }

    @Test("A call whose inputs are all optional needs no argument: its Request defaults to an empty one")
    func emptyRequest() async throws {
        let reply = #"{"inventories": [{"uuid": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b", "name": "zone-1"}]}"#
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, reply))) { server in
            let response = try await client(server).queryZone()
            #expect(response.inventories?.map(\.name) == ["zone-1"])
            #expect(await server.requests.first?.path == "/zstack/v1/zones")
        }
    }
}
