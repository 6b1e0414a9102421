import FixtureAPI
import FixtureServer
import Foundation

/// A stateful fake of a ZStack server for the fixture API: an account, sessions, and a few hundred VM instances
/// that `QueryVmInstance` filters, sorts and pages the way ZStack does and `StartVmInstance` starts as a job.
actor FakeCloud {
    /// The account that can log in, with its password's SHA-512 digest.
    static let account = (
        name: "admin",
        passwordDigest:
            "b109f3bbbc244eb82441917ed06d618b9008dd09b3befd1b5e07394c706a8bb980b1d7785e5976ec049b46df5f1326af5a2ea6d103fd07c95385ffab0cacbc86"
    )

    /// The host that a start without one picks.
    static let host = "e1d2c3b4a5968778695a4b3c2d1e0f9a"

    let sessions = Sessions()
    private(set) var vms: [VmInstanceInventory]

    init(vms: [VmInstanceInventory]) {
        self.vms = vms
    }

    /// `QueryVmInstance`, as ZStack answers it; `fields` keeps only the named fields of each item.
    func query(_ request: QueryVmInstance.Request) throws -> QueryVmInstance.Response {
        var (page, total) = try QueryTable.vmInstances.query(
            vms, conditions: request.q ?? [], sort: request.sort, start: request.start, limit: request.limit)
        if let fields = request.fields {
            let names = Set(fields.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) })
            if let unknown = names.subtracting(VmInstanceInventory.selectableFields).sorted().first {
                throw FakeCloudError.invalidArgument("inventory[VmInstanceInventory] has no field[\(unknown)]")
            }
            page = page.map { $0.selecting(names) }
        }
        return QueryVmInstance.Response(inventories: page, total: request.replyWithCount == true ? Int64(total) : nil)
    }

    /// The first half of `StartVmInstance`: a stopped VM instance becomes `Starting`; another is `VM.1010`.
    func beginStart(_ uuid: String, on host: String?) throws {
        guard let index = vms.firstIndex(where: { $0.uuid == uuid }) else { throw FakeCloudError.notFound(uuid) }
        let state = vms[index].state ?? .undocumented("")
        guard state == .stopped else {
            throw FixtureServerError(
                FixtureErrorCode(
                    code: "VM.1010", description: "The VM is not in a correct state for the operation",
                    details: "the VM[uuid:\(uuid)] is in state \(state.rawValue), cannot start it"))
        }
        vms[index] = vms[index].moved(to: .starting, host: host ?? Self.host, at: Date())
    }

    /// The second half: the VM instance runs.
    func finishStart(_ uuid: String) -> VmInstanceInventory? {
        guard let index = vms.firstIndex(where: { $0.uuid == uuid }) else { return nil }
        vms[index] = vms[index].moved(to: .running, host: vms[index].hostUuid, at: Date())
        return vms[index]
    }
}

/// The fixture API served by a ``FakeCloud``: log in, log out, query VM instances, start one as a job. A start
/// waits at `startGate`, when there is one, between `Starting` and `Running`.
struct FakeCloudHandler: FixtureAPIHandler {
    let cloud: FakeCloud
    var startGate: Gate?

    func logInByAccount(_ request: LogInByAccount.Request) async throws -> LogInByAccount.Response {
        guard request.accountName == FakeCloud.account.name, request.password == FakeCloud.account.passwordDigest else {
            throw FixtureServerError(FixtureErrorCode(code: "ID.1000", description: "Wrong account name or password"))
        }
        let session = await cloud.sessions.openOne()
        return LogInByAccount.Response(inventory: SessionInventory(uuid: session, accountUuid: "a1"))
    }

    func logOut(_ request: LogOut.Request) async throws -> LogOut.Response {
        await cloud.sessions.close(request.sessionUuid)
        return LogOut.Response()
    }

    func queryVmInstance(_ request: QueryVmInstance.Request) async throws -> QueryVmInstance.Response {
        try await cloud.query(request)
    }

    func startVmInstance(_ request: StartVmInstance.Request) async throws -> StartVmInstance.Response {
        try await cloud.beginStart(request.uuid, on: request.hostUuid)
        await startGate?.wait()
        return StartVmInstance.Response(inventory: await cloud.finishStart(request.uuid))
    }

    func createZone(_ request: CreateZone.Request) async throws -> CreateZone.Response {
        throw FakeCloudError.unimplemented("CreateZone")
    }

    @available(*, deprecated, message: "Deprecated since 5.0. Use DeleteZones instead.")
    func deleteZone(_ request: DeleteZone.Request) async throws -> DeleteZone.Response {
        throw FakeCloudError.unimplemented("DeleteZone")
    }

    func queryZone(_ request: QueryZone.Request) async throws -> QueryZone.Response {
        throw FakeCloudError.unimplemented("QueryZone")
    }

    func tagZone(_ request: TagZone.Request) async throws -> TagZone.Response {
        throw FakeCloudError.unimplemented("TagZone")
    }

    func updateAwkwardThing(_ request: UpdateAwkwardThing.Request) async throws -> UpdateAwkwardThing.Response {
        throw FakeCloudError.unimplemented("UpdateAwkwardThing")
    }
}
