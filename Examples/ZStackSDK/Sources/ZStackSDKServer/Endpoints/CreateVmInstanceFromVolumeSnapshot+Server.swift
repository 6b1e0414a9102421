import ZStackSDK

/// The server side of ``CreateVmInstanceFromVolumeSnapshot``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/from/volume-snapshots/{volumeSnapshotUuid}`, asynchronous.
nonisolated enum CreateVmInstanceFromVolumeSnapshotServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmInstanceFromVolumeSnapshot.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let instanceOfferingUuid = try body.wrappedField(String.self, "instanceOfferingUuid")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let l3NetworkUuids = try body.wrappedField([String].self, "l3NetworkUuids")
                let vmNicParams = try body.wrappedField(String.self, "vmNicParams")
                let type = try body.wrappedField(CreateVmInstanceFromVolumeSnapshotTypeValue.self, "type")
                let platform = try body.wrappedField(CreateVmInstanceFromVolumeSnapshotPlatform.self, "platform")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let primaryStorageUuid = try body.wrappedField(String.self, "primaryStorageUuid")
                let defaultL3NetworkUuid = try body.wrappedField(String.self, "defaultL3NetworkUuid")
                let strategy = try body.wrappedField(CreateVmInstanceFromVolumeSnapshotStrategy.self, "strategy")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let rootVolumeSystemTags = try body.wrappedField([String].self, "rootVolumeSystemTags")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                return CreateVmInstanceFromVolumeSnapshot.Request(
                    volumeSnapshotUuid: try call.pathParameter("volumeSnapshotUuid", as: String.self),
                    name: try call.required(name, .bodyField("params.name")),
                    description: description,
                    instanceOfferingUuid: instanceOfferingUuid,
                    cpuNum: cpuNum,
                    memorySize: memorySize,
                    l3NetworkUuids: l3NetworkUuids,
                    vmNicParams: vmNicParams,
                    type: type,
                    platform: platform,
                    zoneUuid: zoneUuid,
                    clusterUuid: clusterUuid,
                    hostUuid: hostUuid,
                    primaryStorageUuid: primaryStorageUuid,
                    defaultL3NetworkUuid: defaultL3NetworkUuid,
                    strategy: strategy,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    rootVolumeSystemTags: rootVolumeSystemTags,
                    reservedMemorySize: reservedMemorySize
                )
            }
            return { try await handler.createVmInstanceFromVolumeSnapshot(request) }
        }
    }
}
