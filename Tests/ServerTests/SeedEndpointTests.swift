import Foundation
import HTTPTypes
import Hummingbird
import OpenAPIHummingbird
import Testing
import ZStackClient
import ZStackServer

@Suite("The seed endpoint served over loopback HTTP")
struct SeedEndpointTests {
    private let putPath = "/zstack/v1/vm-instances/\(seedVMUUID)/guesttools-state"
    private let jsonHeaders = ["Authorization": "OAuth x", "Content-Type": "application/json;charset=UTF-8"]

    @Test(
        "200 with the reply; the handler gets exactly the path value and the tags",
        arguments: [seedVMUUID, "a/b c?d#e%f&g=h+i;j", "虚拟机 ü", ".", "..", "%2F", "{vmInstanceUuid}"]
    )
    func roundTrip(vmInstanceUuid: String) async throws {
        let inventory = GuestToolsStateInventory(
            vmInstanceUuid: vmInstanceUuid,
            version: "4.6.11",
            createDate: gsonExampleInstant,
            qgaState: .running,
            zwatchState: .undocumented("Upgrading")
        )
        let handler = ScriptedZStackHandler { _ in UpdateGuestToolsState.Response(inventory: inventory) }
        try await withServer(handler) { server in
            let response = try await zstackClient(server).updateGuestToolsState(
                vmInstanceUuid: vmInstanceUuid,
                systemTags: ["ha::NeverStop", "a,b"],
                userTags: ["mine"]
            )
            #expect(response == UpdateGuestToolsState.Response(inventory: inventory))
        }
        let expected = UpdateGuestToolsState.Request(
            vmInstanceUuid: vmInstanceUuid,
            systemTags: ["ha::NeverStop", "a,b"],
            userTags: ["mine"]
        )
        #expect(await handler.calls.values == [expected])
    }

    @Test("The reply is the ZStack reply: fields only, JSON, timestamps in Gson's format in the server's zone")
    func replyShape() async throws {
        let handler = ScriptedZStackHandler { request in
            UpdateGuestToolsState.Response(
                inventory: GuestToolsStateInventory(
                    vmInstanceUuid: request.vmInstanceUuid,
                    createDate: gsonExampleInstant,
                    lastOpDate: gsonExampleInstant.addingTimeInterval(3600 * 12)
                )
            )
        }
        let utc = ZStackServerConfiguration(timestampTimeZone: .gmt)
        for (configuration, createDate, lastOpDate) in [
            (ZStackServerConfiguration(), "Jan 6, 2017 3:51:16 AM", "Jan 6, 2017 3:51:16 PM"),
            (utc, "Jan 5, 2017 7:51:16 PM", "Jan 6, 2017 7:51:16 AM"),
        ] {
            try await withServer(handler, configuration: configuration) {
                let reply = try await send(.put, putPath, to: $0, headers: jsonHeaders, body: "{}")
                #expect(reply.status == 200)
                #expect(reply.headerFields[.contentType] == "application/json;charset=UTF-8")
                let expected = """
                    {"inventory": {"vmInstanceUuid": "\(seedVMUUID)",
                     "createDate": "\(createDate)", "lastOpDate": "\(lastOpDate)"}}
                    """
                #expect(try reply.json() == json(expected))
            }
        }
    }

    @Test("An API error that the handler throws reaches the client as ZStackAPIError with the same error code")
    func apiError() async throws {
        let handler = ScriptedZStackHandler { _ in throw ZStackServerError(nestedErrorCode) }
        try await withServer(handler) { server in
            let error = try await #require(throws: ZStackAPIError.self) {
                try await zstackClient(server).updateGuestToolsState(vmInstanceUuid: seedVMUUID)
            }
            #expect(error.status.code == 503)
            #expect(error.operationID == "UpdateGuestToolsState")
            #expect(error.errorCode == nestedErrorCode)
            #expect(error.errorCode.cause?.cause?.code == "SYS.1001")

            let reply = try await send(.put, putPath, to: server, headers: jsonHeaders, body: "{}")
            #expect(reply.status == 503)
            let expected = """
                {"error": {"code": "VM.1001", "description": "The VM is not running",
                 "details": "VM[uuid:321e85ca08b335e09f172041f7e710b5] is Stopped", "elaboration": "Start the VM first",
                 "opaque": {"attempts": 3, "hosts": ["h1", "h2"]},
                 "cause": {"code": "HOST.1002", "description": "The host is disconnected", "details": "host h1 lost its agent",
                  "cause": {"code": "SYS.1001", "description": "Timeout"}}}}
                """
            #expect(try reply.json() == json(expected))
        }
    }

    @Test("A handler may choose the failure status, or rethrow a ZStackAPIError from a client it forwards to")
    func otherFailureStatuses() async throws {
        let forwarded = ZStackAPIError(
            operationID: "UpdateGuestToolsState",
            status: .serviceUnavailable,
            errorCode: nestedErrorCode
        )
        let handler = ScriptedZStackHandler { _ in throw forwarded }
        try await withServer(handler) { server in
            let error = try await #require(throws: ZStackAPIError.self) {
                try await zstackClient(server).updateGuestToolsState(vmInstanceUuid: seedVMUUID)
            }
            #expect(error.errorCode == nestedErrorCode)
        }
        let teapot = ScriptedZStackHandler { _ in
            throw ZStackServerError(code: "X.1", description: "odd", status: HTTPResponse.Status(code: 418))
        }
        try await withServer(teapot) { server in
            let reply = try await send(.put, putPath, to: server, headers: jsonHeaders)
            #expect(reply.status == 418)
            #expect(try reply.json() == json(#"{"error": {"code": "X.1", "description": "odd"}}"#))
        }
    }

    @Test(
        "A malformed body or a wrong JSON type gets 400 with an error code, and the handler is not called",
        arguments: [
            "{", "not json", "[1, 2]", "null", "\"text\"", #"{"systemTags": "x"}"#, #"{"systemTags": [1]}"#,
            #"{"userTags": {"a": 1}}"#,
        ]
    )
    func malformedBody(body: String) async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let reply = try await send(.put, putPath, to: server, headers: jsonHeaders, body: body)
            #expect(reply.status == 400)
            #expect(reply.headerFields[.contentType] == "application/json;charset=UTF-8")
            let error = try #require(try reply.json()["error"])
            #expect(error["code"] == "SYS.1007")
            #expect(error["description"] == "One or more API argument is invalid")
            let details = try #require(error["details"]?.stringValue)
            #expect(details.hasPrefix("The body is not valid"))
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("The wrong type's place is named in the details")
    func typeMismatchDetails() async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let reply = try await send(
                .put, putPath, to: server, headers: jsonHeaders, body: #"{"userTags": ["a", 2]}"#)
            #expect(reply.status == 400)
            let details = try #require(try reply.json()["error"]?["details"]?.stringValue)
            #expect(details.contains("userTags[1]"))
        }
    }

    @Test("An empty body reads as {}, and unknown members are ignored")
    func lenientBodies() async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let empty = try await send(.put, putPath, to: server, headers: jsonHeaders)
            #expect(empty.status == 200)
            let body = #"{"systemTags": ["s"], "updateGuestToolsState": {"x": 1}, "extra": null}"#
            let extra = try await send(.put, putPath, to: server, headers: jsonHeaders, body: body)
            #expect(extra.status == 200)
        }
        #expect(
            await handler.calls.values == [
                UpdateGuestToolsState.Request(vmInstanceUuid: seedVMUUID),
                UpdateGuestToolsState.Request(vmInstanceUuid: seedVMUUID, systemTags: ["s"]),
            ]
        )
    }

    @Test("A query that the endpoint does not read is ignored, even one that is not percent-encoded UTF-8")
    func ignoredQuery() async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let reply = try await send(.put, putPath + "?x=%FF&systemTags=no", to: server, headers: jsonHeaders)
            #expect(reply.status == 200)
        }
        #expect(await handler.calls.values == [UpdateGuestToolsState.Request(vmInstanceUuid: seedVMUUID)])
    }

    @Test("A path parameter that is not percent-encoded UTF-8 gets 400")
    func undecodablePathParameter() async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let reply = try await send(
                .put,
                "/zstack/v1/vm-instances/%FF%FE/guesttools-state",
                to: server,
                headers: jsonHeaders
            )
            #expect(reply.status == 400)
            #expect(try reply.json()["error"]?["code"] == "SYS.1007")
            let details = try #require(try reply.json()["error"]?["details"]?.stringValue)
            #expect(details.contains("vmInstanceUuid"))
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("An empty path segment never reaches the endpoint: Hummingbird's router answers 404")
    func emptyPathSegment() async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let reply = try await send(
                .put, "/zstack/v1/vm-instances//guesttools-state", to: server, headers: jsonHeaders)
            #expect(reply.status == 404)
        }
        #expect(await handler.calls.values.isEmpty)
    }

    @Test("A call without the Authorization header that the endpoint requires gets 400, unless configured otherwise")
    func missingAuthorization() async throws {
        let handler = ScriptedZStackHandler()
        try await withServer(handler) { server in
            let reply = try await send(.put, putPath, to: server, body: "{}")
            #expect(reply.status == 400)
            #expect(try reply.json()["error"]?["details"] == #"The header "Authorization" is missing."#)
            // The client refuses to send such a call at all.
            await #expect(throws: ZStackClientError.self) {
                try await zstackClient(server, authorization: nil).updateGuestToolsState(vmInstanceUuid: seedVMUUID)
            }
        }
        #expect(await handler.calls.values.isEmpty)
        let lenient = ZStackServerConfiguration(requiresAuthorizationHeader: false)
        try await withServer(handler, configuration: lenient) { server in
            let reply = try await send(.put, putPath, to: server, body: "{}")
            #expect(reply.status == 200)
        }
    }

    @Test("Any other error that the handler throws gets 500 with an error code that hides it unless configured")
    func internalError() async throws {
        let handler = ScriptedZStackHandler { _ in throw UnexpectedFailure() }
        try await withServer(handler) { server in
            let reply = try await send(.put, putPath, to: server, headers: jsonHeaders)
            #expect(reply.status == 500)
            let expected = """
                {"error": {"code": "SYS.1000", "description": "An internal error happened in system",
                 "details": "UpdateGuestToolsState failed with an error that is not the API's."}}
                """
            #expect(try reply.json() == json(expected))

            let error = try await #require(throws: ZStackClientError.self) {
                try await zstackClient(server).updateGuestToolsState(vmInstanceUuid: seedVMUUID)
            }
            guard case .undocumentedStatus(_, let status, _) = error else {
                Issue.record("Unexpected error \(error)")
                return
            }
            #expect(status.code == 500)
        }
        let revealing = ZStackServerConfiguration(revealsInternalErrors: true)
        try await withServer(handler, configuration: revealing) { server in
            let reply = try await send(.put, putPath, to: server, headers: jsonHeaders)
            let details = try #require(try reply.json()["error"]?["details"]?.stringValue)
            #expect(details == "UpdateGuestToolsState failed: the database is on fire")
        }
    }

    @Test("A body larger than the configured maximum gets 413 with an error code")
    func bodyTooLarge() async throws {
        let handler = ScriptedZStackHandler()
        let small = ZStackServerConfiguration(maximumRequestBodySize: 64)
        try await withServer(handler, configuration: small) { server in
            let tags = (0..<20).map { "\"tag-\($0)\"" }.joined(separator: ",")
            let reply = try await send(
                .put, putPath, to: server, headers: jsonHeaders, body: "{\"systemTags\":[\(tags)]}")
            #expect(reply.status == 413)
            #expect(try reply.json()["error"]?["code"] == "SYS.1007")
            let small = try await send(.put, putPath, to: server, headers: jsonHeaders, body: "{}")
            #expect(small.status == 200)
        }
    }
}
