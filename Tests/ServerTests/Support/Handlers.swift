import FixtureAPI
import FixtureServer
import Foundation
import ZStackClient
import ZStackServer

/// A ZStack handler that records its calls and answers as a test says.
struct ScriptedZStackHandler: ZStackAPIHandler {
    let calls = CallLog<UpdateGuestToolsState.Request>()

    var answer: @Sendable (UpdateGuestToolsState.Request) async throws -> UpdateGuestToolsState.Response = { request in
        UpdateGuestToolsState.Response(inventory: GuestToolsStateInventory(vmInstanceUuid: request.vmInstanceUuid))
    }

    func updateGuestToolsState(
        _ request: UpdateGuestToolsState.Request
    ) async throws -> UpdateGuestToolsState.Response {
        await calls.append(request)
        return try await answer(request)
    }
}

/// A call that the fixture handler received.
enum FixtureCall: Sendable, Equatable {
    case createZone(CreateZone.Request)
    case deleteZone(uuid: String, deleteMode: String?)
    case queryZone(QueryZone.Request)
    case updateAwkwardThing(UpdateAwkwardThing.Request)
    case tagZone(TagZone.Request)
    case logInByAccount(LogInByAccount.Request)
    case logOut(sessionUuid: String)
    case queryVmInstance(QueryVmInstance.Request)
    case startVmInstance(StartVmInstance.Request)
}

/// A fixture API handler that records its calls and answers as a test says.
struct ScriptedFixtureHandler: FixtureAPIHandler {
    let calls = CallLog<FixtureCall>()

    var onCreateZone: @Sendable (CreateZone.Request) async throws -> CreateZone.Response = { _ in
        CreateZone.Response(inventory: createdZone)
    }

    var onQueryZone: @Sendable (QueryZone.Request) async throws -> QueryZone.Response = { _ in
        QueryZone.Response(inventories: [createdZone], total: 1)
    }

    var onUpdateAwkwardThing: @Sendable (UpdateAwkwardThing.Request) async throws -> UpdateAwkwardThing.Response =
        { _ in UpdateAwkwardThing.Response(thing: AwkwardThing(description: "done", kind: .withDash)) }

    func createZone(_ request: CreateZone.Request) async throws -> CreateZone.Response {
        await calls.append(.createZone(request))
        return try await onCreateZone(request)
    }

    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    func deleteZone(_ request: DeleteZone.Request) async throws -> DeleteZone.Response {
        await calls.append(.deleteZone(uuid: request.uuid, deleteMode: request.deleteMode))
        return DeleteZone.Response()
    }

    func queryZone(_ request: QueryZone.Request) async throws -> QueryZone.Response {
        await calls.append(.queryZone(request))
        return try await onQueryZone(request)
    }

    func updateAwkwardThing(_ request: UpdateAwkwardThing.Request) async throws -> UpdateAwkwardThing.Response {
        await calls.append(.updateAwkwardThing(request))
        return try await onUpdateAwkwardThing(request)
    }

    var onLogInByAccount: @Sendable (LogInByAccount.Request) async throws -> LogInByAccount.Response = { _ in
        LogInByAccount.Response(inventory: SessionInventory(uuid: "3c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9"))
    }

    var onLogOut: @Sendable (LogOut.Request) async throws -> LogOut.Response = { _ in LogOut.Response() }

    func logInByAccount(_ request: LogInByAccount.Request) async throws -> LogInByAccount.Response {
        await calls.append(.logInByAccount(request))
        return try await onLogInByAccount(request)
    }

    func logOut(_ request: LogOut.Request) async throws -> LogOut.Response {
        await calls.append(.logOut(sessionUuid: request.sessionUuid))
        return try await onLogOut(request)
    }

    var onQueryVmInstance: @Sendable (QueryVmInstance.Request) async throws -> QueryVmInstance.Response = { _ in
        QueryVmInstance.Response(inventories: [], total: 0)
    }

    var onStartVmInstance: @Sendable (StartVmInstance.Request) async throws -> StartVmInstance.Response = { request in
        StartVmInstance.Response(inventory: VmInstanceInventory(uuid: request.uuid, state: .running))
    }

    func queryVmInstance(_ request: QueryVmInstance.Request) async throws -> QueryVmInstance.Response {
        await calls.append(.queryVmInstance(request))
        return try await onQueryVmInstance(request)
    }

    func startVmInstance(_ request: StartVmInstance.Request) async throws -> StartVmInstance.Response {
        await calls.append(.startVmInstance(request))
        return try await onStartVmInstance(request)
    }

    func tagZone(_ request: TagZone.Request) async throws -> TagZone.Response {
        await calls.append(.tagZone(request))
        return TagZone.Response(inventory: createdZone)
    }
}
