import ZStackSDK

/// The server side of ``CreateVmInstanceFromVolume``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/from/volume`, asynchronous.
nonisolated enum CreateVmInstanceFromVolumeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmInstanceFromVolume.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let volumeUuid = try body.wrappedField(String.self, "volumeUuid")
                let description = try body.wrappedField(String.self, "description")
                let instanceOfferingUuid = try body.wrappedField(String.self, "instanceOfferingUuid")
                let cpuNum = try body.wrappedField(Int.self, "cpuNum")
                let memorySize = try body.wrappedField(Int64.self, "memorySize")
                let l3NetworkUuids = try body.wrappedField([String].self, "l3NetworkUuids")
                let vmNicParams = try body.wrappedField(String.self, "vmNicParams")
                let type = try body.wrappedField(CreateVmInstanceFromVolumeTypeValue.self, "type")
                let platform = try body.wrappedField(CreateVmInstanceFromVolumePlatform.self, "platform")
                let zoneUuid = try body.wrappedField(String.self, "zoneUuid")
                let clusterUuid = try body.wrappedField(String.self, "clusterUuid")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                let primaryStorageUuid = try body.wrappedField(String.self, "primaryStorageUuid")
                let defaultL3NetworkUuid = try body.wrappedField(String.self, "defaultL3NetworkUuid")
                let strategy = try body.wrappedField(CreateVmInstanceFromVolumeStrategy.self, "strategy")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let reservedMemorySize = try body.wrappedField(Int64.self, "reservedMemorySize")
                return CreateVmInstanceFromVolume.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    volumeUuid: try call.required(volumeUuid, .bodyField("params.volumeUuid")),
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
                    reservedMemorySize: reservedMemorySize
                )
            }
            return { try await handler.createVmInstanceFromVolume(request) }
        }
    }
}
