import ZStackSDK

/// The server side of ``CreateVmInstanceFromVolumeSnapshotGroup``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/from/volume-snapshots/group/{volumeSnapshotGroupUuid}`, asynchronous.
nonisolated enum CreateVmInstanceFromVolumeSnapshotGroupServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: CreateVmInstanceFromVolumeSnapshotGroup.operation,
            bodyWrapper: "params"
        ) { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let instanceOfferingUuid = try body.wrappedField(String.self, "instanceOfferingUuid")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let l3NetworkUuids = try body.wrappedField([String].self, "l3NetworkUuids")
                let type = try body.wrappedField(CreateVmInstanceFromVolumeSnapshotGroupTypeValue.self, "type")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let primaryStorageUuidForRootVolume = try body.wrappedField(
                    String.self,
                    "primaryStorageUuidForRootVolume"
                )
                let defaultL3NetworkUuid = try body.wrappedField(String.self, "defaultL3NetworkUuid")
                let strategy = try body.wrappedField(CreateVmInstanceFromVolumeSnapshotGroupStrategy.self, "strategy")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let rootVolumeSystemTags = try body.wrappedField([String].self, "rootVolumeSystemTags")
                let dataVolumeSystemTags = try body.wrappedField([String: [String]].self, "dataVolumeSystemTags")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                return CreateVmInstanceFromVolumeSnapshotGroup.Request(
                    volumeSnapshotGroupUuid: try call.pathParameter("volumeSnapshotGroupUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    instanceOfferingUuid: instanceOfferingUuid,
                    cpuNum: cpuNum,
                    memorySize: memorySize,
                    l3NetworkUuids: l3NetworkUuids,
                    type: type,
                    zoneUuid: zoneUuid,
                    clusterUuid: clusterUuid,
                    hostUuid: hostUuid,
                    primaryStorageUuidForRootVolume: primaryStorageUuidForRootVolume,
                    defaultL3NetworkUuid: defaultL3NetworkUuid,
                    strategy: strategy,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    rootVolumeSystemTags: rootVolumeSystemTags,
                    dataVolumeSystemTags: dataVolumeSystemTags,
                    reservedMemorySize: reservedMemorySize
                )
            }
            return { try await handler.createVmInstanceFromVolumeSnapshotGroup(request) }
        }
    }
}
