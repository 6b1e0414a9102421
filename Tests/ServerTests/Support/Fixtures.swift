import FixtureAPI
import Foundation
import ZStackClient

/// 2017-01-06 03:51:16 in Asia/Shanghai (UTC+8), that is 2017-01-05 19:51:16 UTC.
let gsonExampleInstant = Date(timeIntervalSince1970: 1_483_645_876)

/// The seed page's path value.
let seedVMUUID = "321e85ca08b335e09f172041f7e710b5"

/// The seed page's response example, as JSON text.
let seedResponseExample = """
    {"inventory": {"vmInstanceUuid": "321e85ca08b335e09f172041f7e710b5", "qgaState": "Running",
     "zwatchState": "Running", "version": "4.6.11", "platform": "Kylin", "osType": "Kylin"}}
    """

/// An error code with every field and a nested cause.
let nestedErrorCode = ZStackErrorCode(
    code: "VM.1001",
    description: "The VM is not running",
    details: "VM[uuid:321e85ca08b335e09f172041f7e710b5] is Stopped",
    elaboration: "Start the VM first",
    opaque: ["attempts": 3, "hosts": ["h1", "h2"]],
    cause: ZStackErrorCode(
        code: "HOST.1002",
        description: "The host is disconnected",
        details: "host h1 lost its agent",
        cause: ZStackErrorCode(code: "SYS.1001", description: "Timeout")
    )
)

/// The fixture API's version of ``nestedErrorCode``.
let nestedFixtureErrorCode = FixtureErrorCode(
    code: "ZONE.1001",
    description: "The zone name is taken",
    details: "a zone named zone-1 exists",
    opaque: ["existing": "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b"],
    cause: FixtureErrorCode(code: "DB.1000", description: "Duplicate key")
)

/// The zone that the fixture handlers create.
let createdZone = ZoneInventory(
    uuid: "c4f8d2a0b1e94f7d8a6b5c3d2e1f0a9b",
    name: "zone-1",
    description: "first zone",
    state: .enabled,
    createDate: gsonExampleInstant,
    lastOpDate: gsonExampleInstant
)

/// An error that is not the API's.
struct UnexpectedFailure: Error, CustomStringConvertible {
    var description: String { "the database is on fire" }
}

/// Records what a handler was called with.
actor CallLog<Value: Sendable> {
    private(set) var values: [Value] = []

    func append(_ value: Value) {
        values.append(value)
    }
}

/// A latch that a test opens to let a waiting handler finish.
actor Gate {
    private var isOpen = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    func wait() async {
        guard !isOpen else { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func open() {
        isOpen = true
        for waiter in waiters {
            waiter.resume()
        }
        waiters.removeAll()
    }
}
