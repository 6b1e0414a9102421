import Foundation
import HTTPTypes
import MatrixAPI
import MatrixMock
import MatrixServer
import OpenAPIRuntime
import ZStackClient
import ZStackMock
import ZStackServer

/// What an app whose code runs on the main actor by default does with a generated SDK: call an endpoint, read its
/// reply and its errors, and serve the mock.
struct SDKUse {
    let transport: any ClientTransport

    func updateGuestTools(of vmInstanceUuid: String) async throws -> String {
        let client = ZStackClient(
            serverURL: URL(fileURLWithPath: "/"),
            configuration: ZStackConfiguration(authorization: .session("session")),
            transport: transport
        )
        do {
            let reply = try await client.updateGuestToolsState(vmInstanceUuid: vmInstanceUuid, systemTags: ["tag"])
            return reply.inventory?.qgaState?.rawValue ?? "unknown"
        } catch let error as ZStackAPIError {
            return error.errorCode.code ?? error.description
        }
    }

    func echo(_ client: MatrixClient) async throws -> Item? {
        try await client.echoItem(value: Item(name: "n")).value
    }

    func serveMocks(on server: any ServerTransport) throws {
        try ZStackMockHandler().registerHandlers(on: server)
        try MatrixMockHandler().registerHandlers(on: server)
    }
}
