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
    /// This VM instance in another state, on another host, changed at `date`.
    func moved(to state: VmInstanceState, host: String?, at date: Date) -> VmInstanceInventory {
        VmInstanceInventory(
            uuid: uuid, name: name, description: description, state: state, memorySize: memorySize, cpuNum: cpuNum,
            hostUuid: host, createDate: createDate, lastOpDate: date, vmNics: vmNics)
    }
}
