import Foundation
import HTTPTypes
import OpenAPIRuntime
import OpenAPIURLSession
import Testing
import ZStackClient

@Suite("Requests as the server receives them")
struct RequestTests {
    @Test("The seed endpoint sends exactly the documented request")
    func seedRequest() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, seedResponseExample))) { server in
            _ = try await server.client().updateGuestToolsState(
                vmInstanceUuid: "321e85ca08b335e09f172041f7e710b5",
                systemTags: ["<systemTags>"],
                userTags: ["<userTags>"]
            )
            let request = try #require(await server.requests.first)
            #expect(request.method == .put)
            #expect(request.path == "/zstack/v1/vm-instances/321e85ca08b335e09f172041f7e710b5/guesttools-state")
            #expect(request.headerFields[.authorization] == "OAuth session-1")
            #expect(request.headerFields[.contentType] == "application/json;charset=UTF-8")
            // The body is byte for byte the one in the page's curl example.
            let body = String(decoding: request.body, as: UTF8.self)
            #expect(body == #"{"systemTags":["<systemTags>"],"userTags":["<userTags>"]}"#)
        }
    }

    @Test("Reserved characters in a path parameter are percent-encoded")
    func reservedCharactersInPath() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            _ = try await server.client().updateGuestToolsState(
                vmInstanceUuid: "a/b?c#d e%",
                systemTags: ["tag::1", "x"],
                userTags: []
            )
            let request = try #require(await server.requests.first)
            #expect(request.method == .put)
            #expect(request.path == "/zstack/v1/vm-instances/a%2Fb%3Fc%23d%20e%25/guesttools-state")
            #expect(request.headerFields[.authorization] == "OAuth session-1")
            #expect(request.headerFields[.contentType] == "application/json;charset=UTF-8")
            #expect(try request.jsonBody() == json(#"{"systemTags": ["tag::1", "x"], "userTags": []}"#))
        }
    }

    @Test("Non-ASCII and dot-only path parameters are encoded so that no URL library rewrites them")
    func nonASCIIAndDotsInPath() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"), ScriptedReply(.ok, "{}"))) { server in
            let client = server.client()
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "虚拟机~1")
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "..")
            let paths = await server.requests.map(\.path)
            #expect(
                paths == [
                    "/zstack/v1/vm-instances/%E8%99%9A%E6%8B%9F%E6%9C%BA~1/guesttools-state",
                    "/zstack/v1/vm-instances/%2E%2E/guesttools-state",
                ]
            )
        }
    }

    @Test("Absent optional fields are left out of the body")
    func absentOptionalFields() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            _ = try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1", userTags: ["u"])
            let request = try #require(await server.requests.first)
            #expect(String(decoding: request.body, as: UTF8.self) == #"{"userTags":["u"]}"#)
        }
    }

    @Test("The Request overload sends the same request as the parameter list")
    func requestOverload() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"), ScriptedReply(.ok, "{}"))) { server in
            let client = server.client()
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "vm-1", systemTags: ["s"], userTags: ["u"])
            let request = UpdateGuestToolsState.Request(vmInstanceUuid: "vm-1", systemTags: ["s"], userTags: ["u"])
            _ = try await client.updateGuestToolsState(request)
            let requests = await server.requests
            #expect(requests.count == 2)
            #expect(requests[0].path == requests[1].path)
            #expect(requests[0].body == requests[1].body)
            #expect(requests[0].headerFields == requests[1].headerFields)
        }
    }

    @Test("A caller-supplied authorization value is sent verbatim")
    func customAuthorization() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            let signature = "ZStack 9F2CBB4Cd6c64b2fB0b4fF1b1dA4cC34:frJIUN8DYpKDtOLCwo//yllqDzg="
            let client = server.client(configuration: .init(authorization: .headerValue(signature)))
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            #expect(await server.requests.first?.headerFields[.authorization] == signature)
        }
    }

    @Test("A provider is asked for the authorization of every call")
    func authorizationProvider() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"), ScriptedReply(.ok, "{}"))) { server in
            let counter = Counter()
            let client = server.client(
                configuration: .init(authorization: .provider { "OAuth session-\(await counter.next())" })
            )
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            let values = await server.requests.map { $0.headerFields[.authorization] }
            #expect(values == ["OAuth session-1", "OAuth session-2"])
        }
    }

    @Test("A call that needs authorization fails before sending when the client has none")
    func missingAuthorization() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            let client = server.client(configuration: .init())
            let error = await #expect(throws: ZStackClientError.self) {
                try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            }
            guard case .missingAuthorization("UpdateGuestToolsState") = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(
                error?.description
                    == "UpdateGuestToolsState requires authorization, but the client's configuration has none;"
                    + " set ZStackConfiguration.authorization"
            )
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("A provider's error ends the call before anything is sent")
    func failingProvider() async throws {
        struct Expired: Error {}
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            let client = server.client(configuration: .init(authorization: .provider { throw Expired() }))
            await #expect(throws: Expired.self) {
                try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            }
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("An empty path parameter is an error, never sent")
    func emptyPathParameter() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            let error = await #expect(throws: ZStackClientError.self) {
                try await server.client().updateGuestToolsState(vmInstanceUuid: "")
            }
            #expect(
                error?.description
                    == #"UpdateGuestToolsState: cannot build the request path: the path parameter "vmInstanceUuid" is empty"#
            )
            #expect(await server.requests.isEmpty)
        }
    }

    @Test("Middlewares see every request with its operation ID", arguments: ["", "/"])
    func middlewares(serverURLSuffix: String) async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            let recorder = OperationRecorder()
            let client = ZStackClient(
                serverURL: try #require(URL(string: server.url.absoluteString + serverURLSuffix)),
                configuration: .init(authorization: .session("s")),
                transport: URLSessionTransport(),
                middlewares: [recorder]
            )
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            #expect(await recorder.operationIDs.value == ["UpdateGuestToolsState"])
            let request = try #require(await server.requests.first)
            #expect(request.path == "/zstack/v1/vm-instances/vm-1/guesttools-state")
            #expect(request.headerFields[.userAgent] == "ZStackClientTests (UpdateGuestToolsState)")
        }
    }

    @Test("A server URL with a path prefixes every endpoint path")
    func serverURLWithPath() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, "{}"))) { server in
            let client = ZStackClient(
                serverURL: server.url.appending(path: "gateway"),
                configuration: .init(authorization: .session("s")),
                transport: URLSessionTransport()
            )
            _ = try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
            #expect(await server.requests.first?.path == "/gateway/zstack/v1/vm-instances/vm-1/guesttools-state")
        }
    }
}

/// Counts upwards from 1.
actor Counter {
    private var value = 0

    func next() -> Int {
        value += 1
        return value
    }
}

/// A list that tasks can append to.
actor Recorded<Element: Sendable> {
    private(set) var value: [Element] = []

    func append(_ element: Element) {
        value.append(element)
    }
}

/// A middleware that records operation IDs and names the operation in each request's user agent.
struct OperationRecorder: ClientMiddleware {
    let operationIDs = Recorded<String>()

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String,
        next: @Sendable (HTTPRequest, HTTPBody?, URL) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        await operationIDs.append(operationID)
        var request = request
        request.headerFields[.userAgent] = "ZStackClientTests (\(operationID))"
        return try await next(request, body, baseURL)
    }
}
