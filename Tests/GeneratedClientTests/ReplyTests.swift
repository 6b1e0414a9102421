import Foundation
import Testing
import ZStackClient

@Suite("Replies over loopback HTTP")
struct ReplyTests {
    @Test("200 decodes the endpoint's reply")
    func ok() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, seedResponseExample))) { server in
            let response = try await server.client().updateGuestToolsState(
                vmInstanceUuid: "321e85ca08b335e09f172041f7e710b5"
            )
            #expect(
                response
                    == UpdateGuestToolsState.Response(
                        inventory: GuestToolsStateInventory(
                            vmInstanceUuid: "321e85ca08b335e09f172041f7e710b5",
                            version: "4.6.11",
                            platform: "Kylin",
                            osType: "Kylin",
                            qgaState: .running,
                            zwatchState: .running
                        )
                    )
            )
        }
    }

    @Test("200 with an empty body is an empty result")
    func okWithEmptyBody() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, ""))) { server in
            let response = try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1")
            #expect(response == UpdateGuestToolsState.Response())
        }
    }

    @Test("503 throws the decoded error with its cause")
    func serviceUnavailable() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.serviceUnavailable, failureReply))) { server in
            let error = try #require(
                await #expect(throws: ZStackAPIError.self) {
                    try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1")
                }
            )
            #expect(error.operationID == "UpdateGuestToolsState")
            #expect(error.status == .serviceUnavailable)
            #expect(error.status.code == 503)
            #expect(error.errorCode.code == "SYS.1006")
            #expect(error.errorCode.description == "An operation failed")
            #expect(error.errorCode.details == "guest tools not reachable")
            #expect(error.errorCode.cause?.code == "SYS.1001")
            #expect(error.errorCode.cause?.details == "qga timeout")
            #expect(error.errorCode.cause?.cause == nil)
            #expect(
                error.description
                    == #"UpdateGuestToolsState failed with status 503: {"cause":{"code":"SYS.1001","#
                    + #""description":"A message or an operation timeout","details":"qga timeout"},"code":"SYS.1006","#
                    + #""description":"An operation failed","details":"guest tools not reachable"}"#
            )
        }
    }

    @Test("An undocumented status is a client error naming the operation, the status and the body")
    func undocumentedStatus() async throws {
        let teapot = ScriptedReply(.init(code: 418, reasonPhrase: "I'm a teapot"), #"{"teapot": true}"#)
        try await withLoopbackServer(reply: inOrder(teapot)) { server in
            let error = await #expect(throws: ZStackClientError.self) {
                try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1")
            }
            guard case .undocumentedStatus("UpdateGuestToolsState", let status, _) = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(status.code == 418)
            #expect(
                error?.description
                    == #"UpdateGuestToolsState: the server answered with the undocumented status 418;"#
                    + #" body: "{\"teapot\": true}""#
            )
        }
    }

    @Test("An undecodable 200 body is a client error naming the operation, the status, the field and the body")
    func undecodableOK() async throws {
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, #"{"inventory": "oops"}"#))) { server in
            let error = await #expect(throws: ZStackClientError.self) {
                try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1")
            }
            guard case .undecodableBody("UpdateGuestToolsState", .ok, _, let underlyingError) = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(underlyingError is DecodingError)
            let message = try #require(error?.description)
            #expect(message.hasPrefix("UpdateGuestToolsState: cannot decode the body of the 200 reply (at inventory: "))
            #expect(message.hasSuffix(#"); body: "{\"inventory\": \"oops\"}""#))
        }
    }

    @Test("A long non-JSON body is quoted by its first bytes and its size")
    func longNonJSONBody() async throws {
        let page = "<html>" + String(repeating: "x", count: 1000) + "</html>"
        try await withLoopbackServer(reply: inOrder(ScriptedReply(.ok, page))) { server in
            let error = await #expect(throws: ZStackClientError.self) {
                try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1")
            }
            let message = try #require(error?.description)
            #expect(message.hasPrefix("UpdateGuestToolsState: cannot decode the body of the 200 reply ("))
            #expect(message.hasSuffix(#"; body: "<html>"# + String(repeating: "x", count: 250) + #"…" (1013 bytes)"#))
        }
    }

    @Test("A 503 that carries no error, such as a proxy's page, is a client error")
    func serviceUnavailableWithoutError() async throws {
        let replies = inOrder(
            ScriptedReply(.serviceUnavailable, "<html>Service Unavailable</html>"),
            ScriptedReply(.serviceUnavailable, #"{"error": null}"#)
        )
        try await withLoopbackServer(reply: replies) { server in
            let client = server.client()
            var messages: [String] = []
            for _ in 0..<2 {
                let error = await #expect(throws: ZStackClientError.self) {
                    try await client.updateGuestToolsState(vmInstanceUuid: "vm-1")
                }
                guard case .undecodableBody("UpdateGuestToolsState", .serviceUnavailable, _, _) = error else {
                    Issue.record("unexpected error \(String(describing: error))")
                    return
                }
                messages.append(error?.description ?? "")
            }
            #expect(messages[0].hasPrefix("UpdateGuestToolsState: cannot decode the body of the 503"))
            #expect(messages[0].hasSuffix(#"; body: "<html>Service Unavailable</html>""#))
            #expect(
                messages[1]
                    == #"UpdateGuestToolsState: cannot decode the body of the 503 reply"#
                    + #" (at error: The failure reply has no "error".); body: "{\"error\": null}""#
            )
        }
    }

    @Test("202 is undocumented for a synchronous endpoint")
    func acceptedForSynchronousEndpoint() async throws {
        try await withLoopbackServer(reply: inOrder(acceptedReply())) { server in
            let error = await #expect(throws: ZStackClientError.self) {
                try await server.client().updateGuestToolsState(vmInstanceUuid: "vm-1")
            }
            guard case .undocumentedStatus("UpdateGuestToolsState", .accepted, _) = error else {
                Issue.record("unexpected error \(String(describing: error))")
                return
            }
            #expect(await server.requests.count == 1)
        }
    }
}
