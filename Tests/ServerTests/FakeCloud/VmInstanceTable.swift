import FixtureAPI
import Foundation

extension QueryTable where Item == VmInstanceInventory {
    /// The queryable fields of a VM instance, the nested `vmNics.*` among them.
    static let vmInstances = QueryTable(
        name: "VmInstanceInventory",
        columns: [
            "uuid": Column(kind: .text) { [text($0.uuid)] },
            "name": Column(kind: .text) { [text($0.name)] },
            "description": Column(kind: .text) { [text($0.description)] },
            "state": Column(kind: .enumeration(["Created", "Starting", "Running", "Stopping", "Stopped"])) { [text($0.state?.rawValue)] },
            "memorySize": Column(kind: .number) { [number($0.memorySize.map(Double.init))] },
            "cpuNum": Column(kind: .number) { [number($0.cpuNum.map(Double.init))] },
            "hostUuid": Column(kind: .text) { [text($0.hostUuid)] },
            "createDate": Column(kind: .time) { [$0.createDate.map(ColumnValue.time) ?? .null] },
            "lastOpDate": Column(kind: .time) { [$0.lastOpDate.map(ColumnValue.time) ?? .null] },
            "vmNics.uuid": Column(kind: .text) { ($0.vmNics ?? []).map { text($0.uuid) } },
            "vmNics.ip": Column(kind: .text) { ($0.vmNics ?? []).map { text($0.ip) } },
            "vmNics.mac": Column(kind: .text) { ($0.vmNics ?? []).map { text($0.mac) } },
        ])
}

private func text(_ value: String?) -> ColumnValue { value.map(ColumnValue.text) ?? .null }

private func number(_ value: Double?) -> ColumnValue { value.map(ColumnValue.number) ?? .null }

extension VmInstanceInventory {
    /// The fields that a query's `fields` can select, as ZStack's inventory has them.
    static let selectableFields: Set<String> = [
        "uuid", "name", "description", "state", "memorySize", "cpuNum", "hostUuid", "createDate", "lastOpDate", "vmNics",
    ]

    /// This VM instance with only the `fields` a query selected; the others are absent from the reply.
    func selecting(_ fields: Set<String>) -> VmInstanceInventory {
        func kept<Value>(_ name: String, _ value: Value?) -> Value? { fields.contains(name) ? value : nil }
        return VmInstanceInventory(
            uuid: kept("uuid", uuid), name: kept("name", name), description: kept("description", description),
            state: kept("state", state), memorySize: kept("memorySize", memorySize), cpuNum: kept("cpuNum", cpuNum),
            hostUuid: kept("hostUuid", hostUuid), createDate: kept("createDate", createDate),
            lastOpDate: kept("lastOpDate", lastOpDate), vmNics: kept("vmNics", vmNics))
    }

    /// This VM instance in another state, on another host, changed at `date`.
    func moved(to state: VmInstanceState, host: String?, at date: Date) -> VmInstanceInventory {
        VmInstanceInventory(
            uuid: uuid, name: name, description: description, state: state, memorySize: memorySize, cpuNum: cpuNum,
            hostUuid: host, createDate: createDate, lastOpDate: date, vmNics: vmNics)
    }
}
