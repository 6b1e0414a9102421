import FixtureAPI
import Foundation

/// One gibibyte, in bytes.
let gib: Int64 = 1 << 30

/// When the first VM instance of ``fleet`` was created: 2017-01-06 00:00:00 in Asia/Shanghai; each next one an
/// hour later.
let fleetStart = Date(timeIntervalSince1970: 1_483_632_000)

/// 600 VM instances. Memory cycles through 8, 1, 4 and 2 GiB; an instance runs when its index is 0 or 5 modulo 12,
/// so 250 are stopped with at least 4 GiB. Every seventh has no description; every tenth has no NIC, every third
/// has a second one on 192.168.0.0/16.
let fleet: [VmInstanceInventory] = (0..<600).map { index in
    let state: VmInstanceState = index % 12 == 0 || index % 12 == 5 ? .running : .stopped
    let created = fleetStart.addingTimeInterval(Double(index) * 3600)
    var nics: [VmNicInventory] = []
    if index % 10 != 0 {
        nics.append(VmNicInventory(uuid: String(format: "a%031x", index), ip: "10.0.\(index / 256).\(index % 256)", mac: "fa:16:3e:00:00:01"))
    }
    if index % 3 == 0 {
        nics.append(VmNicInventory(uuid: String(format: "b%031x", index), ip: "192.168.\(index / 256).\(index % 256)", mac: "fa:16:3e:00:00:02"))
    }
    return VmInstanceInventory(
        uuid: String(format: "%032x", index),
        name: "vm-\(index)",
        description: index % 7 == 0 ? nil : "web server, \(index)=中",
        state: state,
        memorySize: [8, 1, 4, 2][index % 4] * gib,
        cpuNum: 1 + index % 8,
        hostUuid: state == .running ? FakeCloud.host : nil,
        createDate: created,
        lastOpDate: created,
        vmNics: nics
    )
}
