import FixtureServer
import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import Testing

@testable import FixtureAPI

@Suite("Query parameters, header fields and awkward body fields reach the handler exactly")
struct ParameterTests {
    private let auth = ["Authorization": "OAuth x"]

    @Test("Repeated, typed and enumerated query parameters and a header field, through the client")
    func queryThroughClient() async throws {
        let handler = ScriptedFixtureHandler()
        let request = QueryZone.Request(
            q: ["name=zone 1", "state!=Disabled", "description~=%a+b&c"],
            limit: 10,
            start: -5,
            replyWithCount: true,
            state: .undocumented("Maintenance"),
            xJobUUID: "0123456789abcdef0123456789abcdef"
        )
        try await withServer(handler) { server in
            let response = try await fixtureClient(server).queryZone(request)
            #expect(response == QueryZone.Response(inventories: [createdZone], total: 1))
            _ = try await fixtureClient(server).queryZone(QueryZone.Request())
        }
        #expect(await handler.calls.values == [.queryZone(request), .queryZone(QueryZone.Request())])
    }

    @Test(
        "Query text as a servlet reads it: + is a space, percent-escapes are decoded, an empty value is kept",
        arguments: [
            ("?q=name%3Dzone+1&q=uuid%3D%E4%B8%AD", QueryZone.Request(q: ["name=zone 1", "uuid=中"])),
            ("?q=&limit=3&unknown=1", QueryZone.Request(q: [""], limit: 3)),
            ("?replyWithCount=TRUE&state=Enabled", QueryZone.Request(replyWithCount: true, state: .enabled)),
            ("?limit=%2042", QueryZone.Request(limit: 42)),
        ]
    )
    func rawQueries(query: String, expected: QueryZone.Request) async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let reply = try await send(.get, "/zstack/v1/zones\(query)", to: server, headers: auth)
            #expect(reply.status == 200)
        }
        #expect(await handler.calls.values == [.queryZone(expected)])
    }

    @Test(
        "A malformed or repeated single query parameter gets 400 with an error code",
        arguments: [
            ("?limit=ten", #"The query parameter "limit" must be an integer from -2147483648 to 2147483647, found "ten"."#),
            // An `Integer` is ZStack's Java int: a value beyond 32 bits is not one.
            ("?limit=2147483648", #"The query parameter "limit" must be an integer from -2147483648 to 2147483647, found "2147483648"."#),
            ("?limit=1&limit=2", #"The query parameter "limit" allows one value, but the query has 2."#),
            ("?replyWithCount=yes", #"The query parameter "replyWithCount" must be true or false, found "yes"."#),
            ("?q=%FF", #"The query is not validly percent-encoded UTF-8: "%FF"."#),
        ]
    )
    func badQueries(query: String, details: String) async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let reply = try await send(.get, "/zstack/v1/zones\(query)", to: server, headers: auth)
            #expect(reply.status == 400)
            let expected = """
                {"error": {"code": "SYS.1007", "description": "One or more API argument is invalid",
                 "details": \(String(decoding: try JSONEncoder().encode(details), as: UTF8.self))}}
                """
            #expect(try reply.json() == json(expected))
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("Fields named like keywords, maps and JSON values, inside a wrapper and out, without authorization")
    func awkwardNames() async throws {
        let handler = ScriptedFixtureHandler()
        let request = UpdateAwkwardThing.Request(
            thingUuid: "0f0e/..",
            default: "x",
            selfValue: 1,
            type: true,
            _2fa: 9_007_199_254_740_993,
            protocol: 0.5,
            hashValueField: "h",
            initValue: "i",
            labels: ["a": 1, "b c": -2],
            extra: ["nested": [1, "two", nil, ["deep": true]]],
            tags: ["t"],
            body: "named like the server's body",
            request: 7,
            bodyField: true
        )
        try await withServer(handler) { server in
            let response = try await fixtureClient(server, authorization: nil).updateAwkwardThing(request)
            #expect(response == UpdateAwkwardThing.Response(thing: AwkwardThing(description: "done", kind: .withDash)))
        }
        #expect(await handler.calls.values == [.updateAwkwardThing(request)])
    }

    @Test("A missing required field inside the wrapper gets 400 naming it")
    func awkwardMissingRequiredField() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let reply = try await send(
                .put,
                "/fixture/v1/things/0f0e/actions",
                to: server,
                body: #"{"updateAwkwardThing": {"self": 1}, "tags": ["t"]}"#
            )
            #expect(reply.status == 400)
            let details = try reply.json()["error"]?["details"]
            #expect(details == #"The body field "updateAwkwardThing.default" is required."#)
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("A wrapper of null reads as absent, one that is no object gets 400, and a field beside it is checked inside too")
    func awkwardWrapperShapes() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let path = "/fixture/v1/things/0f0e/actions"
            let null = try await send(.put, path, to: server, body: #"{"updateAwkwardThing": null, "tags": ["t"]}"#)
            #expect(null.status == 400)
            #expect(try null.json()["error"]?["details"] == #"The body field "updateAwkwardThing.default" is required."#)
            let number = try await send(.put, path, to: server, body: #"{"updateAwkwardThing": 5}"#)
            #expect(number.status == 400)
            let numberDetails = try number.json()["error"]?["details"]?.stringValue ?? ""
            #expect(numberDetails.hasPrefix("The body is not valid: at updateAwkwardThing: "), "\(numberDetails)")
            let malformedInside = try await send(
                .put, path, to: server, body: #"{"updateAwkwardThing": {"default": "d", "tags": 5}, "tags": ["t"]}"#)
            #expect(malformedInside.status == 400)
            let insideDetails = try malformedInside.json()["error"]?["details"]?.stringValue ?? ""
            #expect(insideDetails.hasPrefix("The body is not valid: at updateAwkwardThing.tags: "), "\(insideDetails)")
            let besideWins = try await send(
                .put, path, to: server, body: #"{"updateAwkwardThing": {"default": "d", "tags": ["in"]}, "tags": ["out"]}"#)
            #expect(besideWins.status == 200)
        }
        let requests = await handler.calls.values
        #expect(requests.count == 1)
        if case .updateAwkwardThing(let request)? = requests.first {
            #expect(request.tags == ["out"] && request.default == "d")
        } else {
            Issue.record("the handler got \(requests)")
        }
    }
}

/// An `Integer` is ZStack's Java int: a body value beyond 32 bits is refused as ZStack refuses it, not
/// handed on; a `Long` takes 64 bits.
@Suite("Integer ranges in bodies")
struct BodyIntegerRangeTests {
    @Test("An Integer body field beyond 32 bits gets 400; the largest 32-bit one and a 64-bit Long pass")
    func integerRange() async throws {
        let handler = ScriptedFixtureHandler()
        try await withServer(handler) { server in
            let tooLarge = try await send(
                .put, "/fixture/v1/things/0f0e/actions", to: server,
                body: #"{"updateAwkwardThing": {"default": "d", "self": 2147483648}}"#)
            #expect(tooLarge.status == 400)
            // (Foundation's decoder says only that the data is not valid JSON when a number does not fit.)
            #expect(try tooLarge.json()["error"]?["code"] == "SYS.1007")
            let largest = try await send(
                .put, "/fixture/v1/things/0f0e/actions", to: server,
                body: #"{"updateAwkwardThing": {"default": "d", "self": 2147483647, "2fa": 9007199254740993}}"#)
            #expect(largest.status == 200)
        }
        let requests = await handler.calls.values
        #expect(requests.count == 1)
        if case .updateAwkwardThing(let request)? = requests.first {
            #expect(request.selfValue == 2_147_483_647 && request._2fa == 9_007_199_254_740_993)
        } else {
            Issue.record("the handler got \(requests)")
        }
    }
}

@Suite("A wrapped body whose fields all stay outside the wrapper")
struct EmptyWrapperTests {
    @Test("The client sends an empty wrapper with the tags beside it, and the handler gets the tags")
    func emptyWrapperRoundTrip() async throws {
        let handler = ScriptedFixtureHandler()
        let request = TagZone.Request(uuid: "z1", systemTags: ["tag::1", "tag::2"])
        try await withServer(handler) { server in
            let response = try await fixtureClient(server).tagZone(request)
            #expect(response.inventory == createdZone)
        }
        #expect(await handler.calls.values == [.tagZone(request)])
    }

    @Test("The request body is exactly {\"tagZone\": {}, \"systemTags\": [...]}")
    func emptyWrapperEncoding() async throws {
        let transport = BodyRecordingTransport()
        let client = FixtureClient(
            serverURL: URL(string: "http://127.0.0.1:1")!,
            configuration: FixtureConfiguration(authorization: .session("session-1")),
            transport: transport
        )
        _ = try? await client.tagZone(TagZone.Request(uuid: "z1", systemTags: ["a"]))
        #expect(await transport.bodies == [#"{"systemTags":["a"],"tagZone":{}}"#])
    }
}

/// A transport that keeps the bodies of the requests it is given and answers each with an empty 200.
private actor BodyRecordingTransport: ClientTransport {
    private(set) var bodies: [String] = []

    func send(
        _ request: HTTPRequest,
        body: HTTPBody?,
        baseURL: URL,
        operationID: String
    ) async throws -> (HTTPResponse, HTTPBody?) {
        if let body {
            bodies.append(String(decoding: try await Data(collecting: body, upTo: 1 << 20), as: UTF8.self))
        }
        return (HTTPResponse(status: .ok), HTTPBody("{}"))
    }
}
