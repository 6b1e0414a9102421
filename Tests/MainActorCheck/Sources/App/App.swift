import FixtureAPI
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

    /// The first hour of a ZStack-shaped SDK from main-actor code: a session, typed conditions with nested
    /// fields and timestamps, sorting, paging, and an asynchronous call.
    func startLargestStoppedVM(_ anonymous: FixtureClient, since date: Date) async throws -> VmInstanceState? {
        let client = try await anonymous.openSession(LogInByAccount.Request(accountName: "admin", password: "digest"))
        let largest = try await client.queryVmInstanceItems(pageSize: 50, sortedBy: { $0.memorySize.descending }) {
            [$0.state == .stopped, $0.createDate >= date, $0.vmNics.ip.isLike("10.0.%")]
        }.first()
        var state: VmInstanceState?
        if let uuid = largest?.uuid {
            state = try await client.startVmInstance(uuid: uuid).inventory?.state
        }
        try await client.closeSession()
        return state
    }

    func serveMocks(on server: any ServerTransport) throws {
        try ZStackMockHandler().registerHandlers(on: server)
        try MatrixMockHandler().registerHandlers(on: server)
    }
}
