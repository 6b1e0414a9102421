import Foundation
import HTTPTypes
import OpenAPIRuntime
import Testing
import ZStackAPI

/// A transport that answers every request with one canned reply and remembers the request.
actor RecordingTransport: ClientTransport {
    private(set) var requests: [HTTPRequest] = []
    private let reply: String

    init(reply: String) { self.reply = reply }

    func send(_ request: HTTPRequest, body: HTTPBody?, baseURL: URL, operationID: String) async throws -> (HTTPResponse, HTTPBody?) {
        requests.append(request)
        return (HTTPResponse(status: .ok), HTTPBody(reply))
    }
}

@Test("The client the build plugin generated calls the seed endpoint")
func pluginGeneratedClientWorks() async throws {
    let transport = RecordingTransport(reply: #"{"inventory": {"qgaState": "Running", "version": "4.6.11"}}"#)
    let client = ZStackClient(
        serverURL: try #require(URL(string: "http://zstack.example:8080")),
        configuration: .init(authorization: .session("s1")),
        transport: transport)
    let reply = try await client.updateGuestToolsState(vmInstanceUuid: "a/b", systemTags: ["x"])
    #expect(reply.inventory?.qgaState == .running)
    #expect(reply.inventory?.version == "4.6.11")
    let request = try #require(await transport.requests.first)
    #expect(request.method == .put)
    #expect(request.path == "/zstack/v1/vm-instances/a%2Fb/guesttools-state")
    #expect(request.headerFields[.authorization] == "OAuth s1")
}
