import FixtureAPI
import Foundation
import Testing

/// A typed condition and the Swift predicate that says which VM instances it should find.
struct ConditionCase: Sendable, CustomTestStringConvertible {
    let testDescription: String
    let conditions: @Sendable (VmInstanceInventory.QueryFields<VmInstanceInventory>) -> [FixtureQueryCondition<VmInstanceInventory>]
    let predicate: @Sendable (VmInstanceInventory) -> Bool
}

/// The instant of ``fleet``'s VM number `index`.
private func created(_ index: Int) -> Date { fleetStart.addingTimeInterval(Double(index) * 3600) }

private let cases: [ConditionCase] = [
    ConditionCase(testDescription: "state == .running", conditions: { [$0.state == .running] }) { $0.state == .running },
    ConditionCase(testDescription: "state != .running", conditions: { [$0.state != .running] }) { $0.state != .running },
    ConditionCase(testDescription: "state isIn", conditions: { [$0.state.isIn([.running, .starting])] }) { $0.state == .running },
    ConditionCase(testDescription: "state isNotIn", conditions: { [$0.state.isNotIn([.stopped, .created])] }) { $0.state == .running },
    ConditionCase(testDescription: "memorySize > 2 GiB", conditions: { [$0.memorySize > 2 * gib] }) { $0.memorySize! > 2 * gib },
    ConditionCase(testDescription: "memorySize < 4 GiB", conditions: { [$0.memorySize < 4 * gib] }) { $0.memorySize! < 4 * gib },
    ConditionCase(testDescription: "memorySize <= 1 GiB", conditions: { [$0.memorySize <= gib] }) { $0.memorySize! <= gib },
    ConditionCase(testDescription: "cpuNum == 3", conditions: { [$0.cpuNum == 3] }) { $0.cpuNum == 3 },
    ConditionCase(testDescription: "cpuNum isIn", conditions: { [$0.cpuNum.isIn([1, 8])] }) { [1, 8].contains($0.cpuNum!) },
    ConditionCase(testDescription: "name == vm-7", conditions: { [$0.name == "vm-7"] }) { $0.name == "vm-7" },
    ConditionCase(testDescription: "name isLike vm-1_", conditions: { [$0.name.isLike("vm-1_")] }) {
        $0.name!.count == 5 && $0.name!.hasPrefix("vm-1")
    },
    ConditionCase(testDescription: "name isNotLike %0", conditions: { [$0.name.isNotLike("%0")] }) { !$0.name!.hasSuffix("0") },
    ConditionCase(
        testDescription: "description == with a comma, = and non-ASCII",
        conditions: { [$0.description == "web server, 15=中"] }
    ) { $0.description == "web server, 15=中" },
    ConditionCase(testDescription: "description isNull", conditions: { [$0.description.isNull] }) { $0.description == nil },
    ConditionCase(testDescription: "description isNotNull", conditions: { [$0.description.isNotNull] }) { $0.description != nil },
    ConditionCase(testDescription: "hostUuid isNull", conditions: { [$0.hostUuid.isNull] }) { $0.hostUuid == nil },
    ConditionCase(testDescription: "createDate >= a timestamp", conditions: { [$0.createDate >= created(100)] }) {
        $0.createDate! >= created(100)
    },
    ConditionCase(testDescription: "createDate < a timestamp", conditions: { [$0.createDate < created(10)] }) {
        $0.createDate! < created(10)
    },
    ConditionCase(testDescription: "createDate == a timestamp", conditions: { [$0.createDate == created(42)] }) {
        $0.createDate == created(42)
    },
    ConditionCase(testDescription: "vmNics.ip == (nested)", conditions: { [$0.vmNics.ip == "10.0.1.5"] }) {
        $0.vmNics!.contains { $0.ip == "10.0.1.5" }
    },
    ConditionCase(testDescription: "vmNics.ip isLike (nested, any NIC)", conditions: { [$0.vmNics.ip.isLike("192.168.%")] }) {
        $0.vmNics!.contains { $0.ip!.hasPrefix("192.168.") }
    },
    ConditionCase(testDescription: "vmNics.uuid isNull (no NIC)", conditions: { [$0.vmNics.uuid.isNull] }) { $0.vmNics!.isEmpty },
    ConditionCase(
        testDescription: "stopped, at least 4 GiB, created after VM 300",
        conditions: { [$0.state == .stopped, $0.memorySize >= 4 * gib, $0.createDate > created(300)] }
    ) { $0.state == .stopped && $0.memorySize! >= 4 * gib && $0.createDate! > created(300) },
]

@Suite("Typed conditions find on a ZStack-like server exactly what they say")
struct QueryConditionsOnTheFakeTests {
    @Test("The fake's items for each typed condition are those its Swift predicate picks, in order", arguments: cases)
    func conditionFindsWhatItSays(_ condition: ConditionCase) async throws {
        let cloud = FakeCloud(vms: fleet)
        let found = try await withServer(FakeCloudHandler(cloud: cloud)) { server in
            var found: [VmInstanceInventory] = []
            for try await vm in fixtureClient(server).queryVmInstanceItems(pageSize: 97, where: condition.conditions) {
                found.append(vm)
            }
            return found
        }
        let expected = fleet.filter(condition.predicate)
        #expect(!expected.isEmpty && expected.count < fleet.count, "the case does not tell matching from not")
        #expect(found == expected)
    }

    @Test("selecting asks for the chosen fields only, and the items carry those")
    func selecting() async throws {
        let cloud = FakeCloud(vms: fleet)
        let traffic = TrafficLog()
        let found = try await withServer(FakeCloudHandler(cloud: cloud), middlewares: [traffic]) { server in
            try await fixtureClient(server).queryVmInstanceItems(pageSize: 40, selecting: { [$0.uuid, $0.memorySize] }) {
                [$0.cpuNum == 3]
            }.reduce(into: []) { $0.append($1) }
        }
        #expect(found == fleet.filter { $0.cpuNum == 3 }.map { VmInstanceInventory(uuid: $0.uuid, memorySize: $0.memorySize) })
        let query = await traffic.queries.first
        #expect(query == "q=cpuNum%3D3&limit=40&start=0&replyWithCount=true&fields=uuid%2CmemorySize")
    }

    @Test("sortedBy orders every page the same way, ties in storage order", arguments: [true, false])
    func sorting(ascending: Bool) async throws {
        let cloud = FakeCloud(vms: fleet)
        let found = try await withServer(FakeCloudHandler(cloud: cloud)) { server in
            try await fixtureClient(server).queryVmInstanceItems(
                pageSize: 64, sortedBy: { ascending ? $0.createDate.ascending : $0.cpuNum.descending }
            ) { [$0.name.isLike("vm-%")] }.reduce(into: []) { $0.append($1) }
        }
        let expected =
            ascending
            ? fleet
            : fleet.enumerated().sorted { ($0.element.cpuNum!, -$0.offset) > ($1.element.cpuNum!, -$1.offset) }.map(\.element)
        #expect(found == expected)
    }
}
