import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import OpenAPIRuntime
import Testing
import ZStackClient

@testable import ZStackServer

/// A transport that records what is registered with it, so that tests can call the handlers directly.
final class RecordingTransport: ServerTransport {
    struct Route {
        var method: HTTPRequest.Method
        var path: String
        var handler: ZStackServerRuntime.Handler
    }

    private(set) var routes: [Route] = []

    func register(
        _ handler:
            @escaping @Sendable (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (
                HTTPResponse, HTTPBody?
            ),
        method: HTTPRequest.Method,
        path: String
    ) throws {
        routes.append(Route(method: method, path: path, handler: handler))
    }
}

/// A middleware that records the operation IDs that it sees, and can fail.
struct RecordingMiddleware: ServerMiddleware {
    let operationIDs = CallLog<String>()
    var fails = false

    func intercept(
        _ request: HTTPRequest,
        body: HTTPBody?,
        metadata: ServerRequestMetadata,
        operationID: String,
        next: (HTTPRequest, HTTPBody?, ServerRequestMetadata) async throws -> (HTTPResponse, HTTPBody?)
    ) async throws -> (HTTPResponse, HTTPBody?) {
        await operationIDs.append(operationID)
        if fails {
            throw UnexpectedFailure()
        }
        return try await next(request, body, metadata)
    }
}

@Suite("Registration, routes shared by action endpoints, middlewares")
struct RouteTests {
    @Test("Every endpoint's method and path is registered, under the server URL's path; jobs only with async endpoints")
    func registeredRoutes() throws {
        let transport = RecordingTransport()
        try ScriptedZStackHandler().registerHandlers(on: transport)
        // The endpoint's route, then the path's other methods, which answer 405.
        let path = "/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state"
        #expect(
            transport.routes.map { "\($0.method) \($0.path)" }
                == ["PUT", "GET", "POST", "DELETE", "PATCH", "OPTIONS", "TRACE", "QUERY"].map { "\($0) \(path)" })

        let prefixed = RecordingTransport()
        let serverURL = try #require(URL(string: "https://zstack.example.com/api/v2/"))
        try ScriptedZStackHandler().registerHandlers(on: prefixed, serverURL: serverURL)
        #expect(Set(prefixed.routes.map(\.path)) == ["/api/v2/zstack/v1/vm-instances/{vmInstanceUuid}/guesttools-state"])
    }

    @Test("A method a path does not have is answered 405 with the allowed ones, not 404 as if the path did not exist")
    func methodNotAllowed() async throws {
        let transport = RecordingTransport()
        let handler = ScriptedZStackHandler()
        try handler.registerHandlers(on: transport)
        let trace = try #require(transport.routes.first { $0.method == .trace })
        let request = HTTPRequest(method: .trace, scheme: nil, authority: nil, path: "/zstack/v1/vm-instances/x/guesttools-state")
        let (response, body) = try await trace.handler(request, nil, ServerRequestMetadata(pathParameters: ["vmInstanceUuid": "x"]))
        #expect(response.status == .methodNotAllowed)
        #expect(response.headerFields[HTTPField.Name("Allow")!] == "PUT")
        let bytes = try await Data(collecting: try #require(body), upTo: 1 << 16)
        let error = try JSONDecoder().decode(ZStackJSONValue.self, from: bytes)["error"]
        #expect(error?["code"] == "SYS.1007")
        #expect(error?["details"] == "The method is not allowed here; the allowed methods are PUT.")
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("A path parameter that the transport does not supply gets 400")
    func missingPathParameter() async throws {
        let transport = RecordingTransport()
        let handler = ScriptedZStackHandler()
        try handler.registerHandlers(on: transport)
        let route = try #require(transport.routes.first)
        var request = HTTPRequest(
            method: .put, scheme: nil, authority: nil, path: "/zstack/v1/vm-instances/x/guesttools-state")
        request.headerFields[.authorization] = "OAuth x"
        for parameters in [[:], ["vmInstanceUuid": ""]] as [[String: Substring]] {
            let (response, body) = try await route.handler(
                request,
                HTTPBody("{}"),
                ServerRequestMetadata(pathParameters: parameters)
            )
            #expect(response.status == .badRequest)
            let bytes = try await Data(collecting: try #require(body), upTo: 1 << 16)
            let error = try JSONDecoder().decode(ZStackJSONValue.self, from: bytes)["error"]
            #expect(error?["code"] == "SYS.1007")
            #expect(error?["details"] == #"The path parameter "vmInstanceUuid" is missing."#)
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("Action endpoints that share a method and path are one route, told apart by the body's wrapper")
    func actionRoutes() async throws {
        let middleware = RecordingMiddleware()
        let runtime = ZStackServerRuntime(
            serverURL: .defaultOpenAPIServerURL,
            configuration: ZStackServerConfiguration(),
            middlewares: [middleware]
        )
        let endpoints = [
            Self.actionEndpoint("StartThing", template: "/things/{uuid}/actions", wrapper: "startThing"),
            Self.actionEndpoint("StopThing", template: "/things/{thingUuid}/actions", wrapper: "stopThing"),
        ]
        let transport = RecordingTransport()
        try runtime.register(endpoints, on: transport)
        #expect(transport.routes.filter { $0.method == .put }.map(\.path) == ["/things/{uuid}/actions"])
        #expect(Set(transport.routes.map(\.path)) == ["/things/{uuid}/actions"])

        let router = Router()
        try runtime.register(endpoints, on: router)
        try await withServer(router) { server in
            for (wrapper, operation) in [("startThing", "StartThing"), ("stopThing", "StopThing")] {
                let reply = try await send(.put, "/things/a%2Fb/actions", to: server, body: #"{"\#(wrapper)": {}}"#)
                #expect(reply.status == 200)
                #expect(
                    try reply.json() == json(#"{"inventory": {"vmInstanceUuid": "a/b", "version": "\#(operation)"}}"#))
            }
            let reply = try await send(.put, "/things/a/actions", to: server, body: #"{"restartThing": {}}"#)
            #expect(reply.status == 400)
            let details = try reply.json()["error"]?["details"]
            #expect(
                details
                    == #"The body of PUT /things/{uuid}/actions must have one of the members "startThing", "stopThing"."#
            )
            // Two endpoints' wrappers in one body would leave the endpoint to chance.
            let both = try await send(.put, "/things/a/actions", to: server, body: #"{"stopThing": {}, "startThing": {}}"#)
            #expect(both.status == 400)
            #expect(
                try both.json()["error"]?["details"]
                    == #"The body of PUT /things/{uuid}/actions has the members "startThing", "stopThing", which belong to different endpoints; it may have only one."#
            )
        }
        #expect(await middleware.operationIDs.values == ["StartThing", "StopThing"])
    }

    @Test("Paths that name one position differently, across methods and prefixes, register one name per position")
    func differentlyNamedPositions() async throws {
        let runtime = ZStackServerRuntime(
            serverURL: .defaultOpenAPIServerURL,
            configuration: ZStackServerConfiguration(),
            middlewares: []
        )
        // As in ZStack: `/volumes/{uuid}` beside `/volumes/{volumeUuid}/...`, two orders of the same three names, and
        // a later position that takes a name an earlier position already registered.
        let endpoints = [
            Self.endpoint("GetVolume", .get, "/volumes/{uuid}"),
            Self.endpoint("DeleteVolume", .delete, "/volumes/{volumeUuid}"),
            Self.endpoint("StartVolume", .put, "/volumes/{volumeUuid}/actions", wrapper: "startVolume"),
            Self.endpoint("StopVolume", .put, "/volumes/{uuid}/actions", wrapper: "stopVolume"),
            Self.endpoint("GetSnapshot", .get, "/volumes/{volumeUuid}/snapshots/{uuid}"),
            Self.endpoint("GetConfig", .get, "/configs/{category}/{name}/{resourceUuid}"),
            Self.endpoint("DeleteConfig", .delete, "/configs/{resourceUuid}/{category}/{name}"),
        ]
        let transport = RecordingTransport()
        try runtime.register(endpoints, on: transport)
        let declared = [
            "GET /volumes/{uuid}",
            "DELETE /volumes/{uuid}",
            "PUT /volumes/{uuid}/actions",
            "GET /volumes/{uuid}/snapshots/{uuid2}",
            "GET /configs/{category}/{name}/{resourceUuid}",
            "DELETE /configs/{category}/{name}/{resourceUuid}",
        ]
        let registered = transport.routes.map { "\($0.method) \($0.path)" }
        #expect(Array(registered.prefix(declared.count)) == declared)
        // Then each path's other methods (405), on the same registered names.
        #expect(Set(registered.dropFirst(declared.count).map { $0.split(separator: " ")[1] }) == Set(declared.map { $0.split(separator: " ")[1] }))
        #expect(registered.count == 4 * 8)

        let router = Router()
        try runtime.register(endpoints, on: router)
        try router.validate()
        try await withServer(router) { server in
            let calls: [(HTTPRequest.Method, String, String?, String)] = [
                (.get, "/volumes/v1", nil, "GetVolume uuid=v1"),
                (.delete, "/volumes/v2", nil, "DeleteVolume volumeUuid=v2"),
                (.put, "/volumes/v3/actions", #"{"startVolume": {}}"#, "StartVolume volumeUuid=v3"),
                (.put, "/volumes/v4/actions", #"{"stopVolume": {}}"#, "StopVolume uuid=v4"),
                (.get, "/volumes/v5/snapshots/s1", nil, "GetSnapshot volumeUuid=v5 uuid=s1"),
                (.get, "/configs/c/n/r", nil, "GetConfig category=c name=n resourceUuid=r"),
                (.delete, "/configs/r/c/n", nil, "DeleteConfig resourceUuid=r category=c name=n"),
            ]
            for (method, path, body, expected) in calls {
                let reply = try await send(method, path, to: server, body: body)
                #expect(reply.status == 200, "\(method) \(path)")
                #expect(try reply.json()["inventory"]?["version"] == .string(expected), "\(method) \(path)")
            }
        }
    }

    @Test("Middlewares see every call with its operation ID; one that throws makes a 500 with an error code")
    func middlewares() async throws {
        let middleware = RecordingMiddleware()
        let handler = ScriptedZStackHandler()
        let path = "/zstack/v1/vm-instances/x/guesttools-state"
        try await withServer(handler, middlewares: [middleware]) { server in
            let reply = try await send(.put, path, to: server, headers: ["Authorization": "OAuth x"])
            #expect(reply.status == 200)
        }
        #expect(await middleware.operationIDs.values == ["UpdateGuestToolsState"])

        let failing = RecordingMiddleware(fails: true)
        try await withServer(handler, middlewares: [failing]) { server in
            let reply = try await send(.put, path, to: server, headers: ["Authorization": "OAuth x"])
            #expect(reply.status == 500)
            #expect(try reply.json()["error"]?["code"] == "SYS.1000")
        }
        #expect(await handler.calls.values.count == 1)
    }

    /// An endpoint that answers with its operation's ID and every path parameter, by its own names.
    private static func endpoint(
        _ id: String,
        _ method: HTTPRequest.Method,
        _ template: String,
        wrapper: String? = nil
    ) -> ZStackServerEndpoint {
        let operation = ZStackOperation(
            id: id,
            method: method,
            pathTemplate: template,
            requiresAuthorization: false,
            isAsynchronous: false
        )
        let names = template.split(separator: "{").dropFirst().map { String($0.split(separator: "}")[0]) }
        return ZStackServerEndpoint(operation: operation, bodyWrapper: wrapper) { call in
            let values = try names.map { "\($0)=\(try call.pathParameter($0, as: String.self))" }
            return {
                UpdateGuestToolsState.Response(
                    inventory: GuestToolsStateInventory(version: ([id] + values).joined(separator: " "))
                )
            }
        }
    }

    /// An endpoint that answers with its path parameter and its operation's ID.
    private static func actionEndpoint(_ id: String, template: String, wrapper: String) -> ZStackServerEndpoint {
        let operation = ZStackOperation(
            id: id,
            method: .put,
            pathTemplate: template,
            requiresAuthorization: false,
            isAsynchronous: false
        )
        let name = String(template.split(separator: "{")[1].split(separator: "}")[0])
        return ZStackServerEndpoint(operation: operation, bodyWrapper: wrapper) { call in
            let uuid = try call.pathParameter(name, as: String.self)
            return {
                UpdateGuestToolsState.Response(inventory: GuestToolsStateInventory(vmInstanceUuid: uuid, version: id))
            }
        }
    }
}
