import FixtureAPI
import FixtureServer
import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing

/// A handler whose log-in checks the account and opens a session, and whose log-out closes it.
private func sessionHandler(_ sessions: Sessions) -> ScriptedFixtureHandler {
    var handler = ScriptedFixtureHandler()
    let digest = "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"
    handler.onLogInByAccount = { request in
        guard request.accountName == "admin", request.password == digest else {
            throw FixtureServerError(FixtureErrorCode(code: "ID.1000", description: "Wrong account name or password"))
        }
        return LogInByAccount.Response(inventory: SessionInventory(uuid: await sessions.openOne(), accountUuid: "a1"))
    }
    handler.onLogOut = { request in
        await sessions.close(request.sessionUuid)
        return LogOut.Response()
    }
    return handler
}

@Suite("Sessions (api.sessions): open, send, close, and recognise a refused one, over HTTP")
struct SessionTests {
    private let digest = "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"

    @Test("openSession gives a client that sends the session; closeSession ends it; a call with it is then isInvalidSession")
    func journey() async throws {
        let sessions = Sessions()
        let handler = sessionHandler(sessions)
        try await withServer(handler, middlewares: [SessionCheck(sessions: sessions)]) { server in
            let anonymous = fixtureClient(server, authorization: nil)
            let client = try await anonymous.openSession(LogInByAccount.Request(accountName: "admin", password: digest))
            guard case .session(let session)? = client.configuration.authorization else {
                Issue.record("the client does not send a session")
                return
            }
            #expect(session == String(format: "%032x", 1))
            #expect(try await client.queryZone().inventories == [createdZone])
            try await client.closeSession()
            #expect(await sessions.open.isEmpty)
            let error = await #expect(throws: FixtureAPIError.self) { _ = try await client.queryZone() }
            #expect(error?.isInvalidSession == true)
            #expect(error?.errorCode.code == "ID.1001")
        }
        #expect(await handler.calls.values.map(\.operation) == ["LogInByAccount", "QueryZone", "LogOut"])
    }

    @Test("A refused log-in is the API's error, not an invalid session; closing without a session is noSession")
    func failures() async throws {
        let sessions = Sessions()
        try await withServer(sessionHandler(sessions), middlewares: [SessionCheck(sessions: sessions)]) { server in
            let anonymous = fixtureClient(server, authorization: nil)
            let refused = await #expect(throws: FixtureAPIError.self) {
                _ = try await anonymous.openSession(LogInByAccount.Request(accountName: "admin", password: "password"))
            }
            #expect(refused?.errorCode.code == "ID.1000")
            #expect(refused?.isInvalidSession == false)
            let closing = await #expect(throws: FixtureClientError.self) { try await anonymous.closeSession() }
            #expect(closing?.description == "LogOut: there is no session: the log-in reply carries no session id, or the client sends none")
        }
    }

    @Test("A log-in reply without a session id is noSession")
    func replyWithoutSession() async throws {
        var handler = ScriptedFixtureHandler()
        handler.onLogInByAccount = { _ in LogInByAccount.Response(inventory: SessionInventory(accountUuid: "a1")) }
        try await withServer(handler) { server in
            let error = await #expect(throws: FixtureClientError.self) {
                _ = try await fixtureClient(server, authorization: nil).openSession(
                    LogInByAccount.Request(accountName: "admin", password: digest))
            }
            guard case .noSession(let operationID)? = error else {
                Issue.record("expected noSession, got \(String(describing: error))")
                return
            }
            #expect(operationID == "LogInByAccount")
        }
    }

    @Test("withSession keeps the server and sends the given session")
    func withSession() {
        let client = fixtureClient(URL(string: "http://127.0.0.1:1/base/")!, authorization: .headerValue("x"))
        let other = client.withSession("s1")
        #expect(other.serverURL == client.serverURL)
        guard case .session("s1")? = other.configuration.authorization else {
            Issue.record("the client does not send s1")
            return
        }
    }
}

extension FixtureCall {
    /// The operation the call was to.
    var operation: String {
        switch self {
        case .createZone: "CreateZone"
        case .deleteZone: "DeleteZone"
        case .queryZone: "QueryZone"
        case .updateAwkwardThing: "UpdateAwkwardThing"
        case .tagZone: "TagZone"
        case .logInByAccount: "LogInByAccount"
        case .logOut: "LogOut"
        case .queryVmInstance: "QueryVmInstance"
        case .startVmInstance: "StartVmInstance"
        }
    }
}
